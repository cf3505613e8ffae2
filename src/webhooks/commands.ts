/** Writes of the webhooks capability. Each takes a Kysely transaction (or the db for a single statement). */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import { AppError } from '../platform/errors.ts';
import { isDelivered, isWebhookEvent, nextRetryDelay, subscribes, validWebhookUrl, WEBHOOK_EVENTS, type RetryPolicy, type WebhookEvent } from './domain.ts';

type Tx = Transaction<DB> | Kysely<DB>;

export interface WebhookInput {
  url: string;
  secret: string;
  /** Events to receive; empty or absent = all. */
  events?: readonly string[];
  now?: string;
}

export async function webhookAdder(trx: Tx, input: WebhookInput): Promise<number> {
  const url = validWebhookUrl(input.url.trim());
  if (!url) throw new AppError('input.invalid', `"${input.url}" is not an http(s) URL without credentials`, { where: 'url' });
  if (input.secret.length < 16) throw new AppError('input.invalid', 'the secret must be at least 16 characters long', { where: 'secret' });
  const events = [...new Set(input.events ?? [])];
  for (const e of events) {
    if (!isWebhookEvent(e)) throw new AppError('input.invalid', `"${e}" is not an event (${WEBHOOK_EVENTS.join(', ')})`, { where: 'events' });
  }
  const { id } = await trx.insertInto('webhook')
    .values({ url, secret: input.secret, events: JSON.stringify(events), active: 1, created_at: input.now ?? new Date().toISOString() })
    .returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function webhookRemover(trx: Tx, input: { id: number }): Promise<void> {
  const result = await trx.deleteFrom('webhook').where('id', '=', input.id).executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw new AppError('not_found', `there is no webhook ${input.id}`, { where: 'id' });
}

/** Queues `payload` for every active hook that subscribes to `event`. Returns the new delivery ids. */
export async function deliveriesEnqueuer(trx: Tx, input: { event: WebhookEvent; payload: string; now?: string }): Promise<number[]> {
  const now = input.now ?? new Date().toISOString();
  const hooks = await trx.selectFrom('webhook').select(['id', 'events']).where('active', '=', 1).orderBy('id').execute();
  const targets = hooks.filter((h) => subscribes(JSON.parse(h.events) as string[], input.event));
  if (targets.length === 0) return [];
  const rows = await trx.insertInto('webhook_delivery')
    .values(targets.map((h) => ({
      webhook_id: h.id, event: input.event, payload: input.payload, status: 'pending' as const, attempts: 0,
      next_attempt_at: now, last_status_code: null, last_error: null, created_at: now, delivered_at: null,
    })))
    .returning('id').execute();
  return rows.map((r) => r.id);
}

/**
 * Takes a due delivery for one attempt: moves its next attempt `leaseMs` ahead, so another worker
 * (another app instance) does not send it at the same time. False when someone else took it first.
 */
export async function deliveryClaimer(trx: Tx, input: { id: number; seenNextAttemptAt: string; leaseUntil: string }): Promise<boolean> {
  const result = await trx.updateTable('webhook_delivery')
    .set({ next_attempt_at: input.leaseUntil })
    .where('id', '=', input.id).where('status', '=', 'pending').where('next_attempt_at', '=', input.seenNextAttemptAt)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Logs one attempt and moves the delivery on: delivered, retried later with backoff, or failed. */
export async function attemptRecorder(
  trx: Tx,
  input: { deliveryId: number; statusCode: number | null; error: string | null; durationMs: number; now?: string; policy: RetryPolicy },
): Promise<{ status: 'delivered' | 'pending' | 'failed'; nextAttemptAt: string | null }> {
  const now = input.now ?? new Date().toISOString();
  const delivery = await trx.selectFrom('webhook_delivery').select(['attempts']).where('id', '=', input.deliveryId).executeTakeFirst();
  if (!delivery) throw new AppError('not_found', `there is no delivery ${input.deliveryId}`, { where: 'delivery_id' });
  const attempts = delivery.attempts + 1;
  await trx.insertInto('webhook_attempt').values({
    delivery_id: input.deliveryId, attempted_at: now, status_code: input.statusCode, error: input.error, duration_ms: Math.round(input.durationMs),
  }).execute();
  let status: 'delivered' | 'pending' | 'failed';
  let nextAttemptAt: string | null = null;
  if (isDelivered(input.statusCode)) {
    status = 'delivered';
  } else {
    const delay = nextRetryDelay(input.policy, attempts);
    status = delay === null ? 'failed' : 'pending';
    if (delay !== null) nextAttemptAt = new Date(Date.parse(now) + delay).toISOString();
  }
  await trx.updateTable('webhook_delivery').set({
    attempts, status, next_attempt_at: nextAttemptAt, last_status_code: input.statusCode, last_error: input.error,
    delivered_at: status === 'delivered' ? now : null,
  }).where('id', '=', input.deliveryId).execute();
  return { status, nextAttemptAt };
}
