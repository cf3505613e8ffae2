/**
 * `npm run bench` — the production app (`node dist/communique.js serve`) serving cached pages of a
 * 100,000-item bilingual archive, beside a bare node:http server sending the same bytes.
 *
 * 1. Builds the bundle (`npm run build`) and prepares a SQLite file once per run: migrated, the
 *    demo archive, BENCH_ITEMS (default 100,000) generated items in English and Russian, and the
 *    search index (bench/support/prepare-archive.ts).
 * 2. Starts `node dist/communique.js serve` on it (no --demo, LOG_LEVEL=warn) pinned to core 0,
 *    and times spawn → listening → first page served.
 * 3. Fetches each measured page once, then starts the ceiling — a bare node:http server, also
 *    pinned to core 0, answering the same paths with the same bytes, content-type and ETag.
 * 4. For each page, loads the ceiling and then the app at 50 connections (warm-up, then a measured
 *    run) with wrk pinned to core 1 (autocannon in its own process when wrk is missing), sampling
 *    the app's resident memory during the load.
 * 5. Prints req/s, p50/p99, the app/ceiling ratio, and a verdict per target: item page ≥ 0.70 of
 *    the ceiling, p99 ≤ 10 ms, RSS ≤ 200 MB.
 *
 * Exit status: 0 whatever the verdicts (this is a report); 1 if any request errored or was not
 * 200, or the run itself failed. See bench/README.md for the knobs (BENCH_DURATION etc.).
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runLoad, type LoadResult, type Loader } from './support/load.ts';
import {
  ChildMessages, coreTimes, coreUse, cpuSecondsOf, hasCommand, installCleanup, isStopping, memoryOf, onExit, pinned, pinningPlan,
  spawnTracked, stopChild, tail, type Memory,
} from './support/procs.ts';
import { formatSummary, summarise } from './support/profile.ts';
import type { CeilingPage, ReadyMessage } from './support/protocol.ts';
import type { PreparedMessage } from './support/prepare-archive.ts';

const PAGES = [
  { name: 'item', path: '/en/news/organization-news/2022-05-24-council-of-defence-ministers/' },
  { name: 'all news', path: '/en/news/' },
  { name: 'feed', path: '/en/news/statements/feed.atom' },
] as const;
/** The item page should reach this share of the ceiling's req/s. */
const TARGET_RATIO = 0.7;
/** Every page's p99 at 50 connections should stay within this. */
const TARGET_P99_MS = 10;
/** The app's resident memory, idle and under load, should stay within this many megabytes (10^6 bytes, as the issue counts them; 190.7 MiB). */
const TARGET_RSS_MB = 200;

const ROOT = fileURLToPath(new URL('../', import.meta.url));

function envNumber(name: string, fallback: number, min: number): number {
  const text = process.env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) {
    process.stderr.write(`bench: ${name} must be a whole number ≥ ${min} (got "${text}")\n`);
    process.exit(2);
  }
  return value;
}

const DURATION = envNumber('BENCH_DURATION', 10, 1);
const WARMUP = envNumber('BENCH_WARMUP', 2, 0);
const CONNECTIONS = envNumber('BENCH_CONNECTIONS', 50, 1);
const ROUNDS = envNumber('BENCH_ROUNDS', 1, 1);
const PROFILE = process.env.BENCH_PROFILE === '1';
const ITEMS = envNumber('BENCH_ITEMS', 100_000, 0);
/** Other processes using more than this share of a pinned core make the figures suspect. */
const INTERFERENCE = 0.1;

// ---------------------------------------------------------------------------------------------

interface Fetched {
  status: number;
  contentType: string;
  etag: string;
  body: Buffer;
  /** Size of the status line and header block as sent. */
  headerBytes: number;
  headerNames: string[];
}

