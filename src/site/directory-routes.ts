/**
 * Directory pages of the public site as a Fastify plugin: people, bodies, member states, the
 * meetings archive and a meeting, in every configured locale. Handlers parse input, call named
 * queries, build view models and render pure views; pages are cached like the rest of the site.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../platform/errors.ts';
import { isLocale, type Locale } from '../platform/i18n/locales.ts';
import { messages } from '../platform/i18n/messages.ts';
import { formatCalendarDate, localDate, formatDate } from '../platform/i18n/format.ts';
import { listSections } from '../newsroom/queries.ts';
import {
  findBodyProfile, findOrganization, findPersonProfile, findStateProfile, listBodies, listLinkedItems, type LinkedItem,
} from '../directory/queries.ts';
import { findMeetingPage, listMeetings, listMeetingsAttended, listMeetingYears, type MeetingFilter } from '../meetings/queries.ts';
import { isMeetingFormat, MEETING_FORMATS } from '../meetings/domain.ts';
import type { SiteOptions } from './routes.ts';
import { alternates, chrome, itemCard, meetingVM, parsePage, type SiteContext } from './presenters.ts';
import { cachedReply, type KeyedPage } from './discovery-cache.ts';
import { keys as purgeKeys, listedItemKeys } from './purge.ts';
import { discoveryMessages } from './discovery-messages.ts';
import { discoveryPaths } from './discovery-paths.ts';
import { feedLinks } from './feed-links.ts';
import { appointmentVM, meetingRowVM, partialDate, yearsText } from './directory-presenters.ts';
import { countryLd, eventLd, jsonLdText, organizationLd, personLd } from './structured-data.ts';
import { bodyPage, meetingPage, meetingsArchivePage, personPage, statePage } from './views/directory.tsx';
import type { ChromeVM, ItemCardVM } from './view-models.ts';
import type { FeedListVM } from './directory-view-models.ts';
import { paths } from './paths.ts';
import { feedsPlugin } from './feeds.ts';
import { sitemapsPlugin } from './sitemaps.ts';

export const DIRECTORY_ITEMS = 10;
export const DIRECTORY_MEETINGS = 20;
export const ARCHIVE_PAGE_SIZE = 20;

function linkedCard(ctx: SiteContext, locale: Locale, item: LinkedItem): ItemCardVM {
  return itemCard(ctx, locale, item);
}

function feedList(ctx: SiteContext, locale: Locale, path: string, subject: string): FeedListVM {
  return { links: feedLinks(ctx.origin, locale, path, subject).map((f, i) => ({ href: f.href.slice(ctx.origin.length), type: f.type, label: ['RSS', 'Atom', 'JSON Feed'][i]! })) };
}

/** Parses the meetings-archive query; bad values are a 400 naming the parameter. */
export function parseArchiveQuery(query: Record<string, unknown>, locale: Locale): { body: string | null; year: number | null; format: (typeof MEETING_FORMATS)[number] | null; page: number } {
  const d = discoveryMessages(locale);
  const text = (name: string): string | null => {
    const v = query[name];
    if (v === undefined || v === '') return null;
    if (typeof v !== 'string') throw new AppError('input.invalid', d.badFilter(name, String(v)), { where: name });
    return v;
  };
  const body = text('body');
  if (body !== null && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(body)) throw new AppError('input.invalid', d.bodyFilterUnknown(body.slice(0, 100)), { where: 'body' });
  const yearText = text('year');
  let year: number | null = null;
  if (yearText !== null) {
    if (!/^\d{4}$/.test(yearText) || Number(yearText) < 1900 || Number(yearText) > 2999) throw new AppError('input.invalid', d.badFilter('year', yearText.slice(0, 100)), { where: 'year' });
    year = Number(yearText);
  }
  const formatText = text('format');
  if (formatText !== null && !isMeetingFormat(formatText)) {
    throw new AppError('input.invalid', `${d.badFilter('format', formatText.slice(0, 100))} (${d.formatValues})`, { where: 'format' });
  }
  const page = parsePage(query.page);
  if (page === null) throw new AppError('input.invalid', messages(locale).pageParameter(String(query.page).slice(0, 100)), { where: 'page' });
  return { body, year, format: formatText as (typeof MEETING_FORMATS)[number] | null, page };
}

