/**
 * A traffic spike: 256 connections for 60 s (LOAD_SECONDS) over a mix of pages in both languages,
 * against the real `communique serve` process. Zero errors, zero 5xx, and memory stays flat.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../support/net.ts';
import autocannon from 'autocannon';
import { demoArchive } from '../../src/demo/archive.ts';

const BIN = fileURLToPath(new URL('../../bin/communique.js', import.meta.url));
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);

function rssKiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

test(`256 connections for ${SECONDS} s: no errors, no 5xx, flat memory`, { timeout: (SECONDS + 120) * 1000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'communique-load-'));
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'serve', '--demo'], {
    // With V8's default young generation the heap fills with short-lived garbage under this load
    // and resident memory drifts up until a major collection (no leak: a full GC returns it), which
    // makes "flat" a coin toss. A small young generation (the README's setting for tight memory)
    // keeps resident memory close to live memory, so growth here means memory really kept.
    env: {
      ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: `sqlite:${join(dir, 'load.db')}`, LOG_LEVEL: 'error',
      NODE_OPTIONS: [process.env.NODE_OPTIONS, '--max-semi-space-size=2'].filter(Boolean).join(' '),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 300; i++) {
      try { if ((await fetch(`${base}/en/`)).ok) break; } catch { /* not up yet */ }
      await new Promise((r) => setTimeout(r, 100));
    }
    const paths = ['/en/', '/ru/', '/en/news/', '/ru/news/', '/en/news/?page=2', '/ru/news/?page=3'];
    for (const d of demoArchive.documents) {
      for (const l of ['en', 'ru']) paths.push(`/${l}/news/${d.section}/${d.slug}/`);
    }
    for (const s of demoArchive.sections) for (const l of ['en', 'ru']) paths.push(`/${l}/news/${s.slug}/`);
    const requests = paths.map((path) => ({ method: 'GET' as const, path }));

    // Warm-up, so the memory figures compare a warm server with itself.
    await run({ url: base, connections: 32, duration: 3, requests });
    const warm = rssKiB(child.pid!);
    // Resident memory rises and falls with garbage collection, so each half is judged by its peak,
    // sampled four times a second: a leak makes the second half's peak climb above the first's.
    const peakDuring = async <T>(work: Promise<T>): Promise<[T, number]> => {
      let peak = rssKiB(child.pid!);
      const timer = setInterval(() => { peak = Math.max(peak, rssKiB(child.pid!)); }, 250);
      try {
        return [await work, peak];
      } finally {
        clearInterval(timer);
      }
    };
    const [first, middle] = await peakDuring(run({ url: base, connections: 256, duration: Math.max(1, Math.floor(SECONDS / 2)), requests }));
    const [second, end] = await peakDuring(run({ url: base, connections: 256, duration: Math.max(1, SECONDS - Math.floor(SECONDS / 2)), requests }));

    for (const [name, r] of [['first half', first], ['second half', second]] as const) {
      assert.equal(r.errors, 0, `${name}: connection errors`);
      assert.equal(r.timeouts, 0, `${name}: timeouts`);
      assert.equal(r['5xx'], 0, `${name}: 5xx answers`);
      assert.equal(r.non2xx, 0, `${name}: answers other than 2xx`);
      assert.ok(r.requests.total > 0, `${name}: requests were made`);
    }
    // Flat: the second half of the spike does not grow memory beyond noise.
    // A garbage-collected heap breathes by tens of MB between collections; a leak of even 100 bytes
    // a request adds well over 50 % here (tens of thousands of requests a second), so that is the bound.
    assert.ok(end <= middle * 1.5 + 32 * 1024, `peak memory grew from ${middle} KiB in the first half to ${end} KiB in the second (warm ${warm} KiB)`);
    process.stdout.write(`# load: ${first.requests.average + second.requests.average} req/s avg over halves; RSS warm ${warm} KiB, peak first half ${middle} KiB, peak second half ${end} KiB\n`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
    if (stderr.trim()) process.stdout.write(`# server stderr: ${stderr.slice(0, 500)}\n`);
  }
});
