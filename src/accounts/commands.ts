/**
 * Writes for staff accounts: creation, passwords (argon2id), TOTP enrolment, sessions stored in
 * the database (revocable, a new id at each login, idle and absolute timeouts) and login
 * throttling per account and per address with growing delays (in the database, so every app
 * instance sees the same counts).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { hash, verify } from '@node-rs/argon2';
import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';
import type { DB } from '../platform/db/schema.ts';
import type { Store } from '../platform/db/connect.ts';
import { AppError } from '../platform/errors.ts';
import { isLocale } from '../platform/i18n/locales.ts';
import { isTimeZone } from '../platform/time.ts';
import { auditRecorder } from '../audit/commands.ts';
import {
  isEmail, isRole, loginDelayMs, normalizeEmail, passwordProblem, requiresTotp, sessionEnd,
  SESSION_ABSOLUTE_MS, type Role,
} from './domain.ts';

type Tx = Kysely<DB>;

/** argon2id (the library's default algorithm) with its default cost (19 MiB, 2 passes). */
export async function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: 2 /* Argon2id */ });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A random password for first start and resets: 20 characters, easy to type. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(20);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

const PASSWORD_PROBLEM_TEXT = {
  tooShort: 'the password must have at least 12 characters',
  tooLong: 'the password must have at most 1024 characters',
  sameAsEmail: 'the password must not be the e-mail address',
} as const;

export interface AccountInput {
  email: string;
  displayName?: string;
  role: Role;
  password: string;
  locale?: string;
  timeZone?: string;
  actorId?: number | null;
  now?: string;
}

export async function accountCreator(trx: Tx, input: AccountInput): Promise<number> {
  const email = normalizeEmail(input.email);
  if (!isEmail(email)) throw new AppError('input.invalid', `"${input.email}" is not an e-mail address`, { where: 'email' });
  if (!isRole(input.role)) throw new AppError('input.invalid', `role "${String(input.role)}" is not one of contributor, editor, publisher, admin`, { where: 'role' });
  const problem = passwordProblem(input.password, email);
  if (problem) throw new AppError('input.invalid', PASSWORD_PROBLEM_TEXT[problem], { where: 'password' });
  const locale = input.locale ?? 'en';
  if (!isLocale(locale)) throw new AppError('input.invalid', `locale "${locale}" is not one of en, ru`, { where: 'locale' });
  const timeZone = input.timeZone ?? 'Europe/Moscow';
  if (!isTimeZone(timeZone)) throw new AppError('input.invalid', `"${timeZone}" is not an IANA time zone`, { where: 'time_zone' });
  const existing = await trx.selectFrom('account').select('id').where('email', '=', email).executeTakeFirst();
  if (existing) throw new AppError('conflict', `an account for ${email} already exists`, { where: 'email' });
  const now = input.now ?? new Date().toISOString();
  const { id } = await trx.insertInto('account').values({
    email, display_name: input.displayName?.trim() || email, role: input.role, password_hash: await hashPassword(input.password),
    totp_secret: null, totp_enabled: 0, totp_last_step: null, locale, time_zone: timeZone, disabled: 0, created_at: now, updated_at: now,
  }).returning('id').executeTakeFirstOrThrow();
  await auditRecorder(trx, { accountId: input.actorId ?? null, action: 'account.create', entity: 'account', entityId: id, after: { email, role: input.role, locale, timeZone }, at: now });
  return id;
}

/** Sets a new password and ends every session of the account. */
export async function passwordSetter(trx: Tx, input: { accountId: number; password: string; actorId?: number | null; now?: string }): Promise<void> {
  const account = await trx.selectFrom('account').select(['id', 'email']).where('id', '=', input.accountId).executeTakeFirst();
  if (!account) throw new AppError('not_found', `account ${input.accountId} does not exist`, { where: 'account' });
  const problem = passwordProblem(input.password, account.email);
  if (problem) throw new AppError('input.invalid', PASSWORD_PROBLEM_TEXT[problem], { where: 'password' });
  const now = input.now ?? new Date().toISOString();
  await trx.updateTable('account').set({ password_hash: await hashPassword(input.password), updated_at: now }).where('id', '=', account.id).execute();
  await sessionsEnder(trx, { accountId: account.id, reason: 'password_changed', now });
  await auditRecorder(trx, { accountId: input.actorId ?? account.id, action: 'account.password', entity: 'account', entityId: account.id, at: now });
}

