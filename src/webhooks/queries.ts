/** Named reads of the webhooks capability. */
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import type { WebhookDeliveryStatus } from '../platform/db/schema/webhooks.ts';

type Db = Kysely<DB>;

export interface WebhookSummary {
  id: number;
  url: string;
  events: string[];
  active: boolean;
  createdAt: string;
}

/** Configured hooks, without their secrets. */
export async function listWebhooks(db: Db): Promise<WebhookSummary[]> {
  const rows = await db.selectFrom('webhook').select(['id', 'url', 'events', 'active', 'created_at']).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, url: r.url, events: JSON.parse(r.events) as string[], active: r.active === 1, createdAt: r.created_at }));
}

export async function findWebhookSecret(db: Db, id: number): Promise<{ url: string; secret: string } | undefined> {
  return db.selectFrom('webhook').select(['url', 'secret']).where('id', '=', id).executeTakeFirst();
}

export interface DeliverySummary {
  id: number;
  webhookId: number;
  url: string;
  event: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

/** The delivery log, newest first. */
export async function listDeliveries(db: Db, options: { limit: number; webhookId?: number; status?: WebhookDeliveryStatus }): Promise<DeliverySummary[]> {
  let q = db.selectFrom('webhook_delivery').innerJoin('webhook', 'webhook.id', 'webhook_delivery.webhook_id')
    .select([
      'webhook_delivery.id', 'webhook_delivery.webhook_id', 'webhook.url', 'webhook_delivery.event', 'webhook_delivery.status',
      'webhook_delivery.attempts', 'webhook_delivery.next_attempt_at', 'webhook_delivery.last_status_code', 'webhook_delivery.last_error',
      'webhook_delivery.created_at', 'webhook_delivery.delivered_at',
    ]);
  if (options.webhookId !== undefined) q = q.where('webhook_delivery.webhook_id', '=', options.webhookId);
  if (options.status !== undefined) q = q.where('webhook_delivery.status', '=', options.status);
  const rows = await q.orderBy('webhook_delivery.id', 'desc').limit(options.limit).execute();
  return rows.map((r) => ({
    id: r.id, webhookId: r.webhook_id, url: r.url, event: r.event, status: r.status, attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at, lastStatusCode: r.last_status_code, lastError: r.last_error, createdAt: r.created_at, deliveredAt: r.delivered_at,
  }));
}

export interface AttemptRow {
  attemptedAt: string;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export async function deliveryAttempts(db: Db, deliveryId: number): Promise<AttemptRow[]> {
  const rows = await db.selectFrom('webhook_attempt').select(['attempted_at', 'status_code', 'error', 'duration_ms'])
    .where('delivery_id', '=', deliveryId).orderBy('id').execute();
  return rows.map((r) => ({ attemptedAt: r.attempted_at, statusCode: r.status_code, error: r.error, durationMs: r.duration_ms }));
}

export interface DueDelivery {
  id: number;
  webhookId: number;
  event: string;
  payload: string;
  nextAttemptAt: string;
  url: string;
  secret: string;
}

/** Pending deliveries whose time has come, oldest first. */
export async function dueDeliveries(db: Db, now: string, limit: number): Promise<DueDelivery[]> {
  const rows = await db.selectFrom('webhook_delivery').innerJoin('webhook', 'webhook.id', 'webhook_delivery.webhook_id')
    .select(['webhook_delivery.id', 'webhook_delivery.webhook_id', 'webhook_delivery.event', 'webhook_delivery.payload', 'webhook_delivery.next_attempt_at', 'webhook.url', 'webhook.secret'])
    .where('webhook_delivery.status', '=', 'pending')
    .where('webhook_delivery.next_attempt_at', '<=', now)
    .orderBy('webhook_delivery.next_attempt_at').orderBy('webhook_delivery.id')
    .limit(limit).execute();
  return rows.map((r) => ({ id: r.id, webhookId: r.webhook_id, event: r.event, payload: r.payload, nextAttemptAt: r.next_attempt_at!, url: r.url, secret: r.secret }));
}

/** When the next pending delivery is due, if any. */
export async function nextDueAt(db: Db): Promise<string | null> {
  const row = await db.selectFrom('webhook_delivery').select('next_attempt_at').where('status', '=', 'pending')
    .orderBy('next_attempt_at').limit(1).executeTakeFirst();
  return row?.next_attempt_at ?? null;
}

export async function hasActiveWebhooks(db: Db): Promise<boolean> {
  const row = await db.selectFrom('webhook').select('id').where('active', '=', 1).limit(1).executeTakeFirst();
  return row !== undefined;
}
