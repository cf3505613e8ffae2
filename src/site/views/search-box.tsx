/** @jsxRuntime automatic */
/** @jsxImportSource preact */
import type { Locale } from '../../platform/i18n/locales.ts';
import { searchMessages } from '../../search/messages.ts';

/**
 * The search form (also for the site header: `<SearchBox locale={chrome.locale} id="header-search" />`);
 * `id` keeps labels unique when there are two on a page.
 */
export function SearchBox({ locale, action, q = '', id = 'search-q', hidden = [] }: {
  locale: Locale; action?: string; q?: string; id?: string; hidden?: { name: string; value: string }[];
}) {
  const m = searchMessages(locale);
  return (
    <form class="search-box" role="search" action={action ?? `/${locale}/search`} method="get">
      <label for={id}>{m.searchLabel}</label>{' '}
      <input id={id} type="search" name="q" value={q} maxLength={500} />{' '}
      {hidden.map((h) => <input type="hidden" name={h.name} value={h.value} />)}
      <button type="submit">{m.submit}</button>
    </form>
  );
}

