/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 for all news, each section, body, person and member state,
 * in each locale, under each list address (`/en/news/feed.atom`, `/ru/people/{slug}/feed.json`, …).
 * Built with the `feed` package; JSON Feed output is raised to version 1.1 (authors, language).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Feed } from 'feed';
import { AppError } from '../platform/errors.ts';
import { isLocale, type Locale } from '../platform/i18n/locales.ts';
import { messages } from '../platform/i18n/messages.ts';
import { findSection } from '../newsroom/queries.ts';
import { renderBody, escapeHtml, paragraphsToHtml } from '../newsroom/body-text.ts';
import { findMeeting } from '../meetings/queries.ts';
import { generateMeetingReport } from '../meetings/report-text.ts';
import { appointmentViews, findBodyRef, findPersonRef, findStateRef, listLinkedItems, type LinkedItem } from '../directory/queries.ts';
import type { SiteOptions } from './routes.ts';
import { cachedReply } from './discovery-cache.ts';
import { discoveryMessages } from './discovery-messages.ts';
import { discoveryPaths, FEED_FORMATS, FEED_TYPES, type FeedFormat } from './discovery-paths.ts';
import { paths } from './paths.ts';
import { keys as purgeKeys, listedItemKeys } from './purge.ts';

export const FEED_SIZE = 50;

export interface FeedEntry {
  title: string;
  url: string;
  summary: string;
  contentHtml: string;
  published: string;
  updated: string;
  author: string | null;
  category: string;
}

export interface FeedInput {
  format: FeedFormat;
  locale: Locale;
  title: string;
  description: string;
  /** Absolute address of the list page the feed follows. */
  pageUrl: string;
  /** Absolute address of this feed, and of its siblings in the other formats. */
  feedUrls: Record<FeedFormat, string>;
  publisher: { name: string; url: string };
  entries: FeedEntry[];
  /** When nothing is in the feed: the time to give as its last update. */
  emptyUpdated: string;
}

/** Characters XML 1.0 cannot carry, and the end of a CDATA section, removed or defused. */
function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/\]\]>/g, ']]\u200B>');
}

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: `${FEED_TYPES.rss}; charset=utf-8`,
  atom: `${FEED_TYPES.atom}; charset=utf-8`,
  json: `${FEED_TYPES.json}; charset=utf-8`,
};

/** Renders a feed. Pure. */
export function renderFeed(input: FeedInput): string {
  const xml = input.format !== 'json';
  const clean = xml ? xmlSafe : (t: string) => t;
  const updated = input.entries[0]?.updated ?? input.emptyUpdated;
  const feed = new Feed({
    id: input.pageUrl,
    title: clean(input.title),
    description: clean(input.description),
    link: input.pageUrl,
    language: input.locale,
    updated: new Date(updated),
    generator: 'Communiqué',
    feedLinks: input.feedUrls,
    ...(input.format === 'atom' ? { feed: input.feedUrls.atom } : input.format === 'rss' ? { feed: input.feedUrls.rss } : {}),
    author: { name: clean(input.publisher.name), link: input.publisher.url },
    copyright: clean(input.publisher.name),
  });
  for (const e of input.entries) {
    feed.addItem({
      // Atom titles are declared as HTML, so their text is escaped once for it.
      title: input.format === 'atom' ? escapeHtml(clean(e.title)) : clean(e.title),
      id: e.url,
      link: e.url,
      date: new Date(e.updated),
      published: new Date(e.published),
      // Summaries are plain text; RSS descriptions and Atom summaries are read as HTML.
      description: clean(input.format === 'json' ? e.summary : escapeHtml(e.summary)),
      content: clean(e.contentHtml),
      category: [{ name: clean(e.category) }],
      ...(e.author && input.format !== 'rss' ? { author: [{ name: clean(e.author) }] } : {}),
    });
  }
  if (input.format === 'rss') return feed.rss2();
  if (input.format === 'atom') return feed.atom1();
  // JSON Feed 1.1: `authors` instead of `author`, `language`, and string ids.
  const json = JSON.parse(feed.json1()) as Record<string, unknown> & { items: Record<string, unknown>[]; author?: unknown };
  const out: Record<string, unknown> = { version: 'https://jsonfeed.org/version/1.1' };
  for (const [k, v] of Object.entries(json)) {
    if (k === 'version' || k === 'author' || k === 'items') continue;
    out[k] = v;
  }
  out.language = input.locale;
  if (json.author) out.authors = [json.author];
  out.items = json.items.map((item) => {
    const { author, ...rest } = item;
    return { ...rest, id: String(rest.id), language: input.locale, ...(author ? { authors: [author] } : {}) };
  });
  return JSON.stringify(out, null, 2);
}

