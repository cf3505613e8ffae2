/** `communique user add|reset-password` and the first-start administrator, as real processes. */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { openStore } from '../../src/platform/db/connect.ts';
import { loginAttempt } from '../../src/accounts/commands.ts';

const BIN = fileURLToPath(new URL('../../bin/communique.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'communique-user-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });
}

async function canLogin(url: string, email: string, password: string, address: string): Promise<boolean> {
  const store = await openStore(url);
  try {
    return (await loginAttempt(store.db, { email, password, address })).ok;
  } finally {
    await store.close();
  }
}

test('user add prints a one-time password that works; reset-password replaces it', async () => {
  const url = `sqlite:${join(dir, 'users.db')}`;
  const added = run(['user', 'add', 'Press.Officer@example.org', '--role', 'editor'], { DATABASE_URL: url });
  assert.equal(added.status, 0, added.stderr);
  const password = /one-time password \(shown only now\): (\S+)/.exec(added.stdout)?.[1];
  assert.ok(password, added.stdout);
  assert.equal(await canLogin(url, 'press.officer@example.org', password, '10.0.0.1'), true);

  const again = run(['user', 'add', 'press.officer@example.org', '--role', 'editor'], { DATABASE_URL: url });
  assert.notEqual(again.status, 0);
  assert.match(again.stderr, /already exists/);
  const badRole = run(['user', 'add', 'x@example.org', '--role', 'emperor'], { DATABASE_URL: url });
  assert.notEqual(badRole.status, 0);
  assert.match(badRole.stderr, /--role "emperor" is not one of contributor, editor, publisher, admin/);

  const reset = run(['user', 'reset-password', 'press.officer@example.org'], { DATABASE_URL: url });
  assert.equal(reset.status, 0, reset.stderr);
  const newPassword = /: (\S+)\n$/.exec(reset.stdout)?.[1];
  assert.ok(newPassword && newPassword !== password);
  assert.equal(await canLogin(url, 'press.officer@example.org', password, '10.0.0.2'), false);
  assert.equal(await canLogin(url, 'press.officer@example.org', newPassword, '10.0.0.3'), true);
  const missing = run(['user', 'reset-password', 'nobody@example.org'], { DATABASE_URL: url });
  assert.notEqual(missing.status, 0);
  assert.match(missing.stderr, /no account with e-mail nobody@example.org/);
});

async function serveOnce(url: string): Promise<string> {
  const port = await new Promise<number>((resolve) => { const s = createServer().listen(0, '127.0.0.1', () => { const p = (s.address() as { port: number }).port; s.close(() => resolve(p)); }); });
  const child = spawn(process.execPath, [BIN, 'serve'], { env: { ...process.env, DATABASE_URL: url, PORT: String(port), LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { out += d; });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  try {
    for (let i = 0; i < 300; i++) {
      try { await fetch(`http://127.0.0.1:${port}/office/login`); break; } catch { await new Promise((r) => setTimeout(r, 100)); }
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
  return out;
}

test('first start with no account creates an admin and prints its password once, outside the log', async () => {
  const url = `sqlite:${join(dir, 'first.db')}`;
  const first = await serveOnce(url);
  const password = /password: (\S+)/.exec(first)?.[1];
  assert.ok(password, first);
  const logLines = first.split('\n').filter((l) => l.startsWith('{'));
  assert.ok(logLines.length > 0, 'pino logged something');
  assert.ok(logLines.every((l) => !l.includes(password)), 'the password is not in the log');
  assert.equal(await canLogin(url, 'admin@localhost.localdomain', password, '10.0.1.1'), true);
  const second = await serveOnce(url);
  assert.doesNotMatch(second, /password:/);
});
