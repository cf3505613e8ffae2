/** Reads of staff accounts. */
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import type { Role } from './domain.ts';

export interface AccountSummary {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  locale: string;
  timeZone: string;
  totpEnabled: boolean;
  disabled: boolean;
}

export async function listAccounts(db: Kysely<DB>): Promise<AccountSummary[]> {
  const rows = await db.selectFrom('account').selectAll().orderBy('email').execute();
  return rows.map((r) => ({
    id: r.id, email: r.email, displayName: r.display_name, role: r.role as Role, locale: r.locale, timeZone: r.time_zone,
    totpEnabled: r.totp_enabled === 1, disabled: r.disabled === 1,
  }));
}

export async function findAccountByEmail(db: Kysely<DB>, email: string) {
  return db.selectFrom('account').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
}

export async function findAccount(db: Kysely<DB>, id: number) {
  return db.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countActiveSessions(db: Kysely<DB>, accountId: number): Promise<number> {
  const row = await db.selectFrom('account_session').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_id', '=', accountId).where('revoked_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.n);
}
