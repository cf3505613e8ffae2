/**
 * The public site as a Fastify plugin: all news, sections, items, in every configured locale.
 * Handlers parse input, call named queries, build view models and render pure views; rendered
 * pages are cached as Buffers with an ETag.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import { AppError } from '../platform/errors.ts';
import { isLocale, type Locale } from '../platform/i18n/locales.ts';
import { messages } from '../platform/i18n/messages.ts';
import { formatDate, localDate } from '../platform/i18n/format.ts';
import { findContact, findPrimaryContact, findPublishedItem, findRedirect, findSection, listPublishedItems, listSections, type SectionSummary } from '../newsroom/queries.ts';
import { findMeeting } from '../meetings/queries.ts';
import { generateMeetingReport } from '../meetings/report-text.ts';
import { appointmentViews, documentLinks } from '../directory/queries.ts';
import { discoveryPaths } from './discovery-paths.ts';
import { feedLinks } from './feed-links.ts';
import { jsonLdText, newsArticleLd } from './structured-data.ts';
import { paragraphsToHtml, renderBody } from '../newsroom/body-text.ts';
import { PageCache, sendPage } from './page-cache.ts';
import type { EventBus } from '../platform/events.ts';
import { alternates, chrome, contactVM, itemCard, meetingVM, parsePage, type SiteContext } from './presenters.ts';
import { errorPage, homePage, itemPage, listPage } from './views/pages.tsx';
import { paths } from './paths.ts';
import { cacheGeneration, findDocumentFacts, itemPageKeys, keepIfCurrent, keys as purgeKeys, listedItemKeys } from './purge.ts';
import { findUnpublication, findWithdrawnItem, type WithdrawnItem } from '../office/queries.ts';
import { withdrawalMessages } from './withdrawal-messages.ts';

/** Thrown inside a page render when the item was unpublished as gone: the route answers 410. */
class ItemGone extends Error {}

export const PAGE_SIZE = 10;

export interface SiteOptions {
  db: Kysely<DB>;
  context: SiteContext;
  cache: PageCache;
  events: EventBus;
}

