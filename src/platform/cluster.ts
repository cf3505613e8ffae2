/**
 * Several app instances against one PostgreSQL: events that happen in one instance (a publish,
 * a withdrawal…) are relayed to the others over LISTEN/NOTIFY, so every instance drops stale
 * pages from its cache at once. When the listening connection was lost and comes back, messages
 * may have been missed, so `onResync` lets the instance drop everything it cached.
 */
import { randomUUID } from 'node:crypto';
import type { Store } from './db/connect.ts';
import type { EventBus, EventName } from './events.ts';

export const EVENTS_CHANNEL = 'communique_events';

interface Envelope {
  origin: string;
  event: EventName;
  payload: unknown;
}

export interface ClusterBridge {
  readonly instanceId: string;
  close(): Promise<void>;
}

/** Relays the bus's local events to other instances and theirs to this bus. Null on SQLite. */
export async function bridgeEvents(
  store: Store,
  bus: EventBus,
  options: { onResync?: () => void; onError?: (error: unknown) => void } = {},
): Promise<ClusterBridge | null> {
  const notifications = store.notifications;
  if (!notifications) return null;
  const instanceId = randomUUID();
  const stop = await notifications.listen(EVENTS_CHANNEL, (text) => {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(text) as Envelope;
    } catch {
      return;
    }
    if (envelope.origin === instanceId) return;
    void bus.emit(envelope.event, envelope.payload as never, 'remote');
  }, options.onResync);
  bus.onAny((event, payload, origin) => {
    if (origin !== 'local') return;
    const envelope: Envelope = { origin: instanceId, event, payload };
    notifications.notify(EVENTS_CHANNEL, JSON.stringify(envelope)).catch((error: unknown) => options.onError?.(error));
  });
  return { instanceId, close: stop };
}
