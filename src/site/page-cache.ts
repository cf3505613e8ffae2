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
  readonly cacheControl: string;
  readonly keys: readonly string[];
  /** Compressed variants, filled on first demand. */
  readonly variants: Partial<Record<Encoding, Buffer>>;
  /** The answers made from this page so far, by representation and status (see pageAnswer). */
  readonly answers: Map<string, PageAnswer>;
}

/**
 * How to answer a request for a cached page: status, headers (flat name/value pairs, as
 * `ServerResponse.writeHead` takes them) and body (null for 304). Made once per page,
 * representation and status, and shared by every request that wants the same.
 */
export interface PageAnswer {
  readonly status: number;
  readonly headers: readonly string[];
  readonly body: Buffer | null;
}

const DEFAULT_CACHE_CONTROL = 'public, max-age=60';

/** Below this size compression does not pay for its header. */
const MIN_COMPRESS_BYTES = 1024;

/** A cached page in the recency list (most recently used at the head). */
interface Entry {
  readonly key: string;
  readonly page: CachedPage;
  newer: Entry | null;
  older: Entry | null;
}

export class PageCache {
  // A map for lookup and a doubly linked list for recency: a hit relinks one entry and allocates
  // nothing. (Deleting and re-inserting the key in the Map on every hit made V8 rebuild the Map's
  // table in old space over and over: about 45 MB of garbage per 10 s of load.)
  readonly #entries = new Map<string, Entry>();
  readonly #members = new WeakSet<CachedPage>();
  #newest: Entry | null = null;
  #oldest: Entry | null = null;
  readonly #maxBytes: number;
  #bytes = 0;

  constructor(maxBytes = 64 * 1024 * 1024) {
    this.#maxBytes = maxBytes;
  }

  static page(
    content: string | Buffer,
    options: { status?: number; contentType?: string; keys?: readonly string[]; cacheControl?: string } = {},
  ): CachedPage {
    const body = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    return {
      body, etag, contentType: options.contentType ?? 'text/html; charset=utf-8', status: options.status ?? 200,
      cacheControl: options.cacheControl ?? DEFAULT_CACHE_CONTROL, keys: options.keys ?? [], variants: {}, answers: new Map(),
    };
  }

  get(key: string): CachedPage | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry !== this.#newest) {
      this.#unlink(entry);
      this.#linkNewest(entry);
    }
    return entry.page;
  }

  set(key: string, page: CachedPage): void {
    if (page.body.length > this.#maxBytes) return;
    this.delete(key);
    const entry: Entry = { key, page, newer: null, older: null };
    this.#entries.set(key, entry);
    this.#members.add(page);
    this.#linkNewest(entry);
    this.#bytes += PageCache.#size(page);
    this.#evict();
  }

  #linkNewest(entry: Entry): void {
    entry.newer = null;
    entry.older = this.#newest;
    if (this.#newest) this.#newest.newer = entry;
    this.#newest = entry;
    this.#oldest ??= entry;
  }

  #unlink(entry: Entry): void {
    if (entry.newer) entry.newer.older = entry.older;
    else this.#newest = entry.older;
    if (entry.older) entry.older.newer = entry.newer;
    else this.#oldest = entry.newer;
    entry.newer = entry.older = null;
  }

  #evict(): void {
    while (this.#bytes > this.#maxBytes && this.#oldest) this.delete(this.#oldest.key);
  }

  static #size(page: CachedPage): number {
    return page.body.length + (page.variants.br?.length ?? 0) + (page.variants.gzip?.length ?? 0);
  }

  delete(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#members.delete(entry.page);
    this.#unlink(entry);
    this.#bytes -= PageCache.#size(entry.page);
  }

  /** Drops every page that carries one of `keys`. Returns how many were dropped. */
  purge(keys: Iterable<string>): number {
    const wanted = new Set(keys);
    let n = 0;
    for (const [key, { page }] of this.#entries) {
      if (page.keys.some((k) => wanted.has(k))) {
        this.delete(key);
        n++;
      }
    }
    return n;
  }

  clear(): void {
    for (const { page } of this.#entries.values()) this.#members.delete(page);
    this.#entries.clear();
    this.#newest = this.#oldest = null;
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
      if (this.#members.has(page)) {
        this.#bytes += body.length;
        this.#evict();
      }
    }
    return body;
  }

  get size(): number {
    return this.#entries.size;
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

const NO_HEADERS: readonly string[] = Object.freeze([]);
const prefixIds = new WeakMap<readonly string[], number>([[NO_HEADERS, 0]]);
let lastPrefixId = 0;
/** Answers are memoized per list of leading headers; each caller passes one constant list. */
function prefixId(before: readonly string[]): number {
  let id = prefixIds.get(before);
  if (id === undefined) prefixIds.set(before, (id = ++lastPrefixId));
  return id;
}

/** Whether an If-None-Match header names this representation (or the page in any encoding). */
function notModified(ifNoneMatch: string | undefined, etag: string, pageEtag: string): boolean {
  if (!ifNoneMatch) return false;
  for (const t of ifNoneMatch.split(',')) {
    const tag = t.trim().replace(/^W\//, '');
    if (tag === etag || tag === pageEtag || tag === '*') return true;
  }
  return false;
}

/**
 * The answer to a request for a cached page: 304 when the client's ETag matches, else the body in
 * the best encoding the client accepts. Headers let a CDN cache the page and purge it by key.
 * `before` are headers every answer starts with (the security headers, on the fast path).
 */
export function pageAnswer(
  cache: PageCache, page: CachedPage, acceptEncoding: string | undefined, ifNoneMatch: string | undefined, before: readonly string[] = NO_HEADERS,
): PageAnswer {
  const encoding = page.body.length >= MIN_COMPRESS_BYTES ? negotiateEncoding(acceptEncoding) : null;
  // Each representation has its own validator (RFC 9110 §8.8.3).
  const etag = encoding ? `${page.etag.slice(0, -1)}-${encoding}"` : page.etag;
  const status = notModified(ifNoneMatch, etag, page.etag) ? 304 : page.status;
  const memo = `${prefixId(before)}:${encoding ?? 'identity'}:${status}`;
  let answer = page.answers.get(memo);
  if (answer) return answer;
  const headers = [...before, 'etag', etag, 'cache-control', page.cacheControl, 'vary', 'accept-encoding'];
  if (page.keys.length > 0) headers.push('surrogate-key', page.keys.join(' '));
  let body: Buffer | null = null;
  if (status !== 304) {
    body = encoding ? cache.variant(page, encoding) : page.body;
    headers.push('content-type', page.contentType);
    if (encoding) headers.push('content-encoding', encoding);
    headers.push('content-length', String(body.length));
  }
  answer = { status, headers, body };
  page.answers.set(memo, answer);
  return answer;
}

/** Answers through Fastify with a cached page (see pageAnswer). */
export function sendPage(cache: PageCache, request: FastifyRequest, reply: FastifyReply, page: CachedPage): FastifyReply {
  const answer = pageAnswer(cache, page, request.headers['accept-encoding'], request.headers['if-none-match']);
  const { headers } = answer;
  for (let i = 0; i < headers.length; i += 2) {
    // Fastify sets content-length itself (and leaves it off a HEAD answer's empty body).
    if (headers[i] !== 'content-length') reply.header(headers[i]!, headers[i + 1]!);
  }
  reply.code(answer.status);
  return answer.body ? reply.send(answer.body) : reply.send();
}
