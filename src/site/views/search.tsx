/** @jsxRuntime automatic */
/** @jsxImportSource preact */
/**
 * The search page and the search box. Pure: data in, markup out. Matched words are marked with
 * <mark> here, from plain text segments — no HTML ever comes from the index.
 */
import { Layout, renderDocument } from './layout.tsx';
import { SearchBox } from './search-box.tsx';

export { SearchBox };
import { searchMessages } from '../../search/messages.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { ChromeVM, LinkVM, PaginationVM } from '../view-models.ts';

export interface SegmentVM {
  text: string;
  hit: boolean;
}

export interface SearchResultVM {
  href: string;
  /** Language of the result when it is not the page's. */
  lang: Locale | null;
  langLabel: string | null;
  title: SegmentVM[];
  snippet: SegmentVM[];
  dateIso: string;
  dateText: string;
  typeLabel: string;
  section: LinkVM;
}

export interface FacetVM {
  name: string;
  label: string;
  values: { label: string; count: number; href: string; selected: boolean }[];
}

export interface SearchPageVM {
  chrome: ChromeVM;
  action: string;
  q: string;
  /** Filters and sort order to keep when the query is changed. */
  hidden: { name: string; value: string }[];
  searched: boolean;
  total: number;
  /** How many can be listed in the chosen order (relevance ranks only the newest matches). */
  listed: number;
  results: SearchResultVM[];
  facets: FacetVM[];
  active: { label: string; removeHref: string }[];
  sort: { current: 'relevance' | 'date'; relevanceHref: string; dateHref: string };
  pagination: PaginationVM;
}

function Marked({ segments }: { segments: SegmentVM[] }) {
  return <>{segments.map((s) => (s.hit ? <mark>{s.text}</mark> : s.text))}</>;
}

function Result({ r }: { r: SearchResultVM }) {
  return (
    <article class="item-card search-result">
      <p class="item-meta">
        <time dateTime={r.dateIso}>{r.dateText}</time>
        <span class="item-type">{r.typeLabel}</span>
        <a href={r.section.href}>{r.section.label}</a>
        {r.langLabel && <span class="result-language">{r.langLabel}</span>}
      </p>
      <h2 class="item-title" lang={r.lang ?? undefined}><a href={r.href} hrefLang={r.lang ?? undefined}><Marked segments={r.title} /></a></h2>
      <p class="item-summary" lang={r.lang ?? undefined}><Marked segments={r.snippet} /></p>
    </article>
  );
}

export function searchPage(vm: SearchPageVM): string {
  const locale = vm.chrome.locale;
  const m = searchMessages(locale);
  return renderDocument(
    <Layout chrome={vm.chrome}>
      <h1>{vm.searched ? m.resultsFor(vm.q) : m.heading}</h1>
      <SearchBox locale={locale} action={vm.action} q={vm.q} hidden={vm.hidden} />
      {!vm.searched && <p class="intro">{m.typeQuery}</p>}
      {vm.searched && (
        <>
          <p class="search-count" role="status">{vm.total > 0 ? m.found(vm.total) : m.nothingFound}</p>
          {vm.sort.current === 'relevance' && vm.listed < vm.total && (
            <p class="search-window"><a href={vm.sort.dateHref}>{m.rankedAmongNewest(vm.listed)}</a></p>
          )}
          {vm.active.length > 0 && (
            <ul class="active-filters">
              {vm.active.map((a) => <li><a href={a.removeHref}>{m.removeFilter(a.label)}</a></li>)}
            </ul>
          )}
          {vm.total > 0 && (
            <p class="search-sort">
              {m.sortBy}:{' '}
              {vm.sort.current === 'relevance' ? <strong aria-current="true">{m.sortRelevance}</strong> : <a href={vm.sort.relevanceHref}>{m.sortRelevance}</a>}
              {' · '}
              {vm.sort.current === 'date' ? <strong aria-current="true">{m.sortDate}</strong> : <a href={vm.sort.dateHref}>{m.sortDate}</a>}
            </p>
          )}
          {vm.results.length > 0 && (
            <ol class="item-list search-results">
              {vm.results.map((r) => <li><Result r={r} /></li>)}
            </ol>
          )}
          {vm.pagination.pages > 1 && (
            <nav class="pagination" aria-label={m.pages}>
              <ul>
                {vm.pagination.newerHref && <li><a href={vm.pagination.newerHref} rel="prev">← {m.previousPage}</a></li>}
                <li aria-current="page">{m.pageOf(vm.pagination.page, vm.pagination.pages)}</li>
                {vm.pagination.olderHref && <li><a href={vm.pagination.olderHref} rel="next">{m.nextPage} →</a></li>}
              </ul>
            </nav>
          )}
          {vm.facets.some((f) => f.values.length > 0) && (
            <aside class="search-facets" aria-label={m.filters}>
              <h2>{m.filters}</h2>
              {vm.facets.filter((f) => f.values.length > 0).map((f) => (
                <section class="facet">
                  <h3>{f.label}</h3>
                  <ul>
                    {f.values.map((v) => (
                      <li>
                        {v.selected ? <strong aria-current="true">{v.label}</strong> : <a href={v.href} rel="nofollow">{v.label}</a>}{' '}
                        <span class="facet-count">({v.count})</span>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </aside>
          )}
        </>
      )}
    </Layout>,
  );
}
