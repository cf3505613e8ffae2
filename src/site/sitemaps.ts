/**
 * Sitemaps: `/sitemap.xml` (index) → per-locale sitemaps `/sitemaps/{locale}-{n}.xml` whose
 * entries carry `xhtml:link rel="alternate" hreflang` for every locale the page exists in, and a
 * Google News sitemap `/sitemaps/news.xml` of the items first published in the last two days.
 * `/robots.txt` names the index.
 */
import type { FastifyInstance } from 'fastify';
import { AppError } from '../platform/errors.ts';
import type { Locale } from '../platform/i18n/locales.ts';
import { messages } from '../platform/i18n/messages.ts';
import { listSections } from '../newsroom/queries.ts';
import { countPublishedItems, listDirectoryKeys, listLinkedItems, listSitemapItems } from '../directory/queries.ts';
import { listMeetingIds } from '../meetings/queries.ts';
import type { SiteOptions } from './routes.ts';
import { cachedReply } from './discovery-cache.ts';
import { discoveryPaths } from './discovery-paths.ts';
import { PageCache, sendPage } from './page-cache.ts';
import { paths } from './paths.ts';
import { keys as purgeKeys } from './purge.ts';

/**
 * Items per locale sitemap. The protocol allows 50,000 URLs and 50 MB; with hreflang alternates
 * an entry is ~370 bytes, and smaller parts build in well under a second each.
 */
export const ITEMS_PER_SITEMAP = 10_000;
export const NEWS_SITEMAP_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
const XML = 'application/xml; charset=utf-8';

