/**
 * The public search page, `/{locale}/search?q=…`, as its own Fastify plugin. It also wires the
 * search index to the domain events of this app (see src/search/follow-events.ts).
 * Handlers parse input, call `searchItems`, build the view model and render the pure view.
 */
import type { FastifyInstance } from 'fastify';
import type { Store } from '../platform/db/connect.ts';
import type { EventBus } from '../platform/events.ts';
import { AppError } from '../platform/errors.ts';
import { isLocale, type Locale } from '../platform/i18n/locales.ts';
import { messages } from '../platform/i18n/messages.ts';
import { formatDate, localDate } from '../platform/i18n/format.ts';
import { listSections } from '../newsroom/queries.ts';
import { FACETS, parseSearchParams, type SearchRequest } from '../search/domain.ts';
import { searchItems, type SearchResult } from '../search/queries.ts';
import { searchMessages } from '../search/messages.ts';
import { fillEmptyIndex, followPublications } from '../search/follow-events.ts';
import { alternates, chrome, type SiteContext } from './presenters.ts';
import { paths } from './paths.ts';
import { searchPage, type SearchPageVM } from './views/search.tsx';

export const SEARCH_PAGE_SIZE = 10;

export interface SearchSiteOptions {
  store: Store;
  context: SiteContext;
  events: EventBus;
}

/** `/{locale}/search` with the given parameters (empty ones left out). */
export function searchPath(locale: Locale, params: Record<string, string | number | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, String(v));
  const text = query.toString();
  return `/${locale}/search${text ? `?${text}` : ''}`;
}

type Params = Record<string, string | number | undefined>;

function requestParams(r: SearchRequest): Params {
  return { q: r.q, ...r.filters, sort: r.sort === 'relevance' ? undefined : r.sort, page: r.page > 1 ? r.page : undefined };
}

export function searchPageVM(ctx: SiteContext, locale: Locale, request: SearchRequest, result: SearchResult, sections: Parameters<typeof chrome>[3]): SearchPageVM {
  const m = searchMessages(locale);
  const site = messages(locale);
  const current = requestParams(request);
  const href = (changes: Params) => searchPath(locale, { ...current, page: undefined, ...changes });
  const title = request.q.trim() ? m.resultsFor(request.q.trim().slice(0, 80)) : m.heading;
  const facetLabel = (f: (typeof FACETS)[number], value: string, label: string) =>
    f === 'type' ? site.documentTypes[value as keyof typeof site.documentTypes] ?? label : label;
  const active = FACETS.flatMap((f) => {
    const value = request.filters[f];
    if (value === undefined) return [];
    const known = result.facets[f].find((v) => v.selected);
    return [{ label: `${m.facetNames[f]}: ${facetLabel(f, String(value), known?.label ?? String(value))}`, removeHref: href({ [f]: undefined }) }];
  });
  return {
    chrome: {
      ...chrome(ctx, locale, {
        title, description: m.hint, path: searchPath(locale, current), current: 'search',
        alternates: alternates(ctx, ctx.locales, (l) => searchPath(l, current)),
      }, sections),
      noindex: true,
    },
    action: searchPath(locale),
    q: request.q,
    hidden: Object.entries({ ...request.filters, sort: current.sort }).flatMap(([name, v]) => (v === undefined ? [] : [{ name, value: String(v) }])),
    searched: result.searched,
    total: result.total,
    listed: result.listed,
    results: result.items.map((item) => ({
      href: paths.item(item.locale, item.section.slug, item.slug),
      lang: item.locale === locale ? null : item.locale,
      langLabel: item.locale === locale ? null : m.languageOfResult[item.locale],
      title: item.titleSegments,
      snippet: item.snippet,
      dateIso: localDate(item.publicTimestamp, ctx.timeZone),
      dateText: formatDate(item.publicTimestamp, locale, ctx.timeZone),
      typeLabel: site.documentTypes[item.type],
      section: { href: paths.section(locale, item.section.slug), label: item.section.name },
    })),
    facets: FACETS.map((f) => ({
      name: f,
      label: m.facetNames[f],
      values: result.facets[f].map((v) => ({
        label: facetLabel(f, v.value, v.label), count: v.count, selected: v.selected,
        href: href({ [f]: v.selected ? undefined : v.value }),
      })),
    })),
    active,
    sort: { current: request.sort, relevanceHref: href({ sort: undefined }), dateHref: href({ sort: 'date' }) },
    pagination: {
      page: result.page, pages: result.pages,
      newerHref: result.page > 1 ? href({ page: result.page - 1 > 1 ? result.page - 1 : undefined }) : null,
      olderHref: result.page < result.pages ? href({ page: result.page + 1 }) : null,
    },
  };
}

export async function searchPlugin(app: FastifyInstance, options: SearchSiteOptions): Promise<void> {
  const { store, context: ctx, events } = options;
  followPublications(store, events, { timeZone: ctx.timeZone });
  try {
    const built = await fillEmptyIndex(store, { timeZone: ctx.timeZone });
    if (built) app.log.info({ documents: built.documents, entries: built.entries }, 'search index built');
  } catch (error) {
    // Another instance may be building it at the same moment; searching still works meanwhile.
    app.log.warn({ err: error }, 'search index could not be built at start; run `communique reindex`');
  }

  app.get('/:locale/search', async (request, reply) => {
    const raw = (request.params as { locale: string }).locale;
    if (!isLocale(raw) || !ctx.locales.includes(raw)) throw new AppError('not_found', `no locale "${raw}"`);
    const locale: Locale = raw;
    const searchRequest = parseSearchParams(request.query as Record<string, unknown>, locale);
    const [result, sections] = await Promise.all([
      searchItems(store.db, store.dialect, {
        q: searchRequest.q, locale, filters: searchRequest.filters, sort: searchRequest.sort, page: searchRequest.page, pageSize: SEARCH_PAGE_SIZE,
      }),
      listSections(store.db, locale),
    ]);
    const html = searchPage(searchPageVM(ctx, locale, searchRequest, result, sections));
    return reply.header('cache-control', 'public, max-age=60').type('text/html; charset=utf-8').send(html);
  });
  app.get('/:locale/search/', async (request, reply) => {
    const raw = (request.params as { locale: string }).locale;
    if (!isLocale(raw) || !ctx.locales.includes(raw)) throw new AppError('not_found', `no locale "${raw}"`);
    const q = request.url.indexOf('?');
    return reply.redirect(`/${raw}/search${q >= 0 ? request.url.slice(q) : ''}`, 301);
  });
}
