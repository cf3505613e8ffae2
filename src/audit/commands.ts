/** Writes to the audit log: every change in the office records who, what, which record, when, before/after. */
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';

export interface AuditInput {
  accountId: number | null;
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  at?: string;
}

/** Records one audit event inside the caller's transaction (so it commits or rolls back with the change). */
export async function auditRecorder(trx: Kysely<DB>, input: AuditInput): Promise<void> {
  await trx.insertInto('audit_event').values({
    account_id: input.accountId,
    action: input.action,
    entity: input.entity,
    entity_id: input.entityId === undefined || input.entityId === null ? null : String(input.entityId),
    at: input.at ?? new Date().toISOString(),
    before_json: input.before === undefined ? null : JSON.stringify(input.before),
    after_json: input.after === undefined ? null : JSON.stringify(input.after),
  }).execute();
}
