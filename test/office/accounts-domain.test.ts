/** Roles, passwords, session timeouts and login delays (pure). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { can, loginDelayMs, passwordProblem, requiresTotp, sessionEnd, MAX_LOGIN_DELAY_MS, SESSION_IDLE_MS } from '../../src/accounts/domain.ts';

test('roles grant what the issue says', () => {
  assert.equal(can('contributor', 'edition.edit_own'), true);
  assert.equal(can('contributor', 'edition.edit_any'), false);
  assert.equal(can('contributor', 'edition.submit'), false);
  assert.equal(can('editor', 'edition.edit_any'), true);
  assert.equal(can('editor', 'edition.submit'), true);
  assert.equal(can('editor', 'edition.review'), false);
  assert.equal(can('publisher', 'edition.review'), true);
  assert.equal(can('publisher', 'account.manage'), false);
  assert.equal(can('admin', 'account.manage'), true);
  assert.equal(can('admin', 'audit.read'), true);
});

test('TOTP is required for publishers and admins only', () => {
  assert.deepEqual((['contributor', 'editor', 'publisher', 'admin'] as const).map(requiresTotp), [false, false, true, true]);
});

test('password rules', () => {
  assert.equal(passwordProblem('short', 'a@b.org'), 'tooShort');
  assert.equal(passwordProblem('a@b.org.long.enough', 'A@B.ORG.long.enough'), 'sameAsEmail');
  assert.equal(passwordProblem('correct horse battery', 'a@b.org'), null);
});

test('sessions end when revoked, idle or past their absolute end', () => {
  const now = new Date('2026-01-01T12:00:00Z');
  const fresh = { lastSeenAt: '2026-01-01T11:59:00Z', expiresAt: '2026-01-01T20:00:00Z', revokedAt: null };
  assert.equal(sessionEnd(fresh, now), null);
  assert.equal(sessionEnd({ ...fresh, revokedAt: '2026-01-01T11:59:30Z' }, now), 'revoked');
  assert.equal(sessionEnd({ ...fresh, lastSeenAt: new Date(now.getTime() - SESSION_IDLE_MS).toISOString() }, now), 'idle');
  assert.equal(sessionEnd({ ...fresh, expiresAt: '2026-01-01T12:00:00Z' }, now), 'expired');
});

test('login delays grow and are capped', () => {
  assert.deepEqual([1, 2, 3].map(loginDelayMs), [0, 0, 0]);
  assert.deepEqual([4, 5, 6].map(loginDelayMs), [2000, 4000, 8000]);
  assert.equal(loginDelayMs(100), MAX_LOGIN_DELAY_MS);
});
