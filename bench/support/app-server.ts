/**
 * Child process: the app under test. Opens a fresh SQLite file (DATABASE_URL from the parent),
 * migrates, loads the demo archive, builds the Fastify app with logging off and listens on
 * 127.0.0.1 on a free port — the same steps `communique serve --demo` takes, minus the pino logger.
 *
 * Prints one JSON line `{"ready":true,"port":N,"pid":N,"phases":{...}}` on stdout once listening;
 * phases are milliseconds since this process started, so the parent can tell module loading,
 * seeding and the server's own start apart. Exits when stdin closes (the parent went away), or on
 * SIGTERM/SIGINT after closing the server and the store.
 *
 * Commands on stdin, one a line (used with BENCH_PROFILE=1): `profile-start` starts the V8 CPU
 * profiler; `profile-stop PATH` stops it, writes the .cpuprofile to PATH and answers
 * `{"profiled":"PATH"}`. The profiler is only loaded when asked for.
 */
import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import type { AppPhases, ReadyMessage } from './protocol.ts';

const entry = performance.now();
const databaseUrl = process.env.BENCH_DATABASE_URL;
if (!databaseUrl) {
  process.stderr.write('app-server.ts: BENCH_DATABASE_URL is not set\n');
  process.exit(2);
}

const [{ openStore }, { migrate }, { seedDemo }, { loadConfig }, { buildApp }] = await Promise.all([
  import('../../src/platform/db/connect.ts'),
  import('../../src/platform/db/migrate.ts'),
  import('../../src/demo/seed.ts'),
  import('../../src/platform/config.ts'),
  import('../../src/platform/http/server.ts'),
]);
const imported = performance.now();

const config = loadConfig({ ...process.env, HOST: '127.0.0.1', PORT: '0', DATABASE_URL: databaseUrl, PUBLIC_ORIGIN: 'http://127.0.0.1' });
const store = await openStore(config.databaseUrl);
await migrate(store);
const migrated = performance.now();
const seed = await seedDemo(store);
if (!seed.seeded) process.stderr.write('app-server.ts: the database already had content; the demo archive was not loaded\n');
const seeded = performance.now();
const { fastify } = await buildApp({ store, config }); // no logger given: Fastify logging is off
const built = performance.now();
await fastify.listen({ host: config.host, port: config.port });
const listening = performance.now();

const { port } = fastify.server.address() as AddressInfo;
const phases: AppPhases = { entry, imported, migrated, seeded, built, listening };
const ready: ReadyMessage = { ready: true, port, pid: process.pid, phases };
process.stdout.write(`${JSON.stringify(ready)}\n`);

let closing = false;
async function stop(): Promise<void> {
  if (closing) return;
  closing = true;
  const force = setTimeout(() => process.exit(0), 3000);
  force.unref();
  try {
    await fastify.close();
    await store.close();
  } finally {
    process.exit(0);
  }
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());

let profiler: import('node:inspector/promises').Session | undefined;
async function command(line: string): Promise<void> {
  const [verb, ...rest] = line.trim().split(' ');
  if (verb === 'profile-start') {
    const { Session } = await import('node:inspector/promises');
    profiler = new Session();
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.setSamplingInterval', { interval: 200 });
    await profiler.post('Profiler.start');
    process.stdout.write(`${JSON.stringify({ profiling: true })}\n`);
  } else if (verb === 'profile-stop' && profiler) {
    const path = rest.join(' ');
    const { profile } = await profiler.post('Profiler.stop');
    profiler.disconnect();
    profiler = undefined;
    writeFileSync(path, JSON.stringify(profile));
    process.stdout.write(`${JSON.stringify({ profiled: path })}\n`);
  }
}
process.stdin.on('error', () => void stop());
createInterface({ input: process.stdin })
  .on('line', (line) => void command(line).catch((error: unknown) => process.stderr.write(`app-server.ts: ${String(error)}\n`)))
  .on('close', () => void stop());
