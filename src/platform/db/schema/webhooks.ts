/** Tables for webhooks and their deliveries. Conventions as in ../schema.ts. */
import type { Generated } from 'kysely';

export interface WebhookTable {
  id: Generated<number>;
  url: string;
  /** Shared secret for the HMAC signature (never logged, never shown after creation). */
  secret: string;
  /** JSON text: array of event names this hook receives (empty = all). */
  events: string;
  active: number;
  created_at: string;
}

export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'failed';

/** One event to be sent to one webhook; retried with backoff until delivered or out of attempts. */
export interface WebhookDeliveryTable {
  id: Generated<number>;
  webhook_id: number;
  event: string;
  /** JSON text: the exact body that is POSTed (the signature covers these bytes). */
  payload: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  next_attempt_at: string | null;
  last_status_code: number | null;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
}

/** The log: one row per attempt to send a delivery. */
export interface WebhookAttemptTable {
  id: Generated<number>;
  delivery_id: number;
  attempted_at: string;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
}

export interface WebhookTables {
  webhook: WebhookTable;
  webhook_delivery: WebhookDeliveryTable;
  webhook_attempt: WebhookAttemptTable;
}