export async function feedsPlugin(app: FastifyInstance, options: SiteOptions): Promise<void> {
  const { db, context: ctx, cache } = options;

  function localeParam(value: unknown): Locale {
    if (isLocale(value) && ctx.locales.includes(value)) return value;
    throw new AppError('not_found', `no locale "${String(value)}"`);
  }

  async function entries(locale: Locale, items: LinkedItem[]): Promise<FeedEntry[]> {
    const authorIds = [...new Set(items.flatMap((i) => (i.authorAppointmentId === null ? [] : [i.authorAppointmentId])))];
    // Names of authors as recorded; the role is the one the person holds in the record.
    const authors = authorIds.length === 0 ? [] : await appointmentViews(db, locale, authorIds, '9999-12-31');
    // A meeting report's first paragraph is generated from its meeting record, as on its page.
    const reports = new Map<number, string>();
    for (const i of items) {
      if (i.type !== 'meeting_report' || i.meetingId === null || reports.has(i.meetingId)) continue;
      const meeting = await findMeeting(db, locale, i.meetingId);
      let html = '';
      try {
        html = meeting?.report ? paragraphsToHtml(generateMeetingReport(meeting.report)) : '';
      } catch {
        html = ''; // A record the generator cannot write (reported on the item's page) leaves the body alone.
      }
      reports.set(i.meetingId, html);
    }
    return items.map((i) => {
      const a = authors.find((v) => v.appointmentId === i.authorAppointmentId);
      return {
        title: i.title,
        url: ctx.origin + paths.item(locale, i.sectionSlug, i.slug),
        summary: i.summary,
        contentHtml: [i.meetingId !== null && i.type === 'meeting_report' ? reports.get(i.meetingId) : '', renderBody(i.body)].filter(Boolean).join('\n'),
        published: i.firstPublishedAt,
        updated: i.publicTimestamp,
        author: a ? `${a.person.given} ${a.person.family}` : null,
        category: i.sectionName,
      };
    });
  }

  async function serveFeed(
    request: FastifyRequest, reply: FastifyReply, locale: Locale, format: FeedFormat,
    load: () => Promise<{ subject: string; description: string; listPath: string; items: LinkedItem[]; keys: string[] }>,
  ) {
    return cachedReply(cache, request, reply, async () => {
      const { subject, description, listPath, items, keys } = await load();
      const d = discoveryMessages(locale);
      const m = messages(locale);
      const feedUrls = Object.fromEntries(FEED_FORMATS.map((f) => [f, ctx.origin + discoveryPaths.feed(listPath, f)])) as Record<FeedFormat, string>;
      const html = renderFeed({
        format, locale, title: d.feedTitle(subject), description, pageUrl: ctx.origin + listPath, feedUrls,
        publisher: { name: m.siteName, url: ctx.origin + paths.home(locale) },
        entries: await entries(locale, items), emptyUpdated: new Date().toISOString(),
      });
      // The list it follows, the items in it, and the meetings whose report text it carries.
      const meetings = items.flatMap((i) => (i.type === 'meeting_report' && i.meetingId !== null ? [purgeKeys.meeting(i.meetingId)] : []));
      // All news is purged by any publish (list:all): its feeds need not name their items.
      return { html, keys: [...keys, ...(keys.includes(purgeKeys.all) ? [] : listedItemKeys(items)), ...meetings] };
    }, FEED_CONTENT_TYPES[format]);
  }

  for (const format of FEED_FORMATS) {
    app.get(`/:locale/news/feed.${format}`, async (request, reply) => {
      const locale = localeParam((request.params as { locale: string }).locale);
      return serveFeed(request, reply, locale, format, async () => {
        const m = messages(locale);
        return { subject: m.allNews, description: m.allNews, listPath: paths.allNews(locale), items: await listLinkedItems(db, { locale, limit: FEED_SIZE }), keys: [purgeKeys.all] };
      });
    });

    app.get(`/:locale/news/:section/feed.${format}`, async (request, reply) => {
      const params = request.params as { locale: string; section: string };
      const locale = localeParam(params.locale);
      return serveFeed(request, reply, locale, format, async () => {
        const section = await findSection(db, locale, params.section);
        if (!section) throw new AppError('not_found', `no section "${params.section}"`);
        return {
          subject: section.name, description: section.description ?? section.name, listPath: paths.section(locale, section.slug),
          items: await listLinkedItems(db, { locale, sectionId: section.id, limit: FEED_SIZE }),
          keys: [purgeKeys.section(section.slug), purgeKeys.list.section(section.slug)],
        };
      });
    });

    app.get(`/:locale/bodies/:slug/feed.${format}`, async (request, reply) => {
      const params = request.params as { locale: string; slug: string };
      const locale = localeParam(params.locale);
      return serveFeed(request, reply, locale, format, async () => {
        const body = await findBodyRef(db, locale, params.slug);
        if (!body) throw new AppError('not_found', `no body "${params.slug}"`);
        return { subject: body.name, description: discoveryMessages(locale).feedAbout(body.name), listPath: discoveryPaths.body(locale, body.slug), items: await listLinkedItems(db, { locale, bodyId: body.id, limit: FEED_SIZE }), keys: [purgeKeys.body(body.id), purgeKeys.list.body(body.id)] };
      });
    });

    app.get(`/:locale/people/:slug/feed.${format}`, async (request, reply) => {
      const params = request.params as { locale: string; slug: string };
      const locale = localeParam(params.locale);
      return serveFeed(request, reply, locale, format, async () => {
        const person = await findPersonRef(db, locale, params.slug);
        if (!person) throw new AppError('not_found', `no person "${params.slug}"`);
        return { subject: person.name, description: discoveryMessages(locale).feedAbout(person.name), listPath: discoveryPaths.person(locale, person.slug), items: await listLinkedItems(db, { locale, personId: person.id, limit: FEED_SIZE }), keys: [purgeKeys.person(person.id), purgeKeys.list.person(person.id)] };
      });
    });

    app.get(`/:locale/states/:code/feed.${format}`, async (request, reply) => {
      const params = request.params as { locale: string; code: string };
      const locale = localeParam(params.locale);
      return serveFeed(request, reply, locale, format, async () => {
        const state = /^[a-z]{2}$/.test(params.code) ? await findStateRef(db, locale, params.code.toUpperCase()) : undefined;
        if (!state) throw new AppError('not_found', `no member state "${params.code}"`);
        return { subject: state.name, description: discoveryMessages(locale).feedAbout(state.name), listPath: discoveryPaths.state(locale, state.code), items: await listLinkedItems(db, { locale, stateCode: state.code, limit: FEED_SIZE }), keys: [purgeKeys.state(state.code), purgeKeys.list.state(state.code)] };
      });
    });
  }
}