export async function accountUpdater(trx: Tx, input: { accountId: number; actorId: number; role?: Role; disabled?: boolean; locale?: string; timeZone?: string; displayName?: string; now?: string }): Promise<void> {
  const before = await trx.selectFrom('account').select(['role', 'disabled', 'locale', 'time_zone', 'display_name']).where('id', '=', input.accountId).executeTakeFirst();
  if (!before) throw new AppError('not_found', `account ${input.accountId} does not exist`, { where: 'account' });
  if (input.role !== undefined && !isRole(input.role)) throw new AppError('input.invalid', `role "${String(input.role)}" is not one of contributor, editor, publisher, admin`, { where: 'role' });
  if (input.locale !== undefined && !isLocale(input.locale)) throw new AppError('input.invalid', `locale "${input.locale}" is not one of en, ru`, { where: 'locale' });
  if (input.timeZone !== undefined && !isTimeZone(input.timeZone)) throw new AppError('input.invalid', `"${input.timeZone}" is not an IANA time zone`, { where: 'time_zone' });
  const now = input.now ?? new Date().toISOString();
  const after = {
    role: input.role ?? before.role,
    disabled: input.disabled === undefined ? before.disabled : input.disabled ? 1 : 0,
    locale: input.locale ?? before.locale,
    time_zone: input.timeZone ?? before.time_zone,
    display_name: input.displayName?.trim() || before.display_name,
  };
  await trx.updateTable('account').set({ ...after, updated_at: now }).where('id', '=', input.accountId).execute();
  if (after.disabled === 1 && before.disabled === 0) await sessionsEnder(trx, { accountId: input.accountId, reason: 'disabled', now });
  await auditRecorder(trx, { accountId: input.actorId, action: 'account.update', entity: 'account', entityId: input.accountId, before, after, at: now });
}

// ---- sessions ----

export function tokenDigest(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Starts a new session (a fresh random id every login) and returns its token for the cookie. */
export async function sessionStarter(trx: Tx, input: { accountId: number; now?: string; absoluteMs?: number }): Promise<string> {
  const now = input.now ?? new Date().toISOString();
  const token = randomBytes(32).toString('base64url');
  await trx.insertInto('account_session').values({
    id: tokenDigest(token), account_id: input.accountId, created_at: now, last_seen_at: now,
    expires_at: new Date(Date.parse(now) + (input.absoluteMs ?? SESSION_ABSOLUTE_MS)).toISOString(), revoked_at: null, revoked_reason: null,
  }).execute();
  return token;
}

export async function sessionEnder(trx: Tx, input: { token: string; reason: string; now?: string }): Promise<void> {
  await trx.updateTable('account_session').set({ revoked_at: input.now ?? new Date().toISOString(), revoked_reason: input.reason })
    .where('id', '=', tokenDigest(input.token)).where('revoked_at', 'is', null).execute();
}

export async function sessionsEnder(trx: Tx, input: { accountId: number; reason: string; now?: string }): Promise<number> {
  const result = await trx.updateTable('account_session').set({ revoked_at: input.now ?? new Date().toISOString(), revoked_reason: input.reason })
    .where('account_id', '=', input.accountId).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export interface SessionAccount {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  locale: 'en' | 'ru';
  timeZone: string;
  totpEnabled: boolean;
}

/**
 * The account behind a session token, when the session is still valid; records the activity
 * (sliding idle timeout). Returns null for unknown, revoked, idle or expired sessions.
 */
export async function sessionResumer(db: Tx, input: { token: string; now?: Date; idleMs?: number }): Promise<SessionAccount | null> {
  const now = input.now ?? new Date();
  const row = await db.selectFrom('account_session')
    .innerJoin('account', 'account.id', 'account_session.account_id')
    .select([
      'account_session.id as sessionId', 'account_session.last_seen_at', 'account_session.expires_at', 'account_session.revoked_at',
      'account.id', 'account.email', 'account.display_name', 'account.role', 'account.locale', 'account.time_zone', 'account.totp_enabled', 'account.disabled',
    ])
    .where('account_session.id', '=', tokenDigest(input.token))
    .executeTakeFirst();
  if (!row || row.disabled === 1) return null;
  const end = sessionEnd({ lastSeenAt: row.last_seen_at, expiresAt: row.expires_at, revokedAt: row.revoked_at }, now, input.idleMs);
  if (end) {
    if (end !== 'revoked') {
      await db.updateTable('account_session').set({ revoked_at: now.toISOString(), revoked_reason: end }).where('id', '=', row.sessionId).where('revoked_at', 'is', null).execute();
    }
    return null;
  }
  // Touch at most once a minute: fewer writes, same idle timeout to the minute.
  if (now.getTime() - Date.parse(row.last_seen_at) > 60_000) {
    await db.updateTable('account_session').set({ last_seen_at: now.toISOString() }).where('id', '=', row.sessionId).execute();
  }
  return {
    id: row.id, email: row.email, displayName: row.display_name, role: row.role as Role,
    locale: row.locale === 'ru' ? 'ru' : 'en', timeZone: row.time_zone, totpEnabled: row.totp_enabled === 1,
  };
}

// ---- TOTP ----

function totpFor(secret: string, label: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({ issuer: 'Communiqué', label, algorithm: 'SHA1', digits: 6, period: 30, secret: OTPAuth.Secret.fromBase32(secret) });
}

/** Starts (or restarts) enrolment: a new secret, not trusted until a code from it is confirmed. */
export async function totpEnroller(trx: Tx, input: { accountId: number }): Promise<{ secret: string; uri: string; qrDataUrl: string }> {
  const account = await trx.selectFrom('account').select(['email', 'totp_enabled']).where('id', '=', input.accountId).executeTakeFirstOrThrow();
  if (account.totp_enabled === 1) throw new AppError('conflict', 'a second factor is already set up for this account', { where: 'totp' });
  const secret = new OTPAuth.Secret({ size: 20 }).base32;
  await trx.updateTable('account').set({ totp_secret: secret }).where('id', '=', input.accountId).execute();
  return totpDetails(secret, account.email);
}

export async function totpDetails(secret: string, email: string): Promise<{ secret: string; uri: string; qrDataUrl: string }> {
  const uri = totpFor(secret, email).toString();
  return { secret, uri, qrDataUrl: await QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2, width: 220 }) };
}

