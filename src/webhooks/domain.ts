/**
 * Webhooks: pure rules. What is sent (event names, payloads), how it is signed, and when a failed
 * delivery is tried again. No database or HTTP code here.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Events a receiver can subscribe to. */
export const WEBHOOK_EVENTS = ['item.published', 'item.updated', 'item.withdrawn'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export function isWebhookEvent(value: unknown): value is WebhookEvent {
  return typeof value === 'string' && (WEBHOOK_EVENTS as readonly string[]).includes(value);
}

export const SIGNATURE_HEADER = 'x-communique-signature';
export const TIMESTAMP_HEADER = 'x-communique-timestamp';
export const EVENT_HEADER = 'x-communique-event';
export const DELIVERY_HEADER = 'x-communique-delivery';

/**
 * The signature of a delivery: HMAC-SHA256 with the hook's secret over `${timestamp}.${rawBody}`,
 * hex, prefixed `sha256=`. The timestamp (Unix seconds, sent in its own header) is covered, so a
 * receiver that rejects old timestamps cannot be fed a replayed request.
 */
export function signPayload(secret: string, timestamp: number, rawBody: string): string {
  return 'sha256=' + createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
}

/** What a receiver does: checks the signature and that the timestamp is recent (default ±5 minutes). */
export function verifySignature(
  secret: string,
  headers: { signature: string | undefined; timestamp: string | undefined },
  rawBody: string,
  options: { nowSeconds?: number; toleranceSeconds?: number } = {},
): boolean {
  const ts = Number(headers.timestamp);
  if (!headers.signature || !Number.isInteger(ts)) return false;
  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - ts) > (options.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(signPayload(secret, ts, rawBody));
  const given = Buffer.from(headers.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Delay before the second attempt; each later one doubles it. */
  baseDelayMs: number;
  /** Upper bound of one delay. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 30_000, maxDelayMs: 6 * 3600_000 };

/**
 * Delay before the next attempt after `attempts` failed ones (1 → base, 2 → 2·base, …),
 * or null when there are no attempts left.
 */
export function nextRetryDelay(policy: RetryPolicy, attempts: number): number | null {
  if (attempts >= policy.maxAttempts) return null;
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
}

/** A 2xx answer is a delivery; anything else (or no answer) is a failure to retry. */
export function isDelivered(statusCode: number | null): boolean {
  return statusCode !== null && statusCode >= 200 && statusCode < 300;
}

export function validWebhookUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  return url.toString();
}

export interface ItemEventData {
  documentId: number;
  slug: string;
  /** Per locale: title and public address, for the locales the item is published in. */
  translations: { locale: string; title: string; url: string }[];
  /** The item in the read API. */
  api: string;
}

export interface WebhookPayload {
  event: WebhookEvent;
  occurredAt: string;
  data: ItemEventData;
}

export function webhookPayload(event: WebhookEvent, occurredAt: string, data: ItemEventData): string {
  const payload: WebhookPayload = { event, occurredAt, data };
  return JSON.stringify(payload);
}

/** Whether a hook subscribed to `events` (empty = all) receives `event`. */
export function subscribes(events: readonly string[], event: WebhookEvent): boolean {
  return events.length === 0 || events.includes(event);
}
