/**
 * Publishes scheduled editions when their time comes: every `intervalMs` (30 s: "within a
 * minute") and once at start, so anything missed while the server was down is published on boot.
 * Each due edition is published exactly once even with several app instances on one database:
 * the publishing UPDATE is conditional on the edition still being scheduled.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import type { EventBus } from '../platform/events.ts';
import { dueEditionsPublisher, type PublishResult } from '../newsroom/commands.ts';

export interface Scheduler {
  /** Publishes what is due now; resolves with what this instance published. */
  tick(now?: Date): Promise<PublishResult[]>;
  stop(): void;
}

export function startScheduler(db: Kysely<DB>, events: EventBus, options: { intervalMs?: number; onError?: (error: unknown) => void } = {}): Scheduler {
  let running: Promise<PublishResult[]> | null = null;
  async function run(now: Date): Promise<PublishResult[]> {
    const published = await db.transaction().execute((trx) => dueEditionsPublisher(trx, { now: now.toISOString() }));
    for (const p of published) await events.emit('edition.published', p);
    return published;
  }
  const tick = (now = new Date()) => {
    // One run at a time in this process.
    running ??= run(now).finally(() => { running = null; });
    return running;
  };
  const timer = setInterval(() => { tick().catch((e) => options.onError?.(e)); }, options.intervalMs ?? 30_000);
  timer.unref();
  return { tick, stop: () => clearInterval(timer) };
}