function archiveQuery(f: { body: string | null; year: number | null; format: string | null }, page = 1): string {
  const q = new URLSearchParams();
  if (f.body) q.set('body', f.body);
  if (f.year !== null) q.set('year', String(f.year));
  if (f.format) q.set('format', f.format);
  if (page > 1) q.set('page', String(page));
  return q.toString();
}

export async function directoryPlugin(app: FastifyInstance, options: SiteOptions): Promise<void> {
  const { db, context: ctx, cache } = options;

  function localeParam(value: unknown): Locale {
    if (isLocale(value) && ctx.locales.includes(value)) return value;
    throw new AppError('not_found', `no locale "${String(value)}"`);
  }

  async function pageChrome(locale: Locale, page: { title: string; description?: string; path: string; current: string; pathFor: (l: Locale) => string }): Promise<ChromeVM> {
    const sections = await listSections(db, locale);
    return chrome(ctx, locale, {
      title: page.title, ...(page.description ? { description: page.description } : {}), path: page.path, current: page.current,
      alternates: alternates(ctx, ctx.locales, page.pathFor),
    }, sections);
  }

  const serve = (request: FastifyRequest, reply: FastifyReply, render: () => Promise<KeyedPage>) => cachedReply(cache, request, reply, render);
  const meetingKeys = (meetings: readonly { id: number }[]) => meetings.map((m) => purgeKeys.meeting(m.id));

  app.get('/:locale/people/:slug/', async (request, reply) => {
    const params = request.params as { locale: string; slug: string };
    const locale = localeParam(params.locale);
    return serve(request, reply, async () => {
      const person = await findPersonProfile(db, locale, params.slug);
      if (!person) throw new AppError('not_found', `no person "${params.slug}"`);
      const d = discoveryMessages(locale);
      const name = `${person.given} ${person.family}`;
      const fullName = [person.given, person.patronymic, person.family].filter(Boolean).join(' ');
      const path = discoveryPaths.person(locale, person.slug);
      const [meetings, items] = await Promise.all([
        listMeetingsAttended(db, locale, person.id),
        listLinkedItems(db, { locale, personId: person.id, limit: DIRECTORY_ITEMS }),
      ]);
      const current = person.appointments.filter((a) => a.endedOn === null);
      const rank = person.ranks[person.ranks.length - 1];
      const base = await pageChrome(locale, {
        title: name, description: [rank?.name, name, current.map((a) => a.roleName).join('; ')].filter(Boolean).join(' — '),
        path, current: '', pathFor: (l) => discoveryPaths.person(l, person.slug),
      });
      const ld = personLd({
        url: ctx.origin + path, name, givenName: person.given, familyName: person.family, additionalName: person.patronymic,
        alternateNames: person.aliases, jobTitles: current.map((a) => a.roleName), honorificPrefix: rank?.name ?? null, gender: person.gender,
      });
      const html = personPage({
        chrome: { ...base, feeds: feedLinks(ctx.origin, locale, path, name), jsonLd: [jsonLdText(ld)], openGraph: { type: 'profile' } },
        name, fullName, aliases: person.aliases,
        ranks: person.ranks.map((r) => ({ name: r.name, since: partialDate(r.since, r.sincePrecision, locale) })),
        appointments: [...person.appointments].reverse().map((a) => appointmentVM(locale, a)),
        meetings: meetings.map((m) => meetingRowVM(locale, m)),
        items: items.map((i) => linkedCard(ctx, locale, i)),
        feeds: feedList(ctx, locale, path, name),
      });
      void d;
      return { html, keys: [purgeKeys.person(person.id), purgeKeys.list.person(person.id), ...listedItemKeys(items), ...meetingKeys(meetings)] };
    });
  });

  app.get('/:locale/bodies/:slug/', async (request, reply) => {
    const params = request.params as { locale: string; slug: string };
    const locale = localeParam(params.locale);
    return serve(request, reply, async () => {
      const body = await findBodyProfile(db, locale, params.slug);
      if (!body) throw new AppError('not_found', `no body "${params.slug}"`);
      const d = discoveryMessages(locale);
      const path = discoveryPaths.body(locale, body.slug);
      const [{ meetings }, items] = await Promise.all([
        listMeetings(db, locale, { bodyId: body.id }, { limit: DIRECTORY_MEETINGS, offset: 0 }),
        listLinkedItems(db, { locale, bodyId: body.id, limit: DIRECTORY_ITEMS }),
      ]);
      const base = await pageChrome(locale, { title: body.name, path, current: '', pathFor: (l) => discoveryPaths.body(l, body.slug) });
      const ld = organizationLd({
        url: ctx.origin + path, name: body.name, alternateName: body.abbreviation,
        parent: body.parent ? { name: body.parent.name, url: ctx.origin + discoveryPaths.body(locale, body.parent.slug) } : null,
        children: body.children.map((c) => ({ name: c.name, url: ctx.origin + discoveryPaths.body(locale, c.slug) })),
      });
      const ofOrganization = body.chairmanships.some((c) => c.ofOrganization);
      const html = bodyPage({
        chrome: { ...base, feeds: feedLinks(ctx.origin, locale, path, body.name), jsonLd: [jsonLdText(ld)] },
        name: body.name, abbreviation: body.abbreviation,
        parent: body.parent ? { href: discoveryPaths.body(locale, body.parent.slug), label: body.parent.name } : null,
        children: body.children.map((c) => ({ href: discoveryPaths.body(locale, c.slug), label: c.name })),
        chairmanshipHeading: ofOrganization ? d.chairmanshipOfOrganization : d.chairmanship,
        chairmanships: [...body.chairmanships].reverse().map((c) => ({
          years: yearsText(c.startedOn, c.endedOn, locale), state: { href: discoveryPaths.state(locale, c.stateCode), label: c.stateName },
        })),
        officials: [...body.officials].reverse().map((o) => appointmentVM(locale, o.appointment, o.person)),
        meetings: meetings.map((m) => meetingRowVM(locale, m)),
        meetingsHref: discoveryPaths.meetings(locale, archiveQuery({ body: body.slug, year: null, format: null })),
        items: items.map((i) => linkedCard(ctx, locale, i)),
        feeds: feedList(ctx, locale, path, body.name),
      });
      return { html, keys: [purgeKeys.body(body.id), purgeKeys.list.body(body.id), ...listedItemKeys(items), ...meetingKeys(meetings)] };
    });
  });

  app.get('/:locale/states/:code/', async (request, reply) => {
    const params = request.params as { locale: string; code: string };
    const locale = localeParam(params.locale);
    if (/^[A-Za-z]{2}$/.test(params.code) && params.code !== params.code.toLowerCase()) {
      return reply.redirect(discoveryPaths.state(locale, params.code), 301);
    }
    return serve(request, reply, async () => {
      const code = params.code.toUpperCase();
      const state = /^[A-Z]{2}$/.test(code) ? await findStateProfile(db, locale, code) : undefined;
      if (!state) throw new AppError('not_found', `no member state "${params.code}"`);
      const path = discoveryPaths.state(locale, state.code);
      const [{ meetings }, items] = await Promise.all([
        listMeetings(db, locale, { stateCode: state.code }, { limit: DIRECTORY_MEETINGS, offset: 0 }),
        listLinkedItems(db, { locale, stateCode: state.code, limit: DIRECTORY_ITEMS }),
      ]);
      const base = await pageChrome(locale, { title: state.shortName, description: state.officialName, path, current: '', pathFor: (l) => discoveryPaths.state(l, state.code) });
      const since = state.memberships[0];
      const html = statePage({
        chrome: {
          ...base, feeds: feedLinks(ctx.origin, locale, path, state.shortName),
          jsonLd: [jsonLdText(countryLd({ url: ctx.origin + path, name: state.shortName, officialName: state.officialName, code: state.code }))],
        },
        name: state.shortName, officialName: state.officialName,
        memberSince: since ? partialDate(since.startedOn, 'day', locale) : null,
        officials: [...state.officials].reverse().map((o) => appointmentVM(locale, o.appointment, o.person)),
        chairmanships: [...state.chairmanships].reverse().map((c) => ({
          years: yearsText(c.startedOn, c.endedOn, locale), of: c.body ? { href: discoveryPaths.body(locale, c.body.slug), label: c.body.name } : null,
        })),
        meetings: meetings.map((m) => meetingRowVM(locale, m)),
        items: items.map((i) => linkedCard(ctx, locale, i)),
        feeds: feedList(ctx, locale, path, state.shortName),
      });
      return { html, keys: [purgeKeys.state(state.code), purgeKeys.list.state(state.code), ...listedItemKeys(items), ...meetingKeys(meetings)] };
    });
  });

  app.get('/:locale/meetings/', async (request, reply) => {
    const locale = localeParam((request.params as { locale: string }).locale);
    const q = parseArchiveQuery(request.query as Record<string, unknown>, locale);
    return serve(request, reply, async () => {
      const d = discoveryMessages(locale);
      const m = messages(locale);
      const [bodies, years] = await Promise.all([listBodies(db, locale), listMeetingYears(db)]);
      const body = q.body === null ? null : bodies.find((b) => b.slug === q.body);
      if (body === undefined) throw new AppError('input.invalid', d.bodyFilterUnknown(q.body!), { where: 'body' });
      const filter: MeetingFilter = {
        ...(body ? { bodyId: body.id } : {}), ...(q.year !== null ? { year: q.year } : {}), ...(q.format ? { format: q.format } : {}),
      };
      const { meetings, total } = await listMeetings(db, locale, filter, { limit: ARCHIVE_PAGE_SIZE, offset: (q.page - 1) * ARCHIVE_PAGE_SIZE });
      const pages = Math.max(1, Math.ceil(total / ARCHIVE_PAGE_SIZE));
      if (q.page > pages) throw new AppError('input.invalid', m.pageBeyondEnd(q.page, pages), { where: 'page' });
      const pathFor = (l: Locale, page = q.page) => discoveryPaths.meetings(l, archiveQuery(q, page));
      const base = await pageChrome(locale, {
        title: q.page > 1 ? `${d.meetingsArchive} · ${m.pageOf(q.page, pages)}` : d.meetingsArchive,
        description: d.meetingsIntro, path: pathFor(locale), current: 'meetings', pathFor: (l) => pathFor(l),
      });
      const yearOptions = q.year !== null && !years.includes(q.year) ? [...years, q.year].sort((a, b) => b - a) : years;
      const html = meetingsArchivePage({
        chrome: base,
        heading: d.meetingsArchive,
        intro: d.meetingsIntro,
        action: discoveryPaths.meetings(locale),
        filters: {
          body: bodies.map((b) => ({ value: b.slug, label: b.name, selected: b.slug === q.body })),
          year: yearOptions.map((y) => ({ value: String(y), label: String(y), selected: y === q.year })),
          format: MEETING_FORMATS.map((f) => ({ value: f, label: m.formats[f], selected: f === q.format })),
        },
        total,
        meetings: meetings.map((row) => meetingRowVM(locale, row)),
        pagination: {
          page: q.page, pages,
          newerHref: q.page > 1 ? pathFor(locale, q.page - 1) : null,
          olderHref: q.page < pages ? pathFor(locale, q.page + 1) : null,
        },
      });
      return { html, keys: [purgeKeys.meetings, ...meetingKeys(meetings)] };
    });
  });

  app.get('/:locale/meetings/:id/', async (request, reply) => {
    const params = request.params as { locale: string; id: string };
    const locale = localeParam(params.locale);
    return serve(request, reply, async () => {
      const found = /^[1-9]\d{0,8}$/.test(params.id) ? await findMeetingPage(db, locale, Number(params.id)) : undefined;
      if (!found) throw new AppError('not_found', `no meeting "${params.id}"`);
      const { record, startsAt, documents } = found;
      const d = discoveryMessages(locale);
      const dateText = formatCalendarDate(record.date, locale);
      const heading = d.meetingTitle(record.body.name, record.body.cases?.gen, dateText);
      const path = discoveryPaths.meeting(locale, record.id);
      const organization = await findOrganization(db, locale);
      const vm = meetingVM(locale, record);
      const base = await pageChrome(locale, { title: heading, path, current: 'meetings', pathFor: (l) => discoveryPaths.meeting(l, record.id) });
      const personUrl = (slug: string | null) => (slug ? { url: ctx.origin + discoveryPaths.person(locale, slug) } : {});
      const ld = eventLd({
        url: ctx.origin + path, name: heading, startDate: record.time ? startsAt : record.date, format: record.format, inLanguage: locale,
        location: record.format === 'videoconference' ? null : record.location?.name ?? null,
        organizer: { name: record.body.name, url: ctx.origin + discoveryPaths.body(locale, record.body.slug) },
        chair: record.chair ? { name: record.chair.name, jobTitle: record.chair.role, ...personUrl(record.chair.personSlug), ...(record.chair.state ? { nationality: record.chair.state.name } : {}) } : null,
        attendees: record.participants.map((p) => ({ name: p.name, jobTitle: p.role, ...personUrl(p.personSlug), ...(p.state ? { nationality: p.state.name } : {}) })),
        ...(organization ? { description: `${heading} — ${organization.name}` } : {}),
      });
      const html = meetingPage({
        chrome: { ...base, jsonLd: [jsonLdText(ld)] },
        heading, meeting: vm,
        bodyHref: discoveryPaths.body(locale, record.body.slug),
        items: documents.map((doc) => ({
          href: paths.item(locale, doc.sectionSlug, doc.slug), title: doc.title,
          dateIso: localDate(doc.publicTimestamp, ctx.timeZone), dateText: formatDate(doc.publicTimestamp, locale, ctx.timeZone),
        })),
        archiveHref: discoveryPaths.meetings(locale),
      });
      return { html, keys: [purgeKeys.meeting(record.id), purgeKeys.list.meeting(record.id), ...documents.map((doc) => purgeKeys.item(doc.slug))] };
    });
  });

  // Addresses without their trailing slash lead to the canonical one.
  app.get('/:locale/meetings', async (request, reply) => {
    const locale = localeParam((request.params as { locale: string }).locale);
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    return reply.redirect(`${discoveryPaths.meetings(locale)}${query}`, 301);
  });
  for (const kind of ['people', 'bodies', 'states', 'meetings'] as const) {
    app.get(`/:locale/${kind}/:key`, async (request, reply) => {
      const { locale, key } = request.params as { locale: string; key: string };
      return reply.redirect(`/${localeParam(locale)}/${kind}/${encodeURIComponent(key)}/`, 301);
    });
  }
}

/** Directory pages, feeds and sitemaps together: what the server registers. */
export async function discoveryPlugin(app: FastifyInstance, options: SiteOptions): Promise<void> {
  await app.register(directoryPlugin, options);
  await app.register(feedsPlugin, options);
  await app.register(sitemapsPlugin, options);
}