function fetchPage(port: number, path: string): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', agent: false, timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        let headerBytes = `HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n\r\n`.length;
        const names: string[] = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) {
          headerBytes += `${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}\r\n`.length;
          names.push(res.rawHeaders[i]!.toLowerCase());
        }
        resolve({
          status: res.statusCode ?? 0,
          contentType: String(res.headers['content-type'] ?? ''),
          etag: String(res.headers.etag ?? ''),
          body: Buffer.concat(chunks),
          headerBytes,
          headerNames: names,
        });
      });
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${path}: no answer within 30 s`)));
    req.on('error', reject);
    req.end();
  });
}

/** A port that was free a moment ago on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0 }, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts connections on the port (polled every 10 ms). */
async function listening(port: number, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port });
      socket.once('connect', () => { socket.destroy(); resolve(true); });
      socket.once('error', () => { socket.destroy(); resolve(false); });
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`nothing listened on port ${port} within ${timeoutMs / 1000} s`);
}

function statSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

const sha1 = (b: Buffer) => createHash('sha1').update(b).digest('hex');
const fmtInt = (n: number) => Math.round(n).toLocaleString('en-US');
const fmtMs = (n: number) => (n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0)) + ' ms';
const fmtMiB = (kb: number) => `${(kb / 1024).toFixed(1)} MiB`;
const fmtPct = (v: number | null) => (v === null ? 'n/a' : `${Math.round(v * 100)} %`);
const fmtCores = (v: number | null) => (v === null ? 'n/a' : v.toFixed(2));
const log = (line: string) => process.stderr.write(`${line}\n`);

interface Server {
  name: 'app' | 'ceiling';
  port: number;
  pid: number;
  messages: ChildMessages | null;
  stop(): Promise<void>;
  stdinWrite(line: string): void;
}

interface Measured {
  result: LoadResult;
  warmup: LoadResult | null;
  /** Server process CPU use over the measured run, in cores (1 = one core fully busy). */
  serverCpu: number | null;
  /** Load generator CPU use over the measured run, in cores. */
  loaderCpu: number | null;
  /** CPU other processes used on the server's / the loader's core (pinned runs only), in cores. */
  otherOnServerCore: number | null;
  otherOnLoaderCore: number | null;
  /** Share of the pinned cores' time the hypervisor took (steal), worst of the two. */
  steal: number | null;
  /** Server CPU time per request served, in microseconds — steadier than req/s on a busy machine. */
  cpuPerRequestUs: number | null;
}

const median = (values: number[]) => {
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
};

/** How busy the two cores are with nothing of ours under load. */
async function idleCheck(cores: number[]): Promise<number[] | null> {
  const before = cores.map(coreTimes);
  await new Promise((r) => setTimeout(r, 1000));
  const use = cores.map((c, i) => coreUse(before[i]!, coreTimes(c)));
  return use.every((u) => u !== null) ? use.map((u) => u!.busy + u!.steal) : null;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  installCleanup();
  const tmp = mkdtempSync(join(tmpdir(), 'communique-bench-'));
  onExit(() => rmSync(tmp, { recursive: true, force: true }));

  const pin = pinningPlan();
  const wrkAvailable = hasCommand('wrk', ['--version']);
  const loader: Loader = process.env.BENCH_LOADER === 'autocannon' || !wrkAvailable ? 'autocannon' : 'wrk';
  if (process.env.BENCH_LOADER === 'wrk' && !wrkAvailable) throw new Error('BENCH_LOADER=wrk but wrk is not installed');

  console.log('Communiqué benchmark');
  console.log(`  node ${process.version}; load generator: ${loader === 'wrk' ? 'wrk (1 thread)' : 'autocannon (own process)'}${wrkAvailable ? '' : ' — wrk not found'}, ${CONNECTIONS} connections`);
  console.log(pin
    ? `  pinning: servers on core ${pin.server}, load generator on core ${pin.loader} (taskset)`
    : `  pinning: none (${process.env.BENCH_NO_PIN === '1' ? 'BENCH_NO_PIN=1' : 'taskset missing, fewer than 2 cores, or cores 0/1 not allowed'}) — figures are noisier`);
  console.log(`  each run: ${WARMUP} s warm-up, then ${DURATION} s measured; ceiling first, then the app${PROFILE ? '; the app runs under --cpu-prof (BENCH_PROFILE=1)' : ''}`);
  console.log('');

  // --- 0. The bundle and the archive ------------------------------------------------------------
  log('building the bundle (npm run build)…');
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
  const bundle = join(ROOT, 'dist', 'communique.js');

  const dbFile = join(tmp, 'archive.db');
  log(`preparing the archive: demo + ${fmtInt(ITEMS)} generated bilingual items, search index (once per run)…`);
  const prepareScript = fileURLToPath(new URL('./support/prepare-archive.ts', import.meta.url));
  const prepareStarted = performance.now();
  const prepareChild = spawnTracked(process.execPath, ['--import', 'tsx', prepareScript, dbFile, String(ITEMS)], { cwd: ROOT });
  prepareChild.stderr!.on('data', (c: Buffer) => process.stderr.write(c));
  const prepared = await new ChildMessages(prepareChild, 'prepare-archive', () => '').waitFor<PreparedMessage>((m) => m.prepared === true, 1_800_000, 'the prepared archive');
  await new Promise<void>((r) => (prepareChild.exitCode !== null ? r() : prepareChild.once('exit', () => r())));
  const prepareSeconds = (performance.now() - prepareStarted) / 1000;
  const dbBytes = readdirSync(tmp).filter((f) => f.startsWith('archive.db')).reduce((n, f) => n + statSize(join(tmp, f)), 0);

  // --- 1. The app: the production bundle on the prepared file -----------------------------------
  const port = await freePort();
  const profileDir = PROFILE ? join(tmpdir(), `communique-bench-profiles-${Date.now()}`) : '';
  if (PROFILE) mkdirSync(profileDir, { recursive: true });
  const nodeFlags = PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, '--cpu-prof-interval=200'] : [];
  log(`starting the app: node dist/communique.js serve (SQLite, ${fmtInt(ITEMS)} + demo items, LOG_LEVEL=warn)…`);
  const [appCmd, appArgs] = pinned(pin?.server ?? null, process.execPath, [...nodeFlags, bundle, 'serve']);
  const spawnedAt = performance.now();
  const appChild = spawnTracked(appCmd, appArgs, {
    cwd: ROOT,
    env: {
      ...process.env, DATABASE_URL: `sqlite:${dbFile}`, HOST: '127.0.0.1', PORT: String(port),
      PUBLIC_ORIGIN: 'http://127.0.0.1', LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn', NODE_ENV: 'production',
    },
  });
  const appErr = tail(appChild.stderr);
  const appOut = tail(appChild.stdout);
  const appExited = new Promise<never>((_, reject) => appChild.once('exit', (code, signal) =>
    reject(new Error(`the app exited during start-up (${signal ?? `code ${code}`})\n${appOut()}${appErr()}`))));
  appExited.catch(() => {});
  await Promise.race([listening(port, 120_000), appExited]);
  const readyAt = performance.now();
  const first = await Promise.race([fetchPage(port, PAGES[0].path), appExited]);
  const firstPageAt = performance.now();
  if (appChild.pid === undefined) throw new Error('the app has no pid');
  const app: Server = {
    name: 'app', port, pid: appChild.pid, messages: null,
    stop: () => stopChild(appChild, 10_000), stdinWrite: () => {},
  };

  const pages: (Fetched & { name: string; path: string })[] = [];
  for (const p of PAGES) {
    const f = p === PAGES[0] ? first : await fetchPage(app.port, p.path);
    if (f.status !== 200) throw new Error(`the app answered ${p.path} with ${f.status}, not 200 — is the archive complete?\n${f.body.toString('utf8').slice(0, 500)}`);
    pages.push({ ...f, name: p.name, path: p.path });
  }

  // --- 2. The ceiling -------------------------------------------------------------------------
  const ceilingFile = join(tmp, 'ceiling-pages.json');
  writeFileSync(ceilingFile, JSON.stringify(pages.map((p): CeilingPage => ({
    path: p.path, contentType: p.contentType, etag: p.etag || `"${sha1(p.body)}"`, bodyBase64: p.body.toString('base64'),
  }))));
  const ceilingScript = fileURLToPath(new URL('./support/ceiling-server.ts', import.meta.url));
  const [ceilCmd, ceilArgs] = pinned(pin?.server ?? null, process.execPath, ['--import', 'tsx', ceilingScript, ceilingFile]);
  const ceilingChild = spawnTracked(ceilCmd, ceilArgs, { cwd: ROOT });
  const ceilingErr = tail(ceilingChild.stderr);
  const ceilingMessages = new ChildMessages(ceilingChild, 'ceiling', ceilingErr);
  const ceilingReady = await ceilingMessages.ready<ReadyMessage>(60_000);
  const ceiling: Server = {
    name: 'ceiling', port: ceilingReady.port, pid: ceilingReady.pid, messages: ceilingMessages,
    stop: () => stopChild(ceilingChild), stdinWrite: (line) => ceilingChild.stdin!.write(`${line}\n`),
  };
  const ceilingHeaders = new Map<string, Fetched>();
  for (const p of pages) {
    const c = await fetchPage(ceiling.port, p.path);
    if (c.status !== 200 || !c.body.equals(p.body) || c.contentType !== p.contentType) {
      throw new Error(`the ceiling does not serve ${p.path} exactly as the app does`);
    }
    ceilingHeaders.set(p.path, c);
  }

  await new Promise((r) => setTimeout(r, 1000));
  const appIdle = memoryOf(app.pid);
  const ceilingIdle = memoryOf(ceiling.pid);

  // --- 3. Load ----------------------------------------------------------------------------------
  let failures = 0;
  const problems: string[] = [];
  const count = (server: Server, page: string, phase: string, r: LoadResult) => {
    const bad = r.non200 + r.errors;
    if (bad > 0) {
      failures += bad;
      problems.push(`${page} · ${server.name} · ${phase}: ${r.non200} non-200 responses, ${r.errors} connection errors/timeouts`);
    }
  };

  let loadRssKb = 0;
  const loadRssByPage = new Map<string, number>();
  async function measure(server: Server, page: (typeof pages)[number]): Promise<Measured> {
    const url = `http://127.0.0.1:${server.port}${page.path}`;
    const opts = { url, connections: CONNECTIONS, core: pin?.loader ?? null };
    let warmup: LoadResult | null = null;
    if (WARMUP > 0) {
      log(`  ${page.name} · ${server.name} · warm-up ${WARMUP} s…`);
      warmup = await runLoad(loader, { ...opts, seconds: WARMUP });
      count(server, page.name, 'warm-up', warmup);
    }
    log(`  ${page.name} · ${server.name} · measuring ${DURATION} s…`);
    const cpu0 = cpuSecondsOf(server.pid);
    const cores0 = pin ? [coreTimes(pin.server), coreTimes(pin.loader)] : null;
    const t0 = performance.now();
    // Resident memory sampled during the load (the app's "under load" figure).
    const sampler = setInterval(() => {
      const m = memoryOf(server.pid);
      if (m && server.name === 'app') {
        loadRssKb = Math.max(loadRssKb, m.rssKb);
        loadRssByPage.set(page.name, Math.max(loadRssByPage.get(page.name) ?? 0, m.rssKb));
      }
    }, 200);
    const result = await runLoad(loader, { ...opts, seconds: DURATION }).finally(() => clearInterval(sampler));
    const elapsed = (performance.now() - t0) / 1000;
    const cpu1 = cpuSecondsOf(server.pid);
    const cores1 = pin ? [coreTimes(pin.server), coreTimes(pin.loader)] : null;
    count(server, page.name, 'measured', result);
    const serverCpu = cpu0 !== null && cpu1 !== null ? (cpu1 - cpu0) / elapsed : null;
    const serverCore = cores0 && cores1 ? coreUse(cores0[0]!, cores1[0]!) : null;
    const loaderCore = cores0 && cores1 ? coreUse(cores0[1]!, cores1[1]!) : null;
    const other = (core: { busy: number } | null, own: number | null) => (core && own !== null ? Math.max(0, core.busy - own) : null);
    // The same request once more, outside the load: still 200 with the same bytes?
    const after = await fetchPage(server.port, page.path);
    if (after.status !== 200 || !after.body.equals(page.body)) {
      failures += 1;
      problems.push(`${page.name} · ${server.name}: after the load it answered ${after.status}${after.status === 200 ? ' with different bytes' : ''}`);
    }
    const measured: Measured = {
      result, warmup, serverCpu, loaderCpu: result.loaderCpu,
      otherOnServerCore: other(serverCore, serverCpu),
      otherOnLoaderCore: other(loaderCore, result.loaderCpu),
      steal: serverCore && loaderCore ? Math.max(serverCore.steal, loaderCore.steal) : null,
      cpuPerRequestUs: serverCpu !== null && result.requests > 0 ? (serverCpu * elapsed * 1e6) / result.requests : null,
    };
    const busy = measured.otherOnServerCore !== null
      ? `; cpu ${server.name} ${fmtCores(serverCpu)}, loader ${fmtCores(result.loaderCpu)}, others ${fmtCores(measured.otherOnServerCore)} + ${fmtCores(measured.otherOnLoaderCore)}`
      : '';
    log(`    ${fmtInt(result.rps)} req/s, p50 ${fmtMs(result.p50Ms)}, p99 ${fmtMs(result.p99Ms)}${busy}`);
    return measured;
  }


  const idle = pin ? await idleCheck([pin.server, pin.loader]) : null;

  log('load:');
  const rows: { page: (typeof pages)[number]; rounds: { app: Measured; ceiling: Measured }[] }[] = [];
  for (const page of pages) {
    const rounds: { app: Measured; ceiling: Measured }[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      if (ROUNDS > 1) log(`  ${page.name} · round ${round} of ${ROUNDS}`);
      const c = await measure(ceiling, page);
      const a = await measure(app, page);
      rounds.push({ app: a, ceiling: c });
    }
    rows.push({ page, rounds });
  }
  const appLoaded = memoryOf(app.pid);

  // --- 4. Report --------------------------------------------------------------------------------
  console.log('');
  const header = ['page', 'app req/s', 'ceiling req/s', 'ratio', 'app p50', 'app p99', 'ceiling p99', 'errors'];
  const summaries = rows.map(({ page, rounds }) => {
    const pick = (f: (r: { app: Measured; ceiling: Measured }) => number) => median(rounds.map(f));
    const bad = rounds.flatMap((r) => [r.app.result, r.app.warmup, r.ceiling.result, r.ceiling.warmup])
      .reduce((n, r) => n + (r ? r.non200 + r.errors : 0), 0);
    return {
      page,
      appRps: pick((r) => r.app.result.rps),
      ceilingRps: pick((r) => r.ceiling.result.rps),
      ratio: pick((r) => r.app.result.rps / r.ceiling.result.rps),
      appP50: pick((r) => r.app.result.p50Ms),
      appP99: pick((r) => r.app.result.p99Ms),
      ceilingP99: pick((r) => r.ceiling.result.p99Ms),
      appCpuUs: rounds.every((r) => r.app.cpuPerRequestUs !== null) ? pick((r) => r.app.cpuPerRequestUs!) : null,
      ceilingCpuUs: rounds.every((r) => r.ceiling.cpuPerRequestUs !== null) ? pick((r) => r.ceiling.cpuPerRequestUs!) : null,
      bad,
    };
  });
  const table = summaries.map((s) => [
    s.page.name, fmtInt(s.appRps), fmtInt(s.ceilingRps), s.ratio.toFixed(2), fmtMs(s.appP50), fmtMs(s.appP99), fmtMs(s.ceilingP99), String(s.bad),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of table) console.log(line(r));
  if (ROUNDS > 1) console.log(`(medians of ${ROUNDS} rounds; the ratio is the median of the per-round ratios)`);
  console.log('');

  console.log('server CPU time per request (does not depend on how much CPU the server got):');
  for (const s of summaries) {
    if (s.appCpuUs === null || s.ceilingCpuUs === null) continue;
    console.log(`  ${s.page.name.padEnd(8)}  app ${s.appCpuUs.toFixed(0).padStart(4)} µs, ceiling ${s.ceilingCpuUs.toFixed(0).padStart(4)} µs → ratio ${(s.ceilingCpuUs / s.appCpuUs).toFixed(2)} if the server core were saturated`);
  }
  console.log('');

  console.log('pages:');
  for (const { page } of rows) {
    const c = ceilingHeaders.get(page.path)!;
    const extra = page.headerNames.filter((h) => !c.headerNames.includes(h));
    console.log(`  ${page.name}: ${page.path}`);
    console.log(`    body ${fmtInt(page.body.length)} bytes; response headers: app ${page.headerBytes} bytes, ceiling ${c.headerBytes} bytes`);
    console.log(`    headers only the app sends: ${extra.join(', ') || '(none)'}`);
  }
  console.log('');

  console.log('CPU during the measured runs, in cores (1.00 = one core fully busy):');
  console.log('  run                     server  loader  others on server core  others on loader core  steal');
  const notes: string[] = [];
  let worstOther = 0;
  for (const { page, rounds } of rows) {
    rounds.forEach((r, i) => {
      for (const [who, m] of [['ceiling', r.ceiling], ['app', r.app]] as const) {
        const name = `${page.name} · ${who}${ROUNDS > 1 ? ` #${i + 1}` : ''}`;
        console.log(`  ${name.padEnd(22)}  ${fmtCores(m.serverCpu).padStart(6)}  ${fmtCores(m.loaderCpu).padStart(6)}  ${fmtCores(m.otherOnServerCore).padStart(21)}  ${fmtCores(m.otherOnLoaderCore).padStart(21)}  ${fmtPct(m.steal).padStart(5)}`);
        worstOther = Math.max(worstOther, m.otherOnServerCore ?? 0, m.otherOnLoaderCore ?? 0, m.steal ?? 0);
        if (m.loaderCpu !== null && m.loaderCpu > 0.95) notes.push(`${name}: the load generator used ${fmtCores(m.loaderCpu)} core — it may be the bottleneck here${who === 'ceiling' ? ' (ceiling understated, ratio flattered)' : ''}`);
        if (m.serverCpu !== null && m.serverCpu < 0.9) notes.push(`${name}: the server used only ${fmtCores(m.serverCpu)} core, so it was not the bottleneck`);
      }
    });
  }
  if (idle) console.log(`  before the load, with our servers idle, the two cores were ${fmtPct(idle[0]!)} and ${fmtPct(idle[1]!)} busy`);
  for (const n of notes) console.log(`  note: ${n}`);
  if (worstOther > INTERFERENCE || (idle && Math.max(...idle) > INTERFERENCE)) {
    console.log(`  WARNING: other processes (or the hypervisor) took up to ${fmtPct(Math.max(worstOther, ...(idle ?? [])))} of a pinned core: the figures are unreliable.`);
    console.log('           Rerun on a quiet machine, or with BENCH_ROUNDS=3 for medians.');
  }
  console.log('');

  const mem = (m: Memory | null) => (m ? fmtMiB(m.rssKb) : 'n/a (no /proc)');
  console.log('memory (VmRSS of the app process):');
  console.log(`  app idle, before load:  ${mem(appIdle)}`);
  console.log(`  app under load (max):   ${loadRssKb > 0 ? fmtMiB(loadRssKb) : 'n/a'}  (sampled every 200 ms during the measured runs: ${[...loadRssByPage].map(([p, kb]) => `${p} ${fmtMiB(kb)}`).join(', ')})`);
  console.log(`  app after load:         ${mem(appLoaded)}${appLoaded ? ` (peak since start, VmHWM ${fmtMiB(appLoaded.hwmKb)})` : ''}`);
  console.log(`  ceiling idle:           ${mem(ceilingIdle)}  (what Node alone costs)`);
  console.log('');

  console.log('start-up (node dist/communique.js serve on the prepared file, no --demo):');
  console.log(`  archive: ${fmtInt(prepared.items)} generated items + the demo archive, ${fmtInt(prepared.people)} generated people; SQLite files ${fmtMiB(dbBytes / 1024)}`);
  console.log(`  prepared in ${prepareSeconds.toFixed(1)} s (seed ${prepared.seconds.seed.toFixed(1)} s, generate ${prepared.seconds.generate.toFixed(1)} s, search index ${prepared.seconds.index.toFixed(1)} s) — bench setup, not counted below`);
  console.log(`  spawn → listening:          ${fmtMs(readyAt - spawnedAt)}`);
  console.log(`  spawn → first page served:  ${fmtMs(firstPageAt - spawnedAt)}  (item page, rendered on this first request: ${fmtMs(firstPageAt - readyAt)})`);
  console.log('');

  console.log('targets:');
  const verdicts: string[] = [];
  const verdict = (text: string, ok: boolean) => verdicts.push(`verdict: ${text}: ${ok ? 'PASS' : 'BELOW TARGET'}`);
  const ratio = summaries[0]!.ratio;
  verdict(`item page at ${ratio.toFixed(2)} of the ceiling (target ≥ ${TARGET_RATIO.toFixed(2)})`, ratio >= TARGET_RATIO);
  for (const s of summaries) verdict(`${s.page.name} p99 ${fmtMs(s.appP99)} at ${CONNECTIONS} connections (target ≤ ${TARGET_P99_MS} ms)`, s.appP99 <= TARGET_P99_MS);
  const rssKb = Math.max(appIdle?.rssKb ?? 0, loadRssKb, appLoaded?.rssKb ?? 0);
  verdict(
    `app RSS at most ${fmtMiB(rssKb)} = ${((rssKb * 1024) / 1e6).toFixed(1)} MB idle and under load (target ≤ ${TARGET_RSS_MB} MB)`,
    rssKb > 0 && (rssKb * 1024) / 1e6 <= TARGET_RSS_MB,
  );
  for (const v of verdicts) console.log(v);
  console.log('');

  await Promise.all([app.stop(), ceiling.stop()]);
  if (PROFILE) {
    // --cpu-prof writes the profile when the app exits (after the graceful stop above).
    const files = readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'));
    for (const f of files) {
      const file = join(profileDir, f);
      console.log(formatSummary('profile of the app over the whole run (start-up, warm-ups and measured runs)', summarise(file)));
      console.log(`  file: ${file}  (open in Chrome DevTools › Performance, or speedscope)`);
      console.log('');
    }
    if (files.length === 0) console.log(`no profile was written to ${profileDir}`);
  }
  if (failures > 0) {
    console.log(`FAILED: ${failures} request(s) errored or were not answered 200:`);
    for (const p of problems) console.log(`  ${p}`);
    return 1;
  }
  console.log('all requests answered 200.');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (isStopping()) return; // Interrupted: the signal handler stops the children and exits.
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
