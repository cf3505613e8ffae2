/**
 * The read API v1 as a Fastify plugin (registered with prefix /api/v1). Its own hooks: CORS for
 * GET, a per-IP rate limit, ETag/304, and an error handler that always answers JSON with the
 * catalogue's stable codes. Route schemas (TypeBox) validate input, shape output and generate the
 * OpenAPI 3.1 document at /api/v1/openapi.json. Handlers parse, call named queries, present.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import fastifySwagger from '@fastify/swagger';
import fastifyRateLimit from '@fastify/rate-limit';
import { databaseRateLimitStore } from './rate-limit-store.ts';
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type { DB } from '../platform/db/schema.ts';
import type { StoreDialect } from '../platform/db/dialect.ts';
import { searchItems } from '../search/queries.ts';
import type { Locale } from '../platform/i18n/locales.ts';
import { AppError } from '../platform/errors.ts';
import { findPublishedItem, listItemsPage, listSections, publishedLocales } from '../newsroom/queries.ts';
import { documentLinks, listAppointmentsPage, listBodyRows, listPeoplePage, listStateRows } from '../directory/queries.ts';
import { findMeeting, listMeetingKeysPage } from '../meetings/queries.ts';
import { meetingParticipantRows, meetingRecords } from './open-data.ts';
import { generateMeetingReport } from '../meetings/report-text.ts';
import { paragraphsToHtml, renderBody } from '../newsroom/body-text.ts';
import type { DocumentType } from '../newsroom/domain.ts';
import type { MeetingFormat } from '../meetings/domain.ts';
import { DOCUMENT_TYPES } from '../newsroom/domain.ts';
import { MEETING_FORMATS } from '../meetings/domain.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { ResponseCache } from './response-cache.ts';
import type { EventBus } from '../platform/events.ts';
import { sendApiError } from './errors.ts';
import {
  AppointmentSchema, BodySchema, Cursor, Enum, ErrorBody, Nullable, ItemSchema, ItemSummarySchema, Limit, localeQuery, MeetingSchema, Page,
  ParticipantRowSchema, PersonSchema, SearchFacetsSchema, SearchHitSchema, SectionSchema, Slug, StateSchema, Year,
} from './schemas.ts';
import {
  participantRowsCsv, presentAppointment, presentBody, presentItem, presentItemSummary, presentMeeting,
  presentPerson, presentSearchHit, presentSection, presentState, type ApiContext,
} from './presenters.ts';

export interface ApiOptions {
  db: Kysely<DB>;
  /** For full-text search (absent = no /search endpoint). */
  dialect?: StoreDialect;
  locales: readonly Locale[];
  /** Public origin, for absolute links. */
  origin: string;
  /** Environment for API_RATE_LIMIT (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Domain events: published changes empty the response cache. Without them, nothing is cached. */
  events?: EventBus;
}

/** API_RATE_LIMIT: `N` (per minute), `N/second|minute|hour`, or `off`. Default 300 per minute. */
export function parseRateLimit(raw: string | undefined): { max: number; timeWindow: number } | null {
  const text = raw?.trim() || '300/minute';
  if (text === 'off' || text === '0') return null;
  const m = /^(\d+)(?:\s*\/\s*(s|sec|second|m|min|minute|h|hour))?$/.exec(text);
  if (!m) throw new AppError('config.invalid', `API_RATE_LIMIT must look like 300 or 300/minute or off (got "${text}")`, { where: 'API_RATE_LIMIT' });
  const unit = m[2] ?? 'minute';
  const timeWindow = unit.startsWith('s') ? 1000 : unit.startsWith('h') ? 3600_000 : 60_000;
  return { max: Number(m[1]), timeWindow };
}

