/** What the benchmark's child processes tell the parent (one JSON line on stdout) and read from it. */

/** One page for the ceiling server: the app's exact bytes and the headers that describe them. */
export interface CeilingPage {
  path: string;
  contentType: string;
  etag: string;
  bodyBase64: string;
}

/** Milliseconds since the child process started (performance.now() in the child). */
export interface AppPhases {
  /** tsx and the bench entry file loaded. */
  entry: number;
  /** src/ modules imported. */
  imported: number;
  /** Fresh SQLite file opened and migrated. */
  migrated: number;
  /** Demo archive loaded. */
  seeded: number;
  /** Fastify app built (plugins registered). */
  built: number;
  /** Listening on 127.0.0.1. */
  listening: number;
}

export interface ReadyMessage {
  ready: true;
  port: number;
  pid: number;
  phases?: AppPhases;
}
