/** The `communique` command as a user runs it: real processes, real databases, real HTTP. */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, chmodSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../support/net.ts';
import { openStore } from '../../src/platform/db/connect.ts';
import { siteDigest } from '../../src/platform/db/transfer.ts';

const BIN = fileURLToPath(new URL('../../bin/communique.js', import.meta.url));
const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'communique-cli-'));
  dirs.push(d);
  return d;
}
after(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

function run(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });
}

describe('communique', () => {
  test('--help lists the commands', () => {
    const r = run(['--help']);
    assert.equal(r.status, 0);
    for (const c of ['serve', 'migrate', 'seed-demo']) assert.match(r.stdout, new RegExp(`\\b${c}\\b`));
    assert.match(r.stdout, /DATABASE_URL/);
  });

  test('the bundle built by npm ci and the TypeScript sources are the same command', () => {
    const bundle = fileURLToPath(new URL('../../dist/communique.js', import.meta.url));
    assert.ok(existsSync(bundle), 'dist/communique.js is missing: npm ci (or npm run build) makes it');
    const fromBundle = spawnSync(process.execPath, [bundle, '--help'], { encoding: 'utf8' });
    const fromSource = run(['--help'], { COMMUNIQUE_FROM_SOURCE: '1' });
    assert.equal(fromBundle.status, 0, fromBundle.stderr);
    assert.equal(fromSource.status, 0, fromSource.stderr);
    assert.equal(fromBundle.stdout, fromSource.stdout);
  });

  test('migrate, then seed-demo, then seed-demo again leaves the data alone', () => {
    const url = `sqlite:${join(tempDir(), 'site.db')}`;
    const m = run(['migrate'], { DATABASE_URL: url });
    assert.equal(m.status, 0, m.stderr);
    assert.match(m.stdout, /applied \d+ migration\(s\): 001-core/);
    assert.match(run(['migrate'], { DATABASE_URL: url }).stdout, /up to date/);
    const s = run(['seed-demo'], { DATABASE_URL: url });
    assert.equal(s.status, 0, s.stderr);
    assert.match(s.stdout, /demo archive loaded: \d+ documents/);
    assert.match(run(['seed-demo'], { DATABASE_URL: url }).stdout, /already has content/);
  });

  test('backup, restore and migrate-data copy a site; an existing backup file is never overwritten', async () => {
    const dir = tempDir();
    const source = `sqlite:${join(dir, 'a.db')}`;
    const restored = `sqlite:${join(dir, 'b.db')}`;
    const copied = `sqlite:${join(dir, 'c.db')}`;
    const file = join(dir, 'site.backup.gz');
    assert.equal(run(['seed-demo'], { DATABASE_URL: source }).status, 0);
    const b = run(['backup', file], { DATABASE_URL: source });
    assert.equal(b.status, 0, b.stderr);
    assert.match(b.stdout, /backed up \d+ rows from \d+ tables/);
    const again = run(['backup', file], { DATABASE_URL: source });
    assert.notEqual(again.status, 0);
    assert.match(again.stderr, /already exists/);
    const r = run(['restore', file], { DATABASE_URL: restored });
    assert.equal(r.status, 0, r.stderr);
    const twice = run(['restore', file], { DATABASE_URL: restored });
    assert.notEqual(twice.status, 0);
    assert.match(twice.stderr, /already holds data/);
    const m = run(['migrate-data', '--from', source, '--to', copied]);
    assert.equal(m.status, 0, m.stderr);
    const [a, bStore, c] = await Promise.all([source, restored, copied].map((u) => openStore(u)));
    try {
      const digest = await siteDigest(a!);
      assert.deepEqual(await siteDigest(bStore!), digest);
      assert.deepEqual(await siteDigest(c!), digest);
    } finally {
      for (const s of [a, bStore, c]) await s!.close();
    }
  });

  test('an unwritable database path gives one clear line and a non-zero exit', (t) => {
    if (process.getuid?.() === 0) {
      // root can write anywhere; use a path under a regular file instead, which nobody can create.
    }
    const dir = tempDir();
    const file = join(dir, 'not-a-dir');
    spawnSync('touch', [file]);
    const r = run(['migrate'], { DATABASE_URL: `sqlite:${join(file, 'x.db')}` });
    assert.notEqual(r.status, 0);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0]!, /^communique: error: cannot open SQLite database at .*not-a-dir\/x\.db/);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    void t;
  });

  test('an unreachable PostgreSQL gives one clear line without the password', async () => {
    const port = await freePort();
    const r = run(['migrate'], { DATABASE_URL: `postgres://someone:s3cret@127.0.0.1:${port}/nothing` });
    assert.notEqual(r.status, 0);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0]!, new RegExp(`^communique: error: cannot connect to PostgreSQL at postgres://someone:\\*\\*\\*@127\\.0\\.0\\.1:${port}/nothing`));
    assert.doesNotMatch(r.stderr, /s3cret/);
  });

  test('a bad DATABASE_URL or PORT is named', () => {
    assert.match(run(['migrate'], { DATABASE_URL: 'mysql://x' }).stderr, /DATABASE_URL must start with sqlite: or postgres:\/\//);
    assert.match(run(['serve'], { PORT: 'eighty', DATABASE_URL: `sqlite:${join(tempDir(), 'p.db')}` }).stderr, /PORT must be a whole number/);
  });

  test('serve --demo creates, fills and serves a new database, and stops cleanly on SIGTERM', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'data'));
    const port = await freePort();
    const child = spawn(process.execPath, [BIN, 'serve', '--demo'], {
      cwd: dir, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: 'sqlite:./data/communique.db', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    let exitCode: number | null | undefined;
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => { exitCode = code; resolve(code); }));
    try {
      let res: Response | undefined;
      for (let i = 0; i < 300 && !res && exitCode === undefined; i++) {
        try { res = await fetch(`http://127.0.0.1:${port}/en/news/`); } catch { await new Promise((r) => setTimeout(r, 100)); }
      }
      assert.ok(res, `server did not come up: ${stderr}`);
      assert.equal(res.status, 200);
      const html = await res.text();
      assert.equal(html.match(/class="item-card"/g)?.length, 10, 'the first page of all news is full');
    } finally {
      child.kill('SIGTERM');
      assert.equal(await exited, 0, stderr);
    }
    chmodSync(dir, 0o755);
  });
});
