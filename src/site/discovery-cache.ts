/**
 * Page-cache use for the directory pages, feeds and sitemaps: serve `request.url` from the cache,
 * or render, cache and serve (ETag/304 and compression by sendPage).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PageCache, sendPage } from './page-cache.ts';
import { cacheGeneration, keepIfCurrent } from './purge.ts';

/** A rendered page with its surrogate keys: what it shows, so a change purges it (see purge.ts). */
export interface KeyedPage {
  html: string;
  keys: readonly string[];
}

export async function cachedReply(
  cache: PageCache,
  request: FastifyRequest,
  reply: FastifyReply,
  render: () => Promise<KeyedPage>,
  contentType = 'text/html; charset=utf-8',
): Promise<FastifyReply> {
  const key = request.url;
  let page = cache.get(key);
  if (!page) {
    const generation = cacheGeneration(cache);
    const { html, keys } = await render();
    page = PageCache.page(html, { contentType, keys: [...new Set(keys)] });
    keepIfCurrent(cache, generation, key, page);
  }
  return sendPage(cache, request, reply, page);
}
