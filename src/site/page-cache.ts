/**
 * Rendered public pages kept as Buffers with their ETag, bounded in bytes, least recently used
 * first out. Serving a cached Buffer costs Fastify little more than bare node:http.
 */
import { createHash } from 'node:crypto';

export interface CachedPage {
  readonly body: Buffer;
  readonly etag: string;
  readonly contentType: string;
  readonly status: number;
}

export class PageCache {
  readonly #pages = new Map<string, CachedPage>();
  readonly #maxBytes: number;
  #bytes = 0;

  constructor(maxBytes = 64 * 1024 * 1024) {
    this.#maxBytes = maxBytes;
  }

  static page(html: string, status = 200, contentType = 'text/html; charset=utf-8'): CachedPage {
    const body = Buffer.from(html, 'utf8');
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    return { body, etag, contentType, status };
  }

  get(key: string): CachedPage | undefined {
    const page = this.#pages.get(key);
    if (page) {
      // Refresh its place in the LRU order.
      this.#pages.delete(key);
      this.#pages.set(key, page);
    }
    return page;
  }

  set(key: string, page: CachedPage): void {
    if (page.body.length > this.#maxBytes) return;
    this.delete(key);
    this.#pages.set(key, page);
    this.#bytes += page.body.length;
    for (const [oldest, old] of this.#pages) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#pages.delete(oldest);
      this.#bytes -= old.body.length;
    }
  }

  delete(key: string): void {
    const old = this.#pages.get(key);
    if (old) {
      this.#pages.delete(key);
      this.#bytes -= old.body.length;
    }
  }

  clear(): void {
    this.#pages.clear();
    this.#bytes = 0;
  }

  get size(): number {
    return this.#pages.size;
  }

  get bytes(): number {
    return this.#bytes;
  }
}
