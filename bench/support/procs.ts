/**
 * Child processes for the benchmark: pinning to a core, waiting for a child's ready line, reading
 * its memory and CPU time from /proc, and making sure every child we started is gone when we exit
 * (normal end, error, Ctrl-C). Only children spawned through `spawnTracked` are ever signalled.
 */
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';

const children = new Set<ChildProcess>();
const exitHooks: (() => void)[] = [];

function alive(child: ChildProcess): boolean {
  return child.pid !== undefined && child.exitCode === null && child.signalCode === null;
}

function signalAll(signal: NodeJS.Signals): void {
  for (const child of children) {
    if (!alive(child)) continue;
    try {
      process.kill(child.pid!, signal);
    } catch {
      // Already gone.
    }
  }
}

let installed = false;
let stopping = false;
/** True once a signal asked us to stop (failures of children after that are expected). */
export function isStopping(): boolean {
  return stopping;
}

/** Kills tracked children and runs the hooks (e.g. removing the temp folder) on any exit. */
export function installCleanup(): void {
  if (installed) return;
  installed = true;
  process.on('exit', () => {
    signalAll('SIGKILL');
    for (const hook of exitHooks.splice(0)) {
      try {
        hook();
      } catch {
        // Best effort on the way out.
      }
    }
  });
  const onSignal = (signal: NodeJS.Signals, code: number) => {
    stopping = true;
    process.stderr.write(`\nbench: ${signal} — stopping child processes\n`);
    signalAll('SIGTERM');
    const deadline = Date.now() + 1500;
    const wait = setInterval(() => {
      if ([...children].every((c) => !alive(c)) || Date.now() > deadline) {
        clearInterval(wait);
        process.exit(code);
      }
    }, 50);
  };
  process.once('SIGINT', () => onSignal('SIGINT', 130));
  process.once('SIGTERM', () => onSignal('SIGTERM', 143));
  process.once('SIGHUP', () => onSignal('SIGHUP', 129));
}

export function onExit(hook: () => void): void {
  exitHooks.push(hook);
}

/** True when `command args` can be started at all (exit status is not looked at). */
export function hasCommand(command: string, args: string[] = ['--version']): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore', timeout: 5000 });
  return !result.error;
}

/**
 * Cores to pin the server and the load generator to, or null when pinning is not possible:
 * no taskset, fewer than two cores, cores 0/1 not allowed to us, or BENCH_NO_PIN=1.
 */
export function pinningPlan(): { server: number; loader: number } | null {
  if (process.env.BENCH_NO_PIN === '1') return null;
  if (availableParallelism() < 2) return null;
  for (const core of ['0', '1']) {
    const r = spawnSync('taskset', ['-c', core, 'true'], { stdio: 'ignore', timeout: 5000 });
    if (r.error || r.status !== 0) return null;
  }
  return { server: 0, loader: 1 };
}

/**
 * The command line, prefixed with `taskset -c CORE` when a core is given, and with `nice -n N` when
 * BENCH_NICE is set. Both exec the program, so the child's pid is the program's own.
 */
export function pinned(core: number | null, command: string, args: string[]): [string, string[]] {
  let line: [string, string[]] = [command, args];
  if (core !== null) line = ['taskset', ['-c', String(core), line[0], ...line[1]]];
  const nice = process.env.BENCH_NICE?.trim();
  if (nice && /^-?\d+$/.test(nice)) line = ['nice', ['-n', nice, line[0], ...line[1]]];
  return line;
}

export function spawnTracked(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], ...options });
  children.add(child);
  child.once('exit', () => children.delete(child));
  child.once('error', () => children.delete(child));
  return child;
}

/** Keeps the last `limit` characters a stream produced, for error messages. */
export function tail(stream: NodeJS.ReadableStream | null, limit = 4000): () => string {
  let text = '';
  stream?.on('data', (chunk: Buffer | string) => {
    text = (text + chunk.toString()).slice(-limit);
  });
  return () => text;
}

/** JSON lines a child writes on its stdout, waited for one at a time. */
export class ChildMessages {
  readonly #child: ChildProcess;
  readonly #name: string;
  readonly #stderr: () => string;
  readonly #waiters = new Set<(message: Record<string, unknown>) => boolean>();

