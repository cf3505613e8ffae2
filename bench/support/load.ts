/**
 * Load generators: wrk (preferred; C, one thread, cheap per request) or autocannon (Node, in its
 * own process) when wrk is missing or BENCH_LOADER=autocannon. Both are run as child processes,
 * pinned to the loader core when there is one, and their output is parsed into one shape.
 */
import { createRequire } from 'node:module';
import { cpuSecondsOf, pinned, spawnTracked, tail } from './procs.ts';

export type Loader = 'wrk' | 'autocannon';

export interface LoadOptions {
  url: string;
  seconds: number;
  connections: number;
  /** Core to pin the load generator to, or null. */
  core: number | null;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /**
   * Responses that were not 200. wrk only reports status >= 400 ("Non-2xx or 3xx responses"
   * counts 4xx/5xx); autocannon gives every status, and anything but 200 is counted.
   */
  non200: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** CPU the load generator itself used, in cores (1 = one core fully busy); null without /proc. */
  loaderCpu: number | null;
  /** What the generator printed, for the record. */
  raw: string;
}

const WRK_UNITS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

function wrkMs(value: string, unit: string): number {
  const factor = WRK_UNITS[unit];
  if (factor === undefined) throw new Error(`wrk: unknown time unit "${unit}"`);
  return Number(value) * factor;
}

/** Parses `wrk --latency` output. */
export function parseWrk(out: string): LoadResult {
  const need = (re: RegExp, what: string): RegExpExecArray => {
    const m = re.exec(out);
    if (!m) throw new Error(`could not find ${what} in wrk output:\n${out}`);
    return m;
  };
  const total = need(/^\s*(\d+) requests in ([\d.]+)(us|ms|s|m|h)/m, 'the request count');
  const rps = need(/^Requests\/sec:\s+([\d.]+)/m, 'Requests/sec');
  const p50 = need(/^\s*50(?:\.0+)?%\s+([\d.]+)(us|ms|s|m|h)/m, 'the 50% latency (was --latency given?)');
  const p99 = need(/^\s*99(?:\.0+)?%\s+([\d.]+)(us|ms|s|m|h)/m, 'the 99% latency');
  const non2xx = /Non-2xx or 3xx responses:\s+(\d+)/.exec(out);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  return {
    requests: Number(total[1]),
    seconds: wrkMs(total[2]!, total[3]!) / 1000,
    rps: Number(rps[1]),
    p50Ms: wrkMs(p50[1]!, p50[2]!),
    p99Ms: wrkMs(p99[1]!, p99[2]!),
    non200: non2xx ? Number(non2xx[1]) : 0,
    errors: socket ? socket.slice(1, 5).reduce((a, b) => a + Number(b), 0) : 0,
    loaderCpu: null,
    raw: out,
  };
}

interface AutocannonJson {
  duration: number;
  requests: { total: number; average: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats?: Record<string, { count: number }>;
}

/** Parses `autocannon --json` output. */
export function parseAutocannon(out: string): LoadResult {
  const start = out.indexOf('{');
  if (start < 0) throw new Error(`autocannon printed no JSON:\n${out}`);
  const r = JSON.parse(out.slice(start)) as AutocannonJson;
  const statuses = r.statusCodeStats ?? {};
  const non200 = Object.keys(statuses).length > 0
    ? Object.entries(statuses).filter(([code]) => code !== '200').reduce((a, [, s]) => a + s.count, 0)
    : r.non2xx;
  return {
    requests: r.requests.total,
    seconds: r.duration,
    rps: r.duration > 0 ? r.requests.total / r.duration : r.requests.average,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    non200,
    errors: r.errors + r.timeouts,
    loaderCpu: null,
    raw: out,
  };
}

function commandFor(loader: Loader, o: LoadOptions): [string, string[]] {
  if (loader === 'wrk') {
    return pinned(o.core, 'wrk', ['-t1', `-c${o.connections}`, `-d${o.seconds}s`, '--timeout', '5s', '--latency', o.url]);
  }
  const bin = createRequire(import.meta.url).resolve('autocannon');
  return pinned(o.core, process.execPath, [bin, '--json', '--no-progress', '-c', String(o.connections), '-d', String(o.seconds), '-t', '5', o.url]);
}

/** Runs one load and parses the result; rejects if the generator fails. */
export function runLoad(loader: Loader, options: LoadOptions): Promise<LoadResult> {
  const [command, args] = commandFor(loader, options);
  const child = spawnTracked(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const stderr = tail(child.stderr);
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  // The generator's own CPU time, sampled until it exits (the last sample is at most 100 ms old).
  const startedAt = performance.now();
  let lastCpu: { seconds: number; at: number } | null = null;
  const poll = setInterval(() => {
    const seconds = child.pid === undefined ? null : cpuSecondsOf(child.pid);
    if (seconds !== null) lastCpu = { seconds, at: performance.now() };
  }, 100);
  return new Promise<LoadResult>((resolve, reject) => {
    child.once('close', () => clearInterval(poll));
    child.once('error', (error) => reject(new Error(`${loader} could not be started: ${error.message}`)));
    child.once('close', (code, signal) => {
      if (code !== 0) {
        reject(new Error(`${loader} failed (${signal ?? `exit ${code}`}):\n${out}${stderr()}`));
        return;
      }
      try {
        const result = loader === 'wrk' ? parseWrk(out) : parseAutocannon(out);
        const cpu = lastCpu as { seconds: number; at: number } | null;
        if (cpu && cpu.at - startedAt > 500) result.loaderCpu = cpu.seconds / ((cpu.at - startedAt) / 1000);
        resolve(result);
      } catch (error) {
        reject(error);
      }
    });
  });
}