/** True when `code` is valid now (±1 step) and newer than the last accepted one; remembers its step. */
async function totpAccept(trx: Tx, account: { id: number; email: string; totp_secret: string | null; totp_last_step: number | null }, code: string, now: Date): Promise<boolean> {
  if (!account.totp_secret || !/^\d{6}$/.test(code.trim())) return false;
  const totp = totpFor(account.totp_secret, account.email);
  const delta = totp.validate({ token: code.trim(), timestamp: now.getTime(), window: 1 });
  if (delta === null) return false;
  const step = Math.floor(now.getTime() / 30_000) + delta;
  if (account.totp_last_step !== null && step <= Number(account.totp_last_step)) return false;
  await trx.updateTable('account').set({ totp_last_step: step }).where('id', '=', account.id).execute();
  return true;
}

export async function totpConfirmer(trx: Tx, input: { accountId: number; code: string; now?: Date }): Promise<boolean> {
  const account = await trx.selectFrom('account').select(['id', 'email', 'totp_secret', 'totp_last_step', 'totp_enabled']).where('id', '=', input.accountId).executeTakeFirstOrThrow();
  if (account.totp_enabled === 1) return true;
  const ok = await totpAccept(trx, account, input.code, input.now ?? new Date());
  if (!ok) return false;
  await trx.updateTable('account').set({ totp_enabled: 1, updated_at: (input.now ?? new Date()).toISOString() }).where('id', '=', account.id).execute();
  await auditRecorder(trx, { accountId: account.id, action: 'account.totp_enabled', entity: 'account', entityId: account.id });
  return true;
}

/** Removes the second factor (admin reset); the owner has to enrol again at next login. */
export async function totpResetter(trx: Tx, input: { accountId: number; actorId: number }): Promise<void> {
  await trx.updateTable('account').set({ totp_secret: null, totp_enabled: 0, totp_last_step: null }).where('id', '=', input.accountId).execute();
  await sessionsEnder(trx, { accountId: input.accountId, reason: 'totp_reset' });
  await auditRecorder(trx, { accountId: input.actorId, action: 'account.totp_reset', entity: 'account', entityId: input.accountId });
}

// ---- login ----

export type LoginResult =
  | { ok: true; token: string; accountId: number; mustEnrolTotp: boolean }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number }
  | { ok: false; reason: 'invalid' | 'totp_required' | 'totp_invalid' };

// A real argon2id hash of a random password: unknown e-mail addresses cost the same time as known ones.
let dummyHash: Promise<string> | undefined;

function throttleKeys(email: string, address: string): string[] {
  return [`account:${email}`, `address:${address}`];
}

/** Milliseconds until the next attempt may be examined (0 = now). */
export async function loginRetryAfter(db: Tx, keys: string[], now: Date): Promise<number> {
  const rows = await db.selectFrom('login_throttle').select('locked_until').where('key', 'in', keys).execute();
  let wait = 0;
  for (const r of rows) if (r.locked_until) wait = Math.max(wait, Date.parse(r.locked_until) - now.getTime());
  return Math.max(0, wait);
}

