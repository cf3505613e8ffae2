/**
 * Wires webhooks into the app: publish / update / withdraw events are queued in the database
 * (one insert per subscribed hook, then the listener returns) and a background worker sends them.
 * Settings from the environment: WEBHOOK_POLL_MS (1000), WEBHOOK_TIMEOUT_MS (10000),
 * WEBHOOK_RETRY_BASE_MS (30000), WEBHOOK_RETRY_MAX_MS (21600000), WEBHOOK_MAX_ATTEMPTS (8),
 * WEBHOOKS=off to run no worker in this instance (deliveries are still queued).
 */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import type { EventBus } from '../platform/events.ts';
import type { Locale } from '../platform/i18n/locales.ts';
import { publishedItemHeadlines } from '../newsroom/queries.ts';
import { paths } from '../site/paths.ts';
import { deliveriesEnqueuer } from './commands.ts';
import { DEFAULT_RETRY_POLICY, webhookPayload, type ItemEventData, type RetryPolicy, type WebhookEvent } from './domain.ts';
import { WebhookWorker } from './worker.ts';
import { hasActiveWebhooks } from './queries.ts';

export interface WebhooksOptions {
  db: Kysely<DB>;
  events: EventBus;
  origin: string;
  env?: NodeJS.ProcessEnv;
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number (got "${raw}")`);
  return n;
}

export function webhookSettings(env: NodeJS.ProcessEnv = process.env): { policy: RetryPolicy; pollMs: number; timeoutMs: number; enabled: boolean } {
  return {
    policy: {
      maxAttempts: Math.floor(positive(env, 'WEBHOOK_MAX_ATTEMPTS', DEFAULT_RETRY_POLICY.maxAttempts)),
      baseDelayMs: positive(env, 'WEBHOOK_RETRY_BASE_MS', DEFAULT_RETRY_POLICY.baseDelayMs),
      maxDelayMs: positive(env, 'WEBHOOK_RETRY_MAX_MS', DEFAULT_RETRY_POLICY.maxDelayMs),
    },
    pollMs: positive(env, 'WEBHOOK_POLL_MS', 1000),
    timeoutMs: positive(env, 'WEBHOOK_TIMEOUT_MS', 10_000),
    enabled: env.WEBHOOKS?.trim() !== 'off',
  };
}

/** Payload data of an item event; titles are those of the published edition, when there is one. */
export async function itemEventData(db: Kysely<DB>, origin: string, documentId: number, slug: string): Promise<ItemEventData> {
  const headlines = await publishedItemHeadlines(db, documentId);
  return {
    documentId, slug,
    translations: (headlines?.titles ?? []).map((t) => ({ locale: t.locale, title: t.title, url: origin + paths.item(t.locale as Locale, headlines!.sectionSlug, slug) })),
    api: `${origin}/api/v1/items/${encodeURIComponent(slug)}`,
  };
}

/** Subscribes the queueing listeners to the bus; returns the function that unsubscribes them. */
export function subscribeWebhooks(options: { db: Kysely<DB>; events: EventBus; origin: string; afterEnqueue?: () => void }): () => void {
  const { db, origin } = options;
  async function enqueue(event: WebhookEvent, documentId: number, slug: string): Promise<void> {
    if (!(await hasActiveWebhooks(db))) return;
    const payload = webhookPayload(event, new Date().toISOString(), await itemEventData(db, origin, documentId, slug));
    const ids = await deliveriesEnqueuer(db, { event, payload });
    if (ids.length > 0) options.afterEnqueue?.();
  }
  // The queue is in the shared database: the instance where the change happened enqueues it once.
  const local = { only: 'local' } as const;
  const off = [
    options.events.on('edition.published', (e) => enqueue(e.firstPublication ? 'item.published' : 'item.updated', e.documentId, e.slug), local),
    options.events.on('document.withdrawn', (e) => enqueue('item.withdrawn', e.documentId, e.slug), local),
  ];
  return () => off.forEach((f) => f());
}

export async function webhooksPlugin(app: FastifyInstance, options: WebhooksOptions): Promise<void> {
  const settings = webhookSettings(options.env);
  const worker = new WebhookWorker({
    db: options.db, policy: settings.policy, pollMs: settings.pollMs, timeoutMs: settings.timeoutMs,
    onError: (error) => app.log.error({ err: error }, 'webhook delivery failed'),
  });
  const unsubscribe = subscribeWebhooks({ db: options.db, events: options.events, origin: options.origin, afterEnqueue: () => worker.kick() });
  if (settings.enabled) app.addHook('onReady', async () => worker.start());
  app.addHook('onClose', async () => {
    unsubscribe();
    await worker.stop();
  });
}
