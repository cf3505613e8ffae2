/**
 * A Redis server of the test's own, a child process on a free port with no persistence, that the
 * test may kill and start again on the same port without disturbing the shared server on 6379.
 * Uses the machine's `redis-server` (Debian package redis-server; REDIS_SERVER_PATH overrides):
 * a test that needs it fails saying so when it is missing, as the nginx tests do.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createConnection } from 'node:net';
import { delimiter, join } from 'node:path';
import { freePort } from './net.ts';

export interface PrivateRedis {
  /** redis://127.0.0.1:PORT (with the password, when the server requires one). */
  url: string;
  port: number;
  /** Starts the server (again) on the same port; resolves once it answers PING. */
  start(): Promise<void>;
  /** Kills the server at once (SIGKILL), as a crash would; resolves once it has exited. */
  kill(): Promise<void>;
  /** Kills it if running; for `after`. */
  destroy(): Promise<void>;
}

function redisServerPath(): string {
  const named = process.env.REDIS_SERVER_PATH;
  const found = named ?? (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'redis-server')).concat('/usr/bin/redis-server').find((p) => existsSync(p));
  assert.ok(found && existsSync(found), `redis-server not found${named ? ` at ${named}` : ' on PATH'}: install the Debian package redis-server (CI does)`);
  return found;
}

/** Sends PING; true when the server answers +PONG (or asks for a password: it is up). */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    let answer = '';
    const done = (up: boolean) => { socket.destroy(); resolve(up); };
    socket.setTimeout(1000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      answer += chunk.toString();
      if (answer.includes('\r\n')) done(answer.startsWith('+PONG') || answer.startsWith('-NOAUTH'));
    });
  });
}

/**
 * A private redis-server on a free port of 127.0.0.1. `running: false` only reserves the port
 * (nothing listens until `start()`); `password` makes the server require it.
 */
export async function startPrivateRedis(options: { running?: boolean; password?: string } = {}): Promise<PrivateRedis> {
  const binary = redisServerPath();
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...(options.password ? ['--requirepass', options.password] : [])];
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();

  async function start(): Promise<void> {
    assert.equal(child, undefined, 'the private redis-server is already running');
    let output = '';
    let gone = false;
    const proc = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    proc.stdout!.on('data', (c: Buffer) => { output += c.toString(); });
    proc.stderr!.on('data', (c: Buffer) => { output += c.toString(); });
    exited = new Promise((resolve) => proc.once('exit', () => { gone = true; resolve(); }));
    proc.once('error', (error) => { output += String(error); });
    child = proc;
    // A test process that dies leaves no server behind.
    const reap = () => proc.kill('SIGKILL');
    process.once('exit', reap);
    void exited.then(() => process.off('exit', reap));
    for (let i = 0; i < 100; i++) {
      if (gone) break;
      if (await ping(port)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    child = undefined;
    proc.kill('SIGKILL');
    assert.fail(`redis-server on port ${port} did not answer PING: ${output.trim().split('\n').slice(-5).join('\n')}`);
  }

  async function kill(): Promise<void> {
    if (!child) return;
    child.kill('SIGKILL');
    child = undefined;
    await exited;
  }

  if (options.running ?? true) await start();
  const auth = options.password ? `:${encodeURIComponent(options.password)}@` : '';
  return { url: `redis://${auth}127.0.0.1:${port}`, port, start, kill, destroy: kill };
}
