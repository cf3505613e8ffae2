/**
 * API responses kept as Buffers with their ETag, by URL, bounded in bytes (least recently used out)
 * and in age (so an item whose public time arrives shows up without an event). Emptied when
 * published content changes.
 */
export interface CachedResponse {
  body: Buffer;
  etag: string;
  contentType: string;
  storedAt: number;
}

export class ResponseCache {
  readonly #entries = new Map<string, CachedResponse>();
  readonly #maxBytes: number;
  readonly #ttlMs: number;
  readonly #now: () => number;
  #bytes = 0;

  constructor(options: { maxBytes?: number; ttlMs?: number; now?: () => number } = {}) {
    this.#maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
    this.#ttlMs = options.ttlMs ?? 60_000;
    this.#now = options.now ?? Date.now;
  }

  get(key: string): CachedResponse | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    if (this.#now() - entry.storedAt > this.#ttlMs) {
      this.#bytes -= entry.body.length;
      return undefined;
    }
    this.#entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: Omit<CachedResponse, 'storedAt'>): void {
    if (entry.body.length > this.#maxBytes / 8) return;
    const old = this.#entries.get(key);
    if (old) {
      this.#bytes -= old.body.length;
      this.#entries.delete(key);
    }
    this.#entries.set(key, { ...entry, storedAt: this.#now() });
    this.#bytes += entry.body.length;
    for (const [k, e] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#entries.delete(k);
      this.#bytes -= e.body.length;
    }
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }

  get size(): number {
    return this.#entries.size;
  }
}
