/**
 * Page-cache use for the directory pages, feeds and sitemaps: serve `request.url` from the cache,
 * or render, cache and serve (ETag/304 and compression by sendPage).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PageCache, sendPage } from './page-cache.ts';

/**
 * Surrogate keys of these pages: they show items, meetings and directory records together, so
 * any published, directory or meeting change must purge them (the whole-cache clear on those
 * events does).
 */
export const DISCOVERY_KEYS = ['list:all', 'discovery'] as const;

export async function cachedReply(
  cache: PageCache,
  request: FastifyRequest,
  reply: FastifyReply,
  render: () => Promise<string>,
  contentType = 'text/html; charset=utf-8',
): Promise<FastifyReply> {
  const key = request.url;
  let page = cache.get(key);
  if (!page) {
    page = PageCache.page(await render(), { contentType, keys: DISCOVERY_KEYS });
    cache.set(key, page);
  }
  return sendPage(cache, request, reply, page);
}
