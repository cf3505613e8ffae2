/**
 * `npm run bench` — how close the app comes to a bare node:http server when serving cached pages.
 *
 * 1. Starts the app (fresh seeded SQLite, logging off) in a child process pinned to core 0.
 * 2. Fetches each measured page once, then starts the ceiling — a bare node:http server, also
 *    pinned to core 0, answering the same paths with the same bytes, content-type and ETag.
 * 3. For each page, loads the ceiling and then the app at 50 connections (warm-up, then a measured
 *    run) with wrk pinned to core 1 (autocannon in its own process when wrk is missing).
 * 4. Prints req/s, p50/p99, the app/ceiling ratio and a verdict for the item page (target ≥ 0.70),
 *    the app's RSS before and after load, and the time from spawning the app to its first page.
 *
 * Exit status: 0 whatever the ratio (this is a report); 1 if any request errored or was not 200,
 * or the run itself failed. See bench/README.md for the knobs (BENCH_DURATION etc.).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
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

const PAGES = [
  { name: 'item', path: '/en/news/organization-news/2022-05-24-council-of-defence-ministers/' },
  { name: 'all news', path: '/en/news/' },
] as const;
/** The item page should reach this share of the ceiling's req/s. */
const TARGET_RATIO = 0.7;

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
  messages: ChildMessages;
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
  console.log(`  each run: ${WARMUP} s warm-up, then ${DURATION} s measured; ceiling first, then the app${PROFILE ? '; then a profiled app run (BENCH_PROFILE=1)' : ''}`);
  console.log('');

  // --- 1. The app -----------------------------------------------------------------------------
  log('starting the app (fresh SQLite, demo archive)…');
  const appScript = fileURLToPath(new URL('./support/app-server.ts', import.meta.url));
  const [appCmd, appArgs] = pinned(pin?.server ?? null, process.execPath, ['--import', 'tsx', appScript]);
  const spawnedAt = performance.now();
  const appChild = spawnTracked(appCmd, appArgs, {
    cwd: ROOT,
    env: { ...process.env, BENCH_DATABASE_URL: `sqlite:${join(tmp, 'bench.db')}` },
  });
  const appErr = tail(appChild.stderr);
  const appMessages = new ChildMessages(appChild, 'app', appErr);
  const ready = await appMessages.ready<ReadyMessage>(180_000);
  const readyAt = performance.now();
  const first = await fetchPage(ready.port, PAGES[0].path);
  const firstPageAt = performance.now();
  const app: Server = {
    name: 'app', port: ready.port, pid: ready.pid, messages: appMessages,
    stop: () => stopChild(appChild), stdinWrite: (line) => appChild.stdin!.write(`${line}\n`),
  };

  const pages: (Fetched & { name: string; path: string })[] = [];
  for (const p of PAGES) {
    const f = p === PAGES[0] ? first : await fetchPage(app.port, p.path);
    if (f.status !== 200) throw new Error(`the app answered ${p.path} with ${f.status}, not 200 — is the demo archive complete?\n${f.body.toString('utf8').slice(0, 500)}`);
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
    const result = await runLoad(loader, { ...opts, seconds: DURATION });
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

  const profileDir = PROFILE ? join(tmpdir(), `communique-bench-profiles-${Date.now()}`) : '';
  const profiles: { page: string; file: string; rps: number }[] = [];

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
    if (PROFILE) {
      mkdirSync(profileDir, { recursive: true });
      const file = join(profileDir, `app-${page.name.replace(/\W+/g, '-')}.cpuprofile`);
      log(`  ${page.name} · app · profiled run ${DURATION} s (not counted in the table)…`);
      const started = app.messages.waitFor((m) => m.profiling === true, 10_000, 'profiler start');
      app.stdinWrite('profile-start');
      await started;
      const r = await runLoad(loader, { url: `http://127.0.0.1:${app.port}${page.path}`, connections: CONNECTIONS, core: pin?.loader ?? null, seconds: DURATION });
      count(app, page.name, 'profiled', r);
      const written = app.messages.waitFor((m) => m.profiled === file, 30_000, 'profile');
      app.stdinWrite(`profile-stop ${file}`);
      await written;
      profiles.push({ page: page.name, file, rps: r.rps });
    }
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

  const ratio = summaries[0]!.ratio;
  console.log(`verdict: item page at ${ratio.toFixed(2)} of the ceiling (target ≥ ${TARGET_RATIO.toFixed(2)}): ${ratio >= TARGET_RATIO ? 'PASS' : 'BELOW TARGET'}`);
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
  console.log('memory (VmRSS):');
  console.log(`  app idle, before load: ${mem(appIdle)}`);
  console.log(`  app after load:        ${mem(appLoaded)}${appLoaded ? ` (peak VmHWM ${fmtMiB(appLoaded.hwmKb)})` : ''}`);
  console.log(`  ceiling idle:          ${mem(ceilingIdle)}`);
  console.log('');

  const total = firstPageAt - spawnedAt;
  console.log('start-up (app process):');
  console.log(`  spawn → listening:            ${fmtMs(readyAt - spawnedAt)}`);
  console.log(`  spawn → first page served:    ${fmtMs(total)}  (item page, rendered on this first request)`);
  const ph = ready.phases;
  if (ph) {
    const seeding = ph.seeded - ph.migrated;
    console.log(`    node + tsx boot:            ${fmtMs(ph.entry)}`);
    console.log(`    import src/ modules:        ${fmtMs(ph.imported - ph.entry)}`);
    console.log(`    open + migrate fresh SQLite:${fmtMs(ph.migrated - ph.imported).padStart(9)}`);
    console.log(`    seed demo archive:          ${fmtMs(seeding)}  (bench setup; a real start on an existing database skips it)`);
    console.log(`    build app (plugins):        ${fmtMs(ph.built - ph.seeded)}`);
    console.log(`    listen:                     ${fmtMs(ph.listening - ph.built)}`);
    console.log(`    first request (render):     ${fmtMs(firstPageAt - readyAt)}`);
    console.log(`  spawn → first page, without seeding: ${fmtMs(total - seeding)}`);
  }
  console.log('');

  if (profiles.length > 0) {
    for (const p of profiles) {
      console.log(formatSummary(`profile of the app serving ${p.page} (${fmtInt(p.rps)} req/s while profiled)`, summarise(p.file)));
      console.log(`  file: ${p.file}  (open in Chrome DevTools › Performance, or speedscope)`);
      console.log('');
    }
  }

  await Promise.all([app.stop(), ceiling.stop()]);
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
