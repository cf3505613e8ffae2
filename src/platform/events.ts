/**
 * Side effects follow committed commands through events: a command's caller emits after the
 * transaction commits; listeners (page cache, search index, webhooks, …) react. Listeners run
 * in order; one that throws is reported to `onError` and does not stop the others.
 */
export interface DomainEvents {
  /** An edition became the published one (first publication or update). */
  'edition.published': { documentId: number; editionId: number; slug: string; firstPublication: boolean };
  /** A published item was withdrawn or unpublished. */
  'document.withdrawn': { documentId: number; slug: string };
  /** Directory data (people, bodies, states, roles, appointments, …) changed. */
  'directory.changed': { entity: string; id: number | string };
  /** A meeting record changed. */
  'meeting.changed': { meetingId: number };
  /** Sections, contacts or other site-wide settings changed. */
  'site.changed': { entity: string };
}

export type EventName = keyof DomainEvents;
/** Whether an event happened in this process or was relayed from another instance. */
export type EventOrigin = 'local' | 'remote';
type Listener<K extends EventName> = (payload: DomainEvents[K], origin: EventOrigin) => void | Promise<void>;

export class EventBus {
  readonly #listeners = new Map<EventName, Listener<any>[]>();
  readonly #onError: (error: unknown, event: EventName) => void;

  constructor(onError: (error: unknown, event: EventName) => void = () => {}) {
    this.#onError = onError;
  }

  readonly #anyListeners: ((event: EventName, payload: unknown, origin: EventOrigin) => void)[] = [];

  /** Called for every event emitted here, with where it came from (the cluster bridge uses it). */
  onAny(listener: (event: EventName, payload: unknown, origin: EventOrigin) => void): void {
    this.#anyListeners.push(listener);
  }

  /**
   * Runs `listener` for each `event`. With `{ only: 'local' }` it hears only events that happened
   * in this process: what writes to the shared database (the search index, the webhook queue)
   * must act once per event, not once per instance that hears of it.
   */
  on<K extends EventName>(event: K, listener: Listener<K>, options: { only?: EventOrigin } = {}): () => void {
    const list = this.#listeners.get(event) ?? [];
    const only = options.only;
    const entry: Listener<K> = only === undefined ? listener : (payload, origin) => (origin === only ? listener(payload, origin) : undefined);
    list.push(entry);
    this.#listeners.set(event, list);
    return () => {
      const i = list.indexOf(entry);
      if (i >= 0) list.splice(i, 1);
    };
  }

  /** Runs every listener of `event`; resolves when all have finished. Never rejects. */
  async emit<K extends EventName>(event: K, payload: DomainEvents[K], origin: EventOrigin = 'local'): Promise<void> {
    for (const listener of this.#anyListeners) {
      try {
        listener(event, payload, origin);
      } catch (error) {
        this.#onError(error, event);
      }
    }
    for (const listener of this.#listeners.get(event) ?? []) {
      try {
        await listener(payload, origin);
      } catch (error) {
        this.#onError(error, event);
      }
    }
  }
}