function etagOf(payload: string | Buffer): string {
  return `"${createHash('sha1').update(payload).digest('base64url')}"`;
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

export async function apiPlugin(app: FastifyInstance, options: ApiOptions): Promise<void> {
  const { db } = options;
  const ctx: ApiContext = { origin: options.origin, locales: options.locales };
  const env = options.env ?? process.env;
  const defaultLocale = options.locales[0]!;
  const LocaleQ = localeQuery(options.locales);

  app.setErrorHandler((error, request, reply) => sendApiError(error, request, reply));
  app.setNotFoundHandler((request, reply) =>
    sendApiError(new AppError('not_found', `no API endpoint ${request.method} ${request.url.split('?')[0]}; see /api/v1/openapi.json`), request, reply));

  app.addHook('onRequest', async (_request, reply) => {
    reply.header('access-control-allow-origin', '*')
      .header('access-control-expose-headers', 'ETag, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset')
      .header('cross-origin-resource-policy', 'cross-origin');
  });

  // Successful GETs are cached (when events tell us what changed) and carry an ETag; 304 when the client has it.
  const cache = options.events ? new ResponseCache() : undefined;
  if (cache && options.events) {
    const events = options.events;
    const off = (['edition.published', 'document.withdrawn', 'directory.changed', 'meeting.changed', 'site.changed'] as const)
      .map((event) => events.on(event, () => cache.clear()));
    app.addHook('onClose', async () => off.forEach((f) => f()));
  }
  const fromCache = new WeakSet<FastifyRequest>();
  // preHandler: after the rate limit (onRequest) and input validation.
  app.addHook('preHandler', async (request, reply) => {
    if (!cache || (request.method !== 'GET' && request.method !== 'HEAD')) return;
    const hit = cache.get(request.url);
    if (!hit) return;
    fromCache.add(request);
    reply.header('etag', hit.etag).header('cache-control', 'public, max-age=60');
    if (etagMatches(request.headers['if-none-match'], hit.etag)) return reply.code(304).send();
    return reply.code(200).type(hit.contentType).send(hit.body);
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (fromCache.has(request)) return payload;
    if ((request.method !== 'GET' && request.method !== 'HEAD') || reply.statusCode !== 200) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const etag = etagOf(payload);
    cache?.set(request.url, { body: Buffer.isBuffer(payload) ? payload : Buffer.from(payload, 'utf8'), etag, contentType: String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8') });
    reply.header('etag', etag);
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'public, max-age=60');
    if (etagMatches(request.headers['if-none-match'], etag)) {
      reply.code(304);
      reply.removeHeader('content-type');
      reply.removeHeader('content-length');
      return '';
    }
    return payload;
  });

  const limit = parseRateLimit(env.API_RATE_LIMIT);
  if (limit) {
    await app.register(fastifyRateLimit, {
      global: true, max: limit.max, timeWindow: limit.timeWindow,
      // Instances sharing one PostgreSQL share the counts; SQLite means one instance, counted in memory.
      ...(options.dialect?.kind === 'postgres' ? { store: databaseRateLimitStore(db), skipOnError: true } : {}),
      keyGenerator: (request) => request.ip,
      errorResponseBuilder: (_request, context) => {
        const window = limit.timeWindow === 1000 ? 'second' : limit.timeWindow === 60_000 ? 'minute' : 'hour';
        const error = new Error(`too many requests from this address (the limit is ${context.max} per ${window}); retry in ${context.after}`) as Error & { statusCode: number };
        error.statusCode = 429;
        return error;
      },
    });
  }

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Communiqué read API', version: '1.0.0',
        description: 'Published news, statements and meeting reports, the directory of bodies, member states and officials, and meetings with their participants. ' +
          'All content is per locale (`?locale=`). Lists are paged with opaque cursors (`next`). Responses carry an ETag; send If-None-Match for a 304. ' +
          'CORS is open for GET. Requests are rate limited per IP (429 with Retry-After). Errors are JSON: {"error": {"code", "message", "where"}}.',
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
      },
      servers: [{ url: options.origin }],
    },
  });

  const errors = { 400: ErrorBody, 429: ErrorBody };
  const notFound = { 404: ErrorBody };
  const localeOf = (q: { locale?: string }): Locale => (q.locale as Locale | undefined) ?? defaultLocale;
  const page = <T, R>(list: string, rows: T[], size: number, key: (last: T) => (string | number)[], present: (row: T) => R) => {
    const shown = rows.slice(0, size);
    const last = shown[shown.length - 1];
    return { data: shown.map(present), next: rows.length > size && last ? encodeCursor(list, key(last)) : null };
  };
  function route<Q extends TSchema, P extends TSchema>(
    url: string,
    spec: { summary: string; tags: string[]; querystring: Q; params?: P; response: Record<number, TSchema> },
    handler: (request: FastifyRequest<{ Querystring: Static<Q>; Params: P extends TSchema ? Static<P> : never }>, reply: FastifyReply) => Promise<unknown>,
  ): void {
    app.get(url, {
      schema: {
        summary: spec.summary, tags: spec.tags, querystring: spec.querystring, ...(spec.params ? { params: spec.params } : {}),
        response: spec.response,
      },
    }, handler as never);
  }

  // ---- items ----
  const ItemsQuery = Type.Object({
    locale: LocaleQ, cursor: Cursor, limit: Limit,
    section: Type.Optional(Slug), body: Type.Optional(Slug), person: Type.Optional(Slug),
    state: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2}$', description: 'member state ISO code' })),
    year: Year,
    type: Type.Optional(Enum(DOCUMENT_TYPES)),
  });
  route('/items', { summary: 'Published items, newest first', tags: ['items'], querystring: ItemsQuery, response: { 200: Page(ItemSummarySchema), ...errors } }, async (request) => {
    const q = request.query;
    const locale = localeOf(q);
    const size = q.limit ?? 20;
    const after = decodeCursor(q.cursor, 'items', ['t', 'i'] as const);
    const rows = await listItemsPage(db, {
      locale, limit: size + 1, now: new Date().toISOString(),
      filter: {
        ...(q.section !== undefined ? { sectionSlug: q.section } : {}), ...(q.body !== undefined ? { bodySlug: q.body } : {}),
        ...(q.person !== undefined ? { personSlug: q.person } : {}), ...(q.state !== undefined ? { stateCode: q.state.toUpperCase() } : {}),
        ...(q.year !== undefined ? { year: q.year } : {}), ...(q.type !== undefined ? { type: q.type as DocumentType } : {}),
      },
      ...(after ? { after: { publicTimestamp: after[0], documentId: after[1] } } : {}),
    });
    const locales = await publishedLocales(db, rows.slice(0, size).map((r) => r.documentId));
    return page('items', rows, size, (r) => [r.publicTimestamp, r.documentId], (r) => presentItemSummary(ctx, locale, r, locales.get(r.documentId) ?? [locale]));
  });

  route('/items/:slug', {
    summary: 'One published item in a locale', tags: ['items'], querystring: Type.Object({ locale: LocaleQ }), params: Type.Object({ slug: Slug }),
    response: { 200: Type.Object({ data: ItemSchema }), ...errors, ...notFound },
  }, async (request) => {
    const locale = localeOf(request.query);
    const { slug } = request.params as { slug: string };
    const found = await findPublishedItem(db, locale, slug);
    // Not yet public (embargoed) items are not shown.
    const item = found && found.publicTimestamp <= new Date().toISOString() ? found : undefined;
    if (!item) {
      const elsewhere: Locale[] = [];
      for (const l of options.locales) {
        const other = l === locale ? undefined : await findPublishedItem(db, l, slug);
        if (other && other.publicTimestamp <= new Date().toISOString()) elsewhere.push(l);
      }
      throw new AppError('not_found', elsewhere.length > 0
        ? `item "${slug}" is not published in locale ${locale}; it is in: ${elsewhere.join(', ')}`
        : `no published item "${slug}"`, { where: elsewhere.length > 0 ? 'locale' : 'slug' });
    }
    const [links, meeting] = await Promise.all([
      documentLinks(db, locale, item.documentId),
      item.type === 'meeting_report' && item.meetingId ? findMeeting(db, locale, item.meetingId) : undefined,
    ]);
    let bodyHtml = renderBody(item.body);
    if (meeting?.report) bodyHtml = `${paragraphsToHtml(generateMeetingReport(meeting.report))}\n${bodyHtml}`;
    return { data: presentItem(ctx, locale, item, { bodyHtml, links }) };
  });

  // ---- sections, bodies, states ----
  const LocaleOnly = Type.Object({ locale: LocaleQ });
  route('/sections', { summary: 'Sections of the news', tags: ['newsroom'], querystring: LocaleOnly, response: { 200: Type.Object({ data: Type.Array(SectionSchema) }), ...errors } }, async (request) => {
    return { data: (await listSections(db, localeOf(request.query))).map(presentSection) };
  });
  route('/bodies', { summary: 'Statutory bodies and units', tags: ['directory'], querystring: LocaleOnly, response: { 200: Type.Object({ data: Type.Array(BodySchema) }), ...errors } }, async (request) => {
    return { data: (await listBodyRows(db, localeOf(request.query))).map(presentBody) };
  });
  route('/bodies/:slug', {
    summary: 'One body', tags: ['directory'], querystring: LocaleOnly, params: Type.Object({ slug: Slug }), response: { 200: Type.Object({ data: BodySchema }), ...errors, ...notFound },
  }, async (request) => {
    const { slug } = request.params as { slug: string };
    const body = (await listBodyRows(db, localeOf(request.query))).find((b) => b.slug === slug);
    if (!body) throw new AppError('not_found', `no body "${slug}"`, { where: 'slug' });
    return { data: presentBody(body) };
  });
  route('/states', { summary: 'Member states', tags: ['directory'], querystring: LocaleOnly, response: { 200: Type.Object({ data: Type.Array(StateSchema) }), ...errors } }, async (request) => {
    return { data: (await listStateRows(db, localeOf(request.query))).map(presentState) };
  });
  route('/states/:code', {
    summary: 'One member state', tags: ['directory'], querystring: LocaleOnly, params: Type.Object({ code: Type.String({ minLength: 1, maxLength: 10 }) }),
    response: { 200: Type.Object({ data: StateSchema }), ...errors, ...notFound },
  }, async (request) => {
    const code = (request.params as { code: string }).code.toUpperCase();
    const state = (await listStateRows(db, localeOf(request.query))).find((s) => s.code === code);
    if (!state) throw new AppError('not_found', `no member state "${code}"`, { where: 'code' });
    return { data: presentState(state) };
  });

  // ---- people, appointments ----
  route('/people', {
    summary: 'People (officials)', tags: ['directory'], querystring: Type.Object({ locale: LocaleQ, cursor: Cursor, limit: Limit }),
    response: { 200: Page(PersonSchema), ...errors },
  }, async (request) => {
    const q = request.query;
    const size = q.limit ?? 20;
    const after = decodeCursor(q.cursor, 'people', ['i'] as const);
    const rows = await listPeoplePage(db, localeOf(q), { limit: size + 1, ...(after ? { afterId: after[0] } : {}) });
    return page('people', rows, size, (r) => [r.id], presentPerson);
  });
  route('/people/:slug', {
    summary: 'One person', tags: ['directory'], querystring: LocaleOnly, params: Type.Object({ slug: Slug }), response: { 200: Type.Object({ data: PersonSchema }), ...errors, ...notFound },
  }, async (request) => {
    const { slug } = request.params as { slug: string };
    const [person] = await listPeoplePage(db, localeOf(request.query), { slug, limit: 1 });
    if (!person) throw new AppError('not_found', `no person "${slug}"`, { where: 'slug' });
    return { data: presentPerson(person) };
  });
  route('/appointments', {
    summary: 'Appointments: who held which role from when to when', tags: ['directory'],
    querystring: Type.Object({
      locale: LocaleQ, cursor: Cursor, limit: Limit, person: Type.Optional(Slug), body: Type.Optional(Slug),
      state: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2}$' })),
    }),
    response: { 200: Page(AppointmentSchema), ...errors },
  }, async (request) => {
    const q = request.query;
    const size = q.limit ?? 20;
    const after = decodeCursor(q.cursor, 'appointments', ['i'] as const);
    const rows = await listAppointmentsPage(db, localeOf(q), {
      limit: size + 1, ...(after ? { afterId: after[0] } : {}),
      ...(q.person !== undefined ? { personSlug: q.person } : {}), ...(q.body !== undefined ? { bodySlug: q.body } : {}),
      ...(q.state !== undefined ? { stateCode: q.state.toUpperCase() } : {}),
    });
    return page('appointments', rows, size, (r) => [r.id], presentAppointment);
  });

  // ---- meetings ----
  const MeetingFilter = {
    body: Type.Optional(Slug), year: Year,
    format: Type.Optional(Enum(MEETING_FORMATS)),
  };
  const meetingFilter = (q: { body?: string; year?: number; format?: string }) => ({
    ...(q.body !== undefined ? { bodySlug: q.body } : {}), ...(q.year !== undefined ? { year: q.year } : {}),
    ...(q.format !== undefined ? { format: q.format as MeetingFormat } : {}),
  });
  route('/meetings', {
    summary: 'Meetings with their chair and participants, newest first', tags: ['meetings'],
    querystring: Type.Object({ locale: LocaleQ, cursor: Cursor, limit: Limit, ...MeetingFilter }),
    response: { 200: Page(MeetingSchema), ...errors },
  }, async (request) => {
    const q = request.query;
    const size = q.limit ?? 20;
    const after = decodeCursor(q.cursor, 'meetings', ['d', 'i'] as const);
    const keys = await listMeetingKeysPage(db, { ...meetingFilter(q), limit: size + 1, ...(after ? { after: { date: after[0], id: after[1] } } : {}) });
    const records = await meetingRecords(db, localeOf(q), keys.slice(0, size).map((k) => k.id));
    const last = keys[Math.min(size, keys.length) - 1];
    return { data: records.map(presentMeeting), next: keys.length > size && last ? encodeCursor('meetings', [last.date, last.id]) : null };
  });

  const ParticipantsQuery = Type.Object({ locale: LocaleQ, ...MeetingFilter });
  const participantRows = (q: Static<typeof ParticipantsQuery>) => meetingParticipantRows(db, localeOf(q), meetingFilter(q));
  route('/meetings/participants', {
    summary: 'Open data: one row per participant of each meeting (the chair included)', tags: ['meetings', 'open data'],
    querystring: ParticipantsQuery, response: { 200: Type.Object({ data: Type.Array(ParticipantRowSchema) }), ...errors },
  }, async (request) => ({ data: await participantRows(request.query) }));
  route('/meetings/participants.csv', {
    summary: 'Open data as CSV (UTF-8, header line, RFC 4180 quoting)', tags: ['meetings', 'open data'],
    querystring: ParticipantsQuery,
    response: { 200: { description: 'CSV, UTF-8, with a header line', content: { 'text/csv': { schema: Type.String() } } } as unknown as TSchema, ...errors },
  }, async (request, reply) => {
    const csv = participantRowsCsv(await participantRows(request.query));
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="meeting-participants.csv"').send(csv);
  });
  route('/meetings/:id', {
    summary: 'One meeting', tags: ['meetings'], querystring: LocaleOnly, params: Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2 ** 31 - 1 }) }),
    response: { 200: Type.Object({ data: MeetingSchema }), ...errors, ...notFound },
  }, async (request) => {
    const { id } = request.params as { id: number };
    const meeting = await findMeeting(db, localeOf(request.query), id);
    if (!meeting) throw new AppError('not_found', `no meeting ${id}`, { where: 'id' });
    return { data: presentMeeting(meeting) };
  });

  // ---- search ----
  const dialect = options.dialect;
  if (dialect) {
    route('/search', {
      summary: 'Full-text search across both languages (word forms, phrases, names across scripts), with filter counts', tags: ['items'],
      querystring: Type.Object({
        q: Type.String({ maxLength: 2000, description: 'the query; "quoted phrases" are kept together' }),
        locale: LocaleQ, cursor: Cursor, limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10 })),
        sort: Type.Optional(Enum(['relevance', 'date'] as const)),
        section: Type.Optional(Slug), body: Type.Optional(Slug), person: Type.Optional(Slug),
        state: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2}$' })), year: Year, type: Type.Optional(Enum(DOCUMENT_TYPES)),
      }),
      response: {
        200: Type.Object({ data: Type.Array(SearchHitSchema), total: Type.Integer(), facets: SearchFacetsSchema, next: Nullable(Type.String()) }),
        ...errors,
      },
    }, async (request) => {
      const q = request.query;
      const locale = localeOf(q);
      const pageNumber = decodeCursor(q.cursor, 'search', ['i'] as const)?.[0] ?? 1;
      if (pageNumber < 1) throw new AppError('input.invalid', 'the cursor parameter is not a cursor this API gave out; start again without it', { where: 'cursor' });
      const result = await searchItems(db, dialect, {
        q: q.q, locale, page: pageNumber, pageSize: q.limit ?? 10, ...(q.sort ? { sort: q.sort } : {}),
        filters: {
          ...(q.section !== undefined ? { section: q.section } : {}), ...(q.body !== undefined ? { body: q.body } : {}),
          ...(q.person !== undefined ? { person: q.person } : {}), ...(q.state !== undefined ? { state: q.state.toUpperCase() } : {}),
          ...(q.year !== undefined ? { year: q.year } : {}), ...(q.type !== undefined ? { type: q.type as DocumentType } : {}),
        },
      });
      return {
        data: result.items.map((i) => presentSearchHit(ctx, i)), total: result.total, facets: result.facets,
        next: result.page < result.pages ? encodeCursor('search', [result.page + 1]) : null,
      };
    });
  }

  // ---- the document and CORS preflight ----
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.options('/*', { schema: { hide: true }, config: { rateLimit: false } }, async (_request, reply) =>
    reply.code(204)
      .header('access-control-allow-methods', 'GET, HEAD, OPTIONS')
      .header('access-control-allow-headers', 'If-None-Match, Accept, Accept-Language, Content-Type')
      .header('access-control-max-age', '86400')
      .send());
}