export function xmlEscape(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export interface SitemapEntry {
  /** Absolute address in this sitemap's locale. */
  loc: string;
  lastmod?: string;
  /** Absolute addresses of the same page per locale (including this one). */
  alternates: { locale: Locale; href: string }[];
}

export function renderSitemapIndex(locations: { loc: string; lastmod?: string }[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...locations.map((s) => `  <sitemap><loc>${xmlEscape(s.loc)}</loc>${s.lastmod ? `<lastmod>${xmlEscape(s.lastmod)}</lastmod>` : ''}</sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
}

export function renderUrlset(entries: SitemapEntry[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries.map((e) => [
      `  <url><loc>${xmlEscape(e.loc)}</loc>`,
      e.lastmod ? `<lastmod>${xmlEscape(e.lastmod)}</lastmod>` : '',
      ...(e.alternates.length > 1 ? e.alternates.map((a) => `<xhtml:link rel="alternate" hreflang="${xmlEscape(a.locale)}" href="${xmlEscape(a.href)}"/>`) : []),
      '</url>',
    ].join('')),
    '</urlset>',
    '',
  ].join('\n');
}

export interface NewsSitemapEntry {
  loc: string;
  publicationName: string;
  language: Locale;
  publicationDate: string;
  title: string;
}

export function renderNewsSitemap(entries: NewsSitemapEntry[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...entries.map((e) => `  <url><loc>${xmlEscape(e.loc)}</loc><news:news><news:publication><news:name>${xmlEscape(e.publicationName)}</news:name>`
      + `<news:language>${xmlEscape(e.language)}</news:language></news:publication>`
      + `<news:publication_date>${xmlEscape(e.publicationDate)}</news:publication_date><news:title>${xmlEscape(e.title)}</news:title></news:news></url>`),
    '</urlset>',
    '',
  ].join('\n');
}

export interface SitemapOptions extends SiteOptions {
  /** The clock for the news sitemap's two-day window (tests set it). */
  now?: () => Date;
}

export async function sitemapsPlugin(app: FastifyInstance, options: SitemapOptions): Promise<void> {
  const { db, context: ctx, cache } = options;
  const now = options.now ?? (() => new Date());

  async function parts(locale: Locale): Promise<number> {
    return Math.max(1, Math.ceil((await countPublishedItems(db, locale)) / ITEMS_PER_SITEMAP));
  }

  const every = (pathFor: (l: Locale) => string) => ctx.locales.map((l) => ({ locale: l, href: ctx.origin + pathFor(l) }));

  app.get('/robots.txt', async (_request, reply) => {
    return reply.type('text/plain; charset=utf-8').header('cache-control', 'public, max-age=3600')
      .send(`User-agent: *\nAllow: /\nDisallow: /office/\n\nSitemap: ${ctx.origin}${discoveryPaths.sitemapIndex()}\n`);
  });

  app.get('/sitemap.xml', async (request, reply) => {
    return cachedReply(cache, request, reply, async () => {
      const locations: { loc: string }[] = [];
      for (const locale of ctx.locales) {
        const n = await parts(locale);
        for (let part = 1; part <= n; part++) locations.push({ loc: ctx.origin + discoveryPaths.sitemap(locale, part) });
      }
      locations.push({ loc: ctx.origin + discoveryPaths.newsSitemap() });
      return { html: renderSitemapIndex(locations), keys: [purgeKeys.sitemap] };
    }, XML);
  });

  app.get('/sitemaps/news.xml', async (request, reply) => {
    const since = new Date(now().getTime() - NEWS_SITEMAP_WINDOW_MS).toISOString();
    const entries: NewsSitemapEntry[] = [];
    for (const locale of ctx.locales) {
      const items = await listLinkedItems(db, { locale, firstPublishedSince: since, limit: 1000 });
      for (const i of items) {
        entries.push({
          loc: ctx.origin + paths.item(locale, i.sectionSlug, i.slug), publicationName: messages(locale).siteName, language: locale,
          publicationDate: i.firstPublishedAt, title: i.title,
        });
      }
    }
    // Depends on the clock, so it is not kept in the page cache; a short max-age instead.
    const page = PageCache.page(renderNewsSitemap(entries.slice(0, 1000)), { contentType: XML, cacheControl: 'public, max-age=300' });
    return sendPage(cache, request, reply, page);
  });

  app.get('/sitemaps/:name', async (request, reply) => {
    const { name } = request.params as { name: string };
    const match = /^([a-z]{2})-([1-9]\d{0,5})\.xml$/.exec(name);
    const locale = match && ctx.locales.find((l) => l === match[1]);
    if (!match || !locale) throw new AppError('not_found', `no sitemap "${name}"`);
    const part = Number(match[2]);
    return cachedReply(cache, request, reply, async () => {
      if (part > await parts(locale)) throw new AppError('not_found', `no sitemap "${name}"`);
      const entries: SitemapEntry[] = [];
      if (part === 1) {
        const [sections, keys, meetings] = await Promise.all([listSections(db, locale), listDirectoryKeys(db), listMeetingIds(db)]);
        const add = (pathFor: (l: Locale) => string) => entries.push({ loc: ctx.origin + pathFor(locale), alternates: every(pathFor) });
        add(paths.home);
        add((l) => paths.allNews(l));
        for (const s of sections) add((l) => paths.section(l, s.slug));
        add((l) => discoveryPaths.meetings(l));
        for (const m of meetings) add((l) => discoveryPaths.meeting(l, m.id));
        for (const b of keys.bodies) add((l) => discoveryPaths.body(l, b));
        for (const p of keys.people) add((l) => discoveryPaths.person(l, p));
        for (const s of keys.states) add((l) => discoveryPaths.state(l, s));
      }
      const items = await listSitemapItems(db, locale, { limit: ITEMS_PER_SITEMAP, offset: (part - 1) * ITEMS_PER_SITEMAP });
      for (const i of items) {
        entries.push({
          loc: ctx.origin + paths.item(locale, i.sectionSlug, i.slug),
          lastmod: i.publicTimestamp,
          alternates: ctx.locales.filter((l) => i.locales.includes(l)).map((l) => ({ locale: l, href: ctx.origin + paths.item(l, i.sectionSlug, i.slug) })),
        });
      }
      return { html: renderUrlset(entries), keys: [purgeKeys.sitemap] };
    }, XML);
  });
}