export async function loginFailureRecorder(trx: Tx, keys: string[], now: Date): Promise<void> {
  for (const key of keys) {
    const row = await trx.selectFrom('login_throttle').select('failures').where('key', '=', key).executeTakeFirst();
    const failures = (row?.failures ?? 0) + 1;
    const delay = loginDelayMs(failures);
    const values = { failures, last_failure_at: now.toISOString(), locked_until: delay > 0 ? new Date(now.getTime() + delay).toISOString() : null };
    await trx.insertInto('login_throttle').values({ key, ...values })
      .onConflict((oc) => oc.column('key').doUpdateSet(values)).execute();
  }
}

/**
 * Checks a login: throttling first (a locked account or address is refused without looking at
 * the password), then the password, then the second factor when the role requires one and it is
 * set up. Success starts a new session.
 */
export async function loginAttempt(db: Kysely<DB>, input: { email: string; password: string; code?: string; address: string; now?: Date }): Promise<LoginResult> {
  const now = input.now ?? new Date();
  const email = normalizeEmail(input.email);
  const keys = throttleKeys(email, input.address);
  const wait = await loginRetryAfter(db, keys, now);
  if (wait > 0) return { ok: false, reason: 'throttled', retryAfterSeconds: Math.ceil(wait / 1000) };
  const account = await db.selectFrom('account').selectAll().where('email', '=', email).executeTakeFirst();
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const passwordOk = await verifyPassword(account?.password_hash ?? await dummyHash, input.password);
  return db.transaction().execute(async (trx): Promise<LoginResult> => {
    if (!account || !passwordOk || account.disabled === 1) {
      await loginFailureRecorder(trx, keys, now);
      return { ok: false, reason: 'invalid' };
    }
    const role = account.role as Role;
    if (account.totp_enabled === 1) {
      if (!input.code?.trim()) return { ok: false, reason: 'totp_required' };
      if (!(await totpAccept(trx, account, input.code, now))) {
        await loginFailureRecorder(trx, keys, now);
        return { ok: false, reason: 'totp_invalid' };
      }
    }
    await trx.deleteFrom('login_throttle').where('key', 'in', keys).execute();
    const token = await sessionStarter(trx, { accountId: account.id, now: now.toISOString() });
    await auditRecorder(trx, { accountId: account.id, action: 'account.login', entity: 'account', entityId: account.id, at: now.toISOString() });
    return { ok: true, token, accountId: account.id, mustEnrolTotp: requiresTotp(role) && account.totp_enabled !== 1 };
  });
}

// ---- settings & first start ----

/** A setting stored in the database, created with `make()` the first time (race-safe across instances). */
export async function officeSetting(db: Kysely<DB>, key: string, make: () => string): Promise<string> {
  const existing = await db.selectFrom('office_setting').select('value').where('key', '=', key).executeTakeFirst();
  if (existing) return existing.value;
  await db.insertInto('office_setting').values({ key, value: make() }).onConflict((oc) => oc.column('key').doNothing()).execute();
  const row = await db.selectFrom('office_setting').select('value').where('key', '=', key).executeTakeFirstOrThrow();
  return row.value;
}

export const FIRST_ADMIN_EMAIL = 'admin@localhost.localdomain';

/**
 * On first start (no account at all): creates an admin with a random one-time password and
 * writes it ONCE to `write` (the console) — never to the log. Returns whether it created one.
 */
export async function firstAdminEnsurer(store: Store, write: (text: string) => void = (t) => process.stdout.write(t)): Promise<boolean> {
  const db = store.db;
  const password = generatePassword();
  let created: boolean;
  try {
    created = await db.transaction().execute(async (trx) => {
      const any = await trx.selectFrom('account').select('id').limit(1).executeTakeFirst();
      if (any) return false;
      await accountCreator(trx, { email: FIRST_ADMIN_EMAIL, displayName: 'Administrator', role: 'admin', password });
      return true;
    });
  } catch (error) {
    // Another instance starting at the same moment was first.
    if ((error instanceof AppError && error.code === 'conflict') || store.dialect.isUniqueViolation(error)) return false;
    throw error;
  }
  if (created) {
    write(
      '\nNo staff account existed, so one administrator account was created.\n' +
      `  e-mail:   ${FIRST_ADMIN_EMAIL}\n` +
      `  password: ${password}\n` +
      'This password is shown only this once. Sign in at /office/, set up the second factor and\n' +
      'change the password (or use `communique user reset-password`).\n\n',
    );
  }
  return created;
}