  constructor(child: ChildProcess, name: string, stderr: () => string) {
    this.#child = child;
    this.#name = name;
    this.#stderr = stderr;
    createInterface({ input: child.stdout! }).on('line', (line) => {
      let message: unknown;
      try {
        message = JSON.parse(line);
      } catch {
        return; // Not ours (a stray console.log in the app).
      }
      if (typeof message !== 'object' || message === null) return;
      for (const waiter of this.#waiters) if (waiter(message as Record<string, unknown>)) this.#waiters.delete(waiter);
    });
  }

  /** The first message from now on for which `accept` is true; rejects if the child exits first or on timeout. */
  waitFor<T>(accept: (message: Record<string, unknown>) => boolean, timeoutMs: number, what: string): Promise<T> {
    const child = this.#child;
    return new Promise<T>((resolve, reject) => {
      const finish = () => {
        clearTimeout(timer);
        child.off('exit', onExit);
        child.off('error', onError);
        this.#waiters.delete(waiter);
      };
      const fail = (message: string) => {
        finish();
        const err = this.#stderr().trim();
        reject(new Error(err ? `${message}\n--- ${this.#name} stderr ---\n${err}` : message));
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => fail(`${this.#name} exited while waiting for ${what} (${signal ?? `code ${code}`})`);
      const onError = (error: Error) => fail(`${this.#name} could not be started: ${error.message}`);
      const waiter = (message: Record<string, unknown>) => {
        if (!accept(message)) return false;
        finish();
        resolve(message as T);
        return true;
      };
      const timer = setTimeout(() => fail(`${this.#name}: no ${what} within ${timeoutMs / 1000} s`), timeoutMs);
      child.once('exit', onExit);
      child.once('error', onError);
      this.#waiters.add(waiter);
    });
  }

  ready<T extends { ready: true }>(timeoutMs: number): Promise<T> {
    return this.waitFor<T>((m) => m.ready === true, timeoutMs, 'ready message');
  }
}

/** Sends SIGTERM and waits for the child to exit (SIGKILL after `graceMs`). */
export async function stopChild(child: ChildProcess, graceMs = 3000): Promise<void> {
  if (!alive(child)) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => alive(child) && child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

export interface Memory {
  /** Resident set size now, in kB. */
  rssKb: number;
  /** Peak resident set size so far, in kB. */
  hwmKb: number;
}

/** VmRSS and VmHWM of a process from /proc (null where there is no /proc). */
export function memoryOf(pid: number): Memory | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    const rssKb = field('VmRSS');
    const hwmKb = field('VmHWM');
    return Number.isFinite(rssKb) ? { rssKb, hwmKb } : null;
  } catch {
    return null;
  }
}

let clockTicks: number | undefined;
function ticksPerSecond(): number {
  if (clockTicks === undefined) {
    const r = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
    clockTicks = Number(r.stdout?.trim()) || 100;
  }
  return clockTicks;
}

/** CPU seconds (user + system) a process has used so far, or null. */
export function cpuSecondsOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may contain spaces; fields after it are space-separated.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the full line, i.e. 12 and 13 after "pid (comm) ".
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond();
  } catch {
    return null;
  }
}

export interface CoreTimes {
  busy: number;
  steal: number;
  total: number;
}

/** Busy (user, system, irq, softirq), stolen and total jiffies of one core from /proc/stat, or null. */
export function coreTimes(core: number): CoreTimes | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n').find((l) => l.startsWith(`cpu${core} `));
    if (!line) return null;
    const v = line.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal guest guest_nice — guest time is already in user.
    const total = v.slice(0, 8).reduce((a, b) => a + b, 0);
    const idle = (v[3] ?? 0) + (v[4] ?? 0);
    const steal = v[7] ?? 0;
    return { busy: total - idle - steal, steal, total };
  } catch {
    return null;
  }
}

/** Share of time a core was busy (and stolen by the hypervisor) between two readings, 0..1. */
export function coreUse(before: CoreTimes | null, after: CoreTimes | null): { busy: number; steal: number } | null {
  if (!before || !after || after.total <= before.total) return null;
  const span = after.total - before.total;
  return { busy: (after.busy - before.busy) / span, steal: (after.steal - before.steal) / span };
}
