/**
 * The delivery worker: sends queued deliveries in the background, signed, with a timeout, and
 * records every attempt. Publishing only enqueues (see plugin.ts), so a receiver that is down or
 * slow never holds up a publisher. Several app instances may run a worker each: a delivery is
 * claimed (leased) before it is sent.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import { attemptRecorder, deliveryClaimer } from './commands.ts';
import { dueDeliveries, type DueDelivery } from './queries.ts';
import { DEFAULT_RETRY_POLICY, DELIVERY_HEADER, EVENT_HEADER, signPayload, SIGNATURE_HEADER, TIMESTAMP_HEADER, type RetryPolicy } from './domain.ts';

export interface WorkerOptions {
  db: Kysely<DB>;
  policy?: RetryPolicy;
  /** How often to look for due deliveries when nothing kicks the worker (ms). */
  pollMs?: number;
  /** Time a receiver has to answer (ms). */
  timeoutMs?: number;
  /** Deliveries taken per round. */
  batchSize?: number;
  fetch?: typeof fetch;
  now?: () => Date;
  onError?: (error: unknown) => void;
  userAgent?: string;
}

export class WebhookWorker {
  readonly policy: RetryPolicy;
  readonly #db: Kysely<DB>;
  readonly #pollMs: number;
  readonly #timeoutMs: number;
  readonly #batchSize: number;
  readonly #fetch: typeof fetch;
  readonly #now: () => Date;
  readonly #onError: (error: unknown) => void;
  readonly #userAgent: string;
  readonly #inFlight = new Map<number, Promise<void>>();
  #timer: NodeJS.Timeout | undefined;
  #running = false;
  #round: Promise<void> | undefined;
  #again = false;

  constructor(options: WorkerOptions) {
    this.#db = options.db;
    this.policy = options.policy ?? DEFAULT_RETRY_POLICY;
    this.#pollMs = options.pollMs ?? 1000;
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#batchSize = options.batchSize ?? 20;
    this.#fetch = options.fetch ?? fetch;
    this.#now = options.now ?? (() => new Date());
    this.#onError = options.onError ?? (() => {});
    this.#userAgent = options.userAgent ?? 'Communique-Webhooks/1';
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#schedule(0);
  }

  /** Stops polling and waits for the attempts in flight to be recorded. */
  async stop(): Promise<void> {
    this.#running = false;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#round;
    await Promise.all(this.#inFlight.values());
  }

  /** Look for due deliveries soon (after a new one was queued). Never waits for sending. */
  kick(): void {
    if (this.#running) this.#schedule(0);
  }

  #schedule(ms: number): void {
    if (!this.#running) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (this.#round) {
        this.#again = true;
        return;
      }
      this.#round = this.runOnce().catch(this.#onError).finally(() => {
        this.#round = undefined;
        const again = this.#again;
        this.#again = false;
        this.#schedule(again ? 0 : this.#pollMs);
      }).then(() => {});
    }, ms);
    this.#timer.unref();
  }

  /** One round: claims due deliveries and starts sending them (does not wait for the receivers). Returns how many were started. */
  async runOnce(): Promise<number> {
    const now = this.#now();
    const due = await dueDeliveries(this.#db, now.toISOString(), this.#batchSize);
    let started = 0;
    for (const d of due) {
      if (this.#inFlight.has(d.id)) continue;
      const leaseUntil = new Date(now.getTime() + this.#timeoutMs + 60_000).toISOString();
      if (!(await deliveryClaimer(this.#db, { id: d.id, seenNextAttemptAt: d.nextAttemptAt, leaseUntil }))) continue;
      const p = this.#send(d).catch(this.#onError).finally(() => this.#inFlight.delete(d.id));
      this.#inFlight.set(d.id, p);
      started++;
    }
    return started;
  }

  /** Resolves when nothing is in flight (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.#inFlight.size > 0 || this.#round) {
      await Promise.all([...this.#inFlight.values(), this.#round]);
    }
  }

  async #send(d: DueDelivery): Promise<void> {
    const timestamp = Math.floor(this.#now().getTime() / 1000);
    const started = performance.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const response = await this.#fetch(d.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'user-agent': this.#userAgent,
          [SIGNATURE_HEADER]: signPayload(d.secret, timestamp, d.payload),
          [TIMESTAMP_HEADER]: String(timestamp),
          [EVENT_HEADER]: d.event,
          [DELIVERY_HEADER]: String(d.id),
        },
        body: d.payload,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
      statusCode = response.status;
      await response.body?.cancel().catch(() => {});
      if (statusCode < 200 || statusCode >= 300) error = `receiver answered ${statusCode}`;
    } catch (e) {
      const cause = e instanceof Error && e.cause instanceof Error ? `: ${e.cause.message}` : '';
      error = e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')
        ? `no answer within ${this.#timeoutMs} ms`
        : `${e instanceof Error ? e.message : String(e)}${cause}`;
    }
    await attemptRecorder(this.#db, {
      deliveryId: d.id, statusCode, error: error?.slice(0, 500) ?? null, durationMs: performance.now() - started,
      now: this.#now().toISOString(), policy: this.policy,
    });
    if (error !== null) this.#schedule(Math.min(this.#pollMs, this.policy.baseDelayMs));
  }
}