/** The locale a request is about: the first path segment when it is one we serve, else the reader's preference. */
export function requestLocale(request: FastifyRequest, locales: readonly Locale[]): Locale {
  const first = request.url.split(/[/?#]/)[1];
  if (isLocale(first) && locales.includes(first)) return first;
  return negotiateLocale(request.headers['accept-language'], locales);
}

export function negotiateLocale(header: string | undefined, locales: readonly Locale[]): Locale {
  const fallback = locales[0]!;
  if (!header) return fallback;
  const ranked = header.split(',').map((part, index) => {
    const [tag = '', ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return { lang: tag.trim().toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) || 0 : 1, index };
  }).filter((r) => r.q > 0).sort((a, b) => b.q - a.q || a.index - b.index);
  for (const r of ranked) if (isLocale(r.lang) && locales.includes(r.lang)) return r.lang;
  return fallback;
}

export async function sitePlugin(app: FastifyInstance, options: SiteOptions): Promise<void> {
  const { db, context: ctx, cache } = options;
  const sectionsCache = new Map<Locale, SectionSummary[]>();
  options.events.on('site.changed', () => sectionsCache.clear());

  async function sectionsFor(locale: Locale): Promise<SectionSummary[]> {
    let s = sectionsCache.get(locale);
    if (!s) {
      s = await listSections(db, locale);
      sectionsCache.set(locale, s);
    }
    return s;
  }

  function localeParam(value: unknown): Locale {
    if (isLocale(value) && ctx.locales.includes(value)) return value;
    throw new AppError('not_found', `no locale "${String(value)}"`);
  }

  /** The 410 page of an item unpublished as gone, in the reader's language; other errors go on. */
  async function goneOrRethrow(error: unknown, reply: FastifyReply, locale: Locale): Promise<FastifyReply> {
    if (!(error instanceof ItemGone)) throw error;
    const w = withdrawalMessages[locale];
    const html = errorPage({
      chrome: { ...chrome(ctx, locale, { title: w.goneTitle, path: paths.home(locale), current: '', alternates: [] }, await sectionsFor(locale)), noindex: true },
      status: 410, heading: w.goneTitle, text: w.goneText, detail: null,
    });
    return reply.code(410).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
  }

  /**
   * Serves from the cache, or renders, caches and serves. The page's surrogate keys (what it
   * shows, see purge.ts) come from `keys` and from the render when it returns them.
   */
  async function cached(
    request: FastifyRequest, reply: FastifyReply, render: () => Promise<string | { html: string; keys: readonly string[] }>,
    keys: () => Promise<readonly string[]> = async () => [],
  ): Promise<FastifyReply> {
    const key = request.url;
    let page = cache.get(key);
    if (!page) {
      const generation = cacheGeneration(cache);
      const out = await render();
      const pageKeys = new Set([...(await keys()), ...(typeof out === 'string' ? [] : out.keys)]);
      page = PageCache.page(typeof out === 'string' ? out : out.html, { keys: [...pageKeys] });
      keepIfCurrent(cache, generation, key, page);
    }
    return sendPage(cache, request, reply, page);
  }

  /** An item's page: keyed by the item and everything it is linked to. */
  function cachedItem(request: FastifyRequest, reply: FastifyReply, slug: string, render: () => Promise<string>): Promise<FastifyReply> {
    return cached(request, reply, render, async () => {
      const facts = await findDocumentFacts(db, { slug });
      return facts ? itemPageKeys(facts) : [purgeKeys.item(slug)];
    });
  }

  function pageNumber(request: FastifyRequest): number {
    const query = request.query as Record<string, unknown>;
    const page = parsePage(query.page);
    if (page === null) {
      const locale = requestLocale(request, ctx.locales);
      throw new AppError('input.invalid', messages(locale).pageParameter(String(query.page)), { where: 'page' });
    }
    return page;
  }

  async function newsList(request: FastifyRequest, reply: FastifyReply, locale: Locale, sectionSlug: string | null) {
    const page = pageNumber(request);
    // The section is looked up inside render: a cached page is served without touching the database.
    return cached(request, reply, async () => {
      const section = sectionSlug === null ? null : (await findSection(db, locale, sectionSlug)) ?? null;
      if (sectionSlug !== null && !section) throw new AppError('not_found', `no section "${sectionSlug}"`);
      const m = messages(locale);
      const [{ items, total }, sections] = await Promise.all([
        listPublishedItems(db, { locale, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, ...(section ? { sectionId: section.id } : {}) }),
        sectionsFor(locale),
      ]);
      const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
      if (page > pages) throw new AppError('input.invalid', m.pageBeyondEnd(page, pages), { where: 'page' });
      const pathFor = (l: Locale, p = page) => (section ? paths.section(l, section.slug, p) : paths.allNews(l, p));
      const heading = section ? section.name : m.allNews;
      const html = listPage({
        chrome: {
          ...chrome(ctx, locale, {
            title: page > 1 ? `${heading} · ${m.pageOf(page, pages)}` : heading,
            description: section?.description ?? heading,
            path: pathFor(locale), current: section ? paths.section(locale, section.slug) : 'all',
            alternates: alternates(ctx, ctx.locales, (l) => pathFor(l)),
          }, sections),
          feeds: feedLinks(ctx.origin, locale, pathFor(locale, 1), heading),
        },
        heading,
        intro: section?.description ?? null,
        items: items.map((i) => itemCard(ctx, locale, i)),
        pagination: {
          page, pages,
          newerHref: page > 1 ? pathFor(locale, page - 1) : null,
          olderHref: page < pages ? pathFor(locale, page + 1) : null,
        },
      });
      const listKeys = section ? [purgeKeys.section(section.slug), purgeKeys.list.section(section.slug)] : [purgeKeys.all];
      // All news is purged by any publish (list:all); a section's pages also name their items, so an
      // item that moves to another section leaves its old one.
      return { html, keys: [...listKeys, ...(section ? listedItemKeys(items) : [])] };
    });
  }

  app.get('/', async (request, reply) => reply.redirect(paths.home(negotiateLocale(request.headers['accept-language'], ctx.locales)), 302));

  app.get('/:locale', async (request, reply) => {
    const locale = localeParam((request.params as { locale: string }).locale);
    return reply.redirect(paths.home(locale), 301);
  });

  app.get('/:locale/', async (request, reply) => {
    const locale = localeParam((request.params as { locale: string }).locale);
    return cached(request, reply, async () => {
      const m = messages(locale);
      const [{ items }, sections] = await Promise.all([
        listPublishedItems(db, { locale, limit: 6, offset: 0 }),
        sectionsFor(locale),
      ]);
      const contact = await findPrimaryContact(db, locale);
      const html = homePage({
        chrome: chrome(ctx, locale, { title: m.home, path: paths.home(locale), current: 'home', alternates: alternates(ctx, ctx.locales, paths.home) }, sections),
        heading: m.siteName,
        latest: items.map((i) => itemCard(ctx, locale, i)),
        sections: sections.map((s) => ({ href: paths.section(locale, s.slug), label: s.name, description: s.description })),
        contact: contact ? contactVM(locale, contact) : null,
      });
      return { html, keys: [purgeKeys.all, purgeKeys.home] };
    });
  });

  app.get('/:locale/news', async (request, reply) => {
    const locale = localeParam((request.params as { locale: string }).locale);
    return reply.redirect(paths.allNews(locale), 301);
  });

  app.get('/:locale/news/', async (request, reply) => {
    const locale = localeParam((request.params as { locale: string }).locale);
    return newsList(request, reply, locale, null);
  });

  app.get('/:locale/news/:section/', async (request, reply) => {
    const params = request.params as { locale: string; section: string };
    const locale = localeParam(params.locale);
    return newsList(request, reply, locale, params.section);
  });

  app.get('/:locale/news/:section/:slug/', async (request, reply) => {
    const params = request.params as { locale: string; section: string; slug: string };
    const locale = localeParam(params.locale);
    return cachedItem(request, reply, params.slug, async () => {
      const published = await findPublishedItem(db, locale, params.slug);
      // A withdrawn item keeps its page with a banner; an unpublished one is gone (410) or
      // replaced (a recorded redirect, answered by the not-found path).
      let withdrawn: WithdrawnItem | undefined;
      if (!published) {
        withdrawn = await findWithdrawnItem(db, locale, params.slug);
        if (!withdrawn && (await findUnpublication(db, params.slug))?.kind === 'gone') throw new ItemGone();
      }
      const item = published ?? withdrawn;
      if (!item || item.section.slug !== params.section) throw new AppError('not_found', `no item "${params.slug}" in section "${params.section}"`);
      const m = messages(locale);
      const sections = await sectionsFor(locale);
      const date = localDate(item.publicTimestamp, ctx.timeZone);
      const [meeting, contact, author, links] = await Promise.all([
        item.meetingId ? findMeeting(db, locale, item.meetingId) : undefined,
        item.contactId ? findContact(db, locale, item.contactId) : undefined,
        item.authorAppointmentId ? appointmentViews(db, locale, [item.authorAppointmentId], date).then((v) => v[0]) : undefined,
        documentLinks(db, locale, item.documentId),
      ]);
      let bodyHtml = renderBody(item.body);
      if (item.type === 'meeting_report' && meeting?.report) {
        bodyHtml = `${paragraphsToHtml(generateMeetingReport(meeting.report))}\n${bodyHtml}`;
      }
      const sectionHref = paths.section(locale, item.section.slug);
      const updated = item.changeNote && item.publicTimestamp !== item.firstPublishedAt
        ? { dateIso: localDate(item.publicTimestamp, ctx.timeZone), dateText: formatDate(item.publicTimestamp, locale, ctx.timeZone), note: item.changeNote }
        : null;
      const firstPublished = item.firstPublishedAt || item.publicTimestamp;
      const itemPath = paths.item(locale, item.section.slug, item.slug);
      const article = newsArticleLd({
        url: ctx.origin + itemPath, headline: item.title, description: item.summary,
        datePublished: firstPublished, dateModified: item.publicTimestamp, inLanguage: locale, section: item.section.name,
        publisher: { name: m.footerNote, url: ctx.origin + paths.home(locale) },
        author: author
          ? { name: `${author.person.given} ${author.person.family}`, jobTitle: author.role.name, url: ctx.origin + discoveryPaths.person(locale, author.person.slug) }
          : null,
        about: [
          ...links.people.map((p) => ({ type: 'Person' as const, name: p.name, url: ctx.origin + discoveryPaths.person(locale, p.slug) })),
          ...links.bodies.map((b) => ({ type: 'Organization' as const, name: b.name, url: ctx.origin + discoveryPaths.body(locale, b.slug) })),
          ...links.states.map((st) => ({ type: 'Country' as const, name: st.name, url: ctx.origin + discoveryPaths.state(locale, st.code) })),
        ],
      });
      return itemPage({
        chrome: {
          ...chrome(ctx, locale, {
            title: item.title, description: item.summary, path: itemPath, current: sectionHref,
            alternates: alternates(ctx, item.locales, (l) => paths.item(l, item.section.slug, item.slug)),
          }, sections),
          jsonLd: [jsonLdText(article)],
          openGraph: { type: 'article', publishedTime: firstPublished, modifiedTime: item.publicTimestamp },
        },
        related: {
          people: links.people.map((p) => ({ href: discoveryPaths.person(locale, p.slug), label: p.name })),
          bodies: links.bodies.map((b) => ({ href: discoveryPaths.body(locale, b.slug), label: b.name })),
          states: links.states.map((st) => ({ href: discoveryPaths.state(locale, st.code), label: st.name })),
          meetingHref: item.meetingId ? discoveryPaths.meeting(locale, item.meetingId) : null,
        },
        title: item.title,
        typeLabel: m.documentTypes[item.type],
        dateIso: localDate(firstPublished, ctx.timeZone),
        dateText: formatDate(firstPublished, locale, ctx.timeZone),
        updated,
        author: author ? { name: `${author.person.given} ${author.person.family}`, role: author.role.name } : null,
        bodyHtml,
        meeting: meeting ? meetingVM(locale, meeting) : null,
        contact: contact ? contactVM(locale, contact) : null,
        sectionHref,
        sectionName: item.section.name,
        withdrawn: withdrawn
          ? { text: withdrawalMessages[locale].withdrawnBanner(formatDate(withdrawn.withdrawnAt, locale, ctx.timeZone), withdrawn.explanation) }
          : null,
      });
    }).catch((error: unknown) => goneOrRethrow(error, reply, locale));
  });

  // Paths without their trailing slash lead to the canonical address, unless a legacy address
  // of that shape was recorded as a redirect.
  app.get('/:locale/news/:section', async (request, reply) => {
    const { locale, section } = request.params as { locale: string; section: string };
    const redirect = await findRedirect(db, request.url);
    if (redirect) return reply.redirect(redirect.to, redirect.status);
    return reply.redirect(paths.section(localeParam(locale), section), 301);
  });
  app.get('/:locale/news/:section/:slug', async (request, reply) => {
    const { locale, section, slug } = request.params as { locale: string; section: string; slug: string };
    const redirect = await findRedirect(db, request.url);
    if (redirect) return reply.redirect(redirect.to, redirect.status);
    return reply.redirect(paths.item(localeParam(locale), section, slug), 301);
  });
}

/** Renders the error page for a status, in the request's language. */
export async function renderErrorPage(
  db: Kysely<DB> | null,
  ctx: SiteContext,
  locale: Locale,
  status: number,
  detail: string | null,
  reason?: 'unwritable',
): Promise<string> {
  const m = messages(locale);
  let sections: SectionSummary[] = [];
  if (db && status !== 503) {
    try {
      sections = await listSections(db, locale);
    } catch {
      sections = [];
    }
  }
  const [heading, text] = status === 404 ? [m.notFoundTitle, m.notFoundText]
    : status === 400 ? [m.badRequestTitle, m.badRequestText]
    : reason === 'unwritable' ? [m.unwritableTitle, m.unwritableText]
    : status === 503 ? [m.unavailableTitle, m.unavailableText]
    : [m.errorTitle, m.errorText];
  return errorPage({
    chrome: { ...chrome(ctx, locale, { title: heading, path: paths.home(locale), current: '', alternates: [] }, sections), noindex: true },
    status, heading, text, detail,
  });
}
