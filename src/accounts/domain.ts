/**
 * Staff accounts: roles and what each may do, password rules, session timeouts and login
 * throttling delays. Pure — no storage, no HTTP.
 */
export const ROLES = ['contributor', 'editor', 'publisher', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** What a signed-in person may do in the office. */
export type Permission =
  | 'document.create'      // write a new item (own draft)
  | 'edition.edit_own'     // edit own drafts
  | 'edition.edit_any'     // edit anyone's draft
  | 'edition.submit'
  | 'edition.review'       // reject, approve/publish, schedule, withdraw, force publish
  | 'force.review'         // review others' forced publications
  | 'account.manage'
  | 'audit.read';

const GRANTS: Record<Role, readonly Permission[]> = {
  contributor: ['document.create', 'edition.edit_own'],
  editor: ['document.create', 'edition.edit_own', 'edition.edit_any', 'edition.submit'],
  publisher: ['document.create', 'edition.edit_own', 'edition.edit_any', 'edition.submit', 'edition.review', 'force.review'],
  admin: ['document.create', 'edition.edit_own', 'edition.edit_any', 'edition.submit', 'edition.review', 'force.review', 'account.manage', 'audit.read'],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

/** Publishers and admins must use a second factor. */
export function requiresTotp(role: Role): boolean {
  return role === 'publisher' || role === 'admin';
}

export const PASSWORD_MIN_LENGTH = 12;

/** Why a new password is not acceptable ('' = fine). Returned as a message key. */
export function passwordProblem(password: string, email: string): 'tooShort' | 'tooLong' | 'sameAsEmail' | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (password.length > 1024) return 'tooLong';
  if (password.toLowerCase() === email.toLowerCase()) return 'sameAsEmail';
  return null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function isEmail(value: string): boolean {
  return EMAIL.test(value) && value.length <= 254;
}
export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

/** Session lifetime: ends after `idleMs` without a request, and `absoluteMs` after login whatever happens. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;

export interface SessionFacts {
  lastSeenAt: string;
  expiresAt: string;
  revokedAt: string | null;
}
export type SessionEnd = 'revoked' | 'idle' | 'expired' | null;

/** Why a session is no longer valid at `now`, or null when it still is. */
export function sessionEnd(session: SessionFacts, now: Date, idleMs = SESSION_IDLE_MS): SessionEnd {
  if (session.revokedAt) return 'revoked';
  if (now.getTime() >= Date.parse(session.expiresAt)) return 'expired';
  if (now.getTime() - Date.parse(session.lastSeenAt) >= idleMs) return 'idle';
  return null;
}

/** Failures allowed before delays start. */
export const FREE_LOGIN_FAILURES = 3;
export const MAX_LOGIN_DELAY_MS = 15 * 60 * 1000;

/** How long to lock after the n-th consecutive failure: nothing at first, then 2 s, 4 s, 8 s … up to 15 minutes. */
export function loginDelayMs(failures: number): number {
  if (failures <= FREE_LOGIN_FAILURES) return 0;
  return Math.min(MAX_LOGIN_DELAY_MS, 1000 * 2 ** (failures - FREE_LOGIN_FAILURES));
}
