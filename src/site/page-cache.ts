/**
 * Rendered public pages kept as Buffers with their ETag, bounded in bytes, least recently used
 * first out. Serving a cached Buffer costs Fastify little more than bare node:http.
 *
 * Each page may carry surrogate keys (what it shows: `doc:12`, `section:statements`, `list:all`…)
 * so a change purges exactly the pages that show it, and a CDN in front can do the same from the
 * `Surrogate-Key` header. Compressed variants (brotli, gzip) are made on first demand and kept
 * with the page.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

export type Encoding = 'br' | 'gzip';

export interface CachedPage {
  readonly body: Buffer;
  readonly etag: string;
  readonly contentType: string;
  readonly status: number;
  readonly keys: readonly string[];
  /** Compressed variants, filled on first demand. */
  readonly variants: Partial<Record<Encoding, Buffer>>;
}

/** Below this size compression does not pay for its header. */
const MIN_COMPRESS_BYTES = 1024;

export class PageCache {
  readonly #pages = new Map<string, CachedPage>();
  readonly #maxBytes: number;
  #bytes = 0;

  constructor(maxBytes = 64 * 1024 * 1024) {
    this.#maxBytes = maxBytes;
  }

  static page(content: string | Buffer, options: { status?: number; contentType?: string; keys?: readonly string[] } = {}): CachedPage {
    const body = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    return {
      body, etag, contentType: options.contentType ?? 'text/html; charset=utf-8', status: options.status ?? 200,
      keys: options.keys ?? [], variants: {},
    };
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
    this.#evict();
  }

  #evict(): void {
    for (const [oldest, old] of this.#pages) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#pages.delete(oldest);
      this.#bytes -= PageCache.#size(old);
    }
  }

  static #size(page: CachedPage): number {
    return page.body.length + (page.variants.br?.length ?? 0) + (page.variants.gzip?.length ?? 0);
  }

  delete(key: string): void {
    const old = this.#pages.get(key);
    if (old) {
      this.#pages.delete(key);
      this.#bytes -= PageCache.#size(old);
    }
  }

  /** Drops every page that carries one of `keys`. Returns how many were dropped. */
  purge(keys: Iterable<string>): number {
    const wanted = new Set(keys);
    let n = 0;
    for (const [key, page] of this.#pages) {
      if (page.keys.some((k) => wanted.has(k))) {
        this.delete(key);
        n++;
      }
    }
    return n;
  }

  clear(): void {
    this.#pages.clear();
    this.#bytes = 0;
  }

  /** The page's body in `encoding`, compressing it once (and accounting for it) on first demand. */
  variant(page: CachedPage, encoding: Encoding): Buffer {
    let body = page.variants[encoding];
    if (!body) {
      body = encoding === 'br'
        ? brotliCompressSync(page.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: page.body.length } })
        : gzipSync(page.body, { level: 9 });
      (page.variants as Record<Encoding, Buffer>)[encoding] = body;
      if ([...this.#pages.values()].includes(page)) {
        this.#bytes += body.length;
        this.#evict();
      }
    }
    return body;
  }

  get size(): number {
    return this.#pages.size;
  }

  get bytes(): number {
    return this.#bytes;
  }
}

/** The best encoding the client accepts: brotli, then gzip, else none. */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  let gzip = false;
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q && Number(q.slice(2)) === 0) continue;
    if (name.trim() === 'br') return 'br';
    if (name.trim() === 'gzip') gzip = true;
  }
  return gzip ? 'gzip' : null;
}

/**
 * Answers with a cached page: 304 when the client's ETag matches, else the body in the best
 * encoding the client accepts. Headers let a CDN cache the page and purge it by key.
 */
export function sendPage(cache: PageCache, request: FastifyRequest, reply: FastifyReply, page: CachedPage, cacheControl = 'public, max-age=60'): FastifyReply {
  const encoding = page.body.length >= MIN_COMPRESS_BYTES ? negotiateEncoding(request.headers['accept-encoding']) : null;
  // Each representation has its own validator (RFC 9110 §8.8.3).
  const etag = encoding ? `${page.etag.slice(0, -1)}-${encoding}"` : page.etag;
  reply.header('etag', etag).header('cache-control', cacheControl).header('vary', 'accept-encoding');
  if (page.keys.length > 0) reply.header('surrogate-key', page.keys.join(' '));
  const match = request.headers['if-none-match'];
  if (match && match.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === etag || tag === page.etag || tag === '*';
  })) {
    return reply.code(304).send();
  }
  reply.code(page.status).type(page.contentType);
  if (encoding) {
    reply.header('content-encoding', encoding);
    return reply.send(cache.variant(page, encoding));
  }
  return reply.send(page.body);
}
