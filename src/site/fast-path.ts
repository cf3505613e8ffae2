/**
 * The cached-page fast path: a GET or HEAD for a public page that is in the page cache is answered
 * straight from the Node.js request handler, before Fastify builds its request and reply, with the
 * answer PageCache made for that page (security headers, ETag/304, compression, Surrogate-Key).
 * This is what lets a press site's busiest hour cost little more than bare node:http.
 *
 * Everything else goes to Fastify: other methods, pages not (or no longer) cached, and requests
 * whose answer depends on more than the URL and the two negotiated headers — those that came over
 * TLS or through a proxy (HSTS is decided per request there), and all requests once the server is
 * closing (Fastify answers them 503).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger } from 'fastify';
import { pageAnswer, type PageCache } from './page-cache.ts';

/** Levels at which Fastify would log each request; the fast path logs one line then. */
const VERBOSE_LEVELS = new Set(['trace', 'debug', 'info']);

export interface FastPath {
  /** Answers the request and returns true, or returns false and leaves it untouched. */
  serve(req: IncomingMessage, res: ServerResponse): boolean;
  /** From now on every request goes to Fastify (called when the server starts closing). */
  stop(): void;
  /** Requests answered here so far. */
  readonly served: number;
}

export function cachedPageFastPath(cache: PageCache, securityHeaders: Record<string, string>, log: FastifyBaseLogger): FastPath {
  const before = Object.freeze(Object.entries(securityHeaders).flat());
  let stopped = false;
  let served = 0;
  return {
    serve(req, res) {
      if (stopped || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
      const { headers } = req;
      if (headers['x-forwarded-proto'] !== undefined || (req.socket as { encrypted?: boolean }).encrypted) return false;
      const page = cache.get(req.url ?? '');
      if (!page) return false;
      const answer = pageAnswer(cache, page, headers['accept-encoding'], headers['if-none-match'], before);
      res.writeHead(answer.status, answer.headers as string[]);
      if (answer.body && req.method === 'GET') res.end(answer.body);
      else res.end();
      served++;
      if (VERBOSE_LEVELS.has(log.level)) {
        log.info({ req: { method: req.method, url: req.url }, res: { statusCode: answer.status }, cached: true }, 'request completed');
      }
      return true;
    },
    stop() {
      stopped = true;
    },
    get served() {
      return served;
    },
  };
}
