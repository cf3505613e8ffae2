/** Reads of the audit log, for the admins' browse-and-filter page. */
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';

export interface AuditFilter {
  accountId?: number | null;
  action?: string | null;
  entity?: string | null;
  entityId?: string | null;
  /** ISO instants, inclusive from / exclusive to. */
  from?: string | null;
  to?: string | null;
  limit?: number;
  offset?: number;
}

export interface AuditRow {
  id: number;
  at: string;
  accountId: number | null;
  accountEmail: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
}

export async function listAuditEvents(db: Kysely<DB>, filter: AuditFilter = {}): Promise<{ rows: AuditRow[]; total: number }> {
  let q = db.selectFrom('audit_event').leftJoin('account', 'account.id', 'audit_event.account_id');
  if (filter.accountId) q = q.where('audit_event.account_id', '=', filter.accountId);
  if (filter.action) q = q.where('audit_event.action', '=', filter.action);
  if (filter.entity) q = q.where('audit_event.entity', '=', filter.entity);
  if (filter.entityId) q = q.where('audit_event.entity_id', '=', filter.entityId);
  if (filter.from) q = q.where('audit_event.at', '>=', filter.from);
  if (filter.to) q = q.where('audit_event.at', '<', filter.to);
  const [rows, count] = await Promise.all([
    q.select([
      'audit_event.id', 'audit_event.at', 'audit_event.account_id as accountId', 'account.email as accountEmail',
      'audit_event.action', 'audit_event.entity', 'audit_event.entity_id as entityId',
      'audit_event.before_json as before', 'audit_event.after_json as after',
    ]).orderBy('audit_event.at', 'desc').orderBy('audit_event.id', 'desc')
      .limit(filter.limit ?? 50).offset(filter.offset ?? 0).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** The distinct actions recorded, for the filter's choices. */
export async function listAuditActions(db: Kysely<DB>): Promise<string[]> {
  const rows = await db.selectFrom('audit_event').select('action').distinct().orderBy('action').execute();
  return rows.map((r) => r.action);
}
