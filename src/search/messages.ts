/** Every user-facing string of search, per locale. */
import type { Locale } from '../platform/i18n/locales.ts';
import { ruPlural } from '../platform/i18n/format.ts';

export interface SearchMessages {
  search: string;
  searchLabel: string;
  submit: string;
  heading: string;
  resultsFor: (q: string) => string;
  found: (n: number) => string;
  nothingFound: string;
  /** Shown when a very common query is ranked among its newest matches only. */
  rankedAmongNewest: (n: number) => string;
  typeQuery: string;
  hint: string;
  sortBy: string;
  sortRelevance: string;
  sortDate: string;
  filters: string;
  facetNames: Record<'section' | 'type' | 'year' | 'body' | 'state' | 'person', string>;
  removeFilter: (label: string) => string;
  allValues: string;
  languageOfResult: Record<Locale, string>;
  queryTooLong: (length: number, max: number) => string;
  repeated: (name: string) => string;
  badSlug: (name: string, value: string) => string;
  badState: (value: string) => string;
  badYear: (value: string) => string;
  badType: (value: string, allowed: readonly string[]) => string;
  badSort: (value: string) => string;
  badPage: (value: string) => string;
  pageBeyondEnd: (page: number, pages: number) => string;
  unknownFilter: (name: string, value: string) => string;
  pages: string;
  previousPage: string;
  nextPage: string;
  pageOf: (page: number, pages: number) => string;
}


const en: SearchMessages = {
  search: 'Search',
  searchLabel: 'Search the news',
  submit: 'Search',
  heading: 'Search',
  resultsFor: (q) => `Results for “${q}”`,
  found: (n) => (n === 1 ? '1 item found' : `${n} items found`),
  nothingFound: 'Nothing was found. Try other words, fewer words, or remove a filter.',
  rankedAmongNewest: (n) => `So many items match that relevance is judged among the newest ${n}; sort by date to go through all of them.`,
  typeQuery: 'Type one or more words, in English or Russian. Put a phrase in quotes to find it exactly.',
  hint: 'Searches English and Russian texts; word forms and spellings of names are found too.',
  sortBy: 'Sort by',
  sortRelevance: 'relevance',
  sortDate: 'date',
  filters: 'Filters',
  facetNames: { section: 'Section', type: 'Type', year: 'Year', body: 'Body', state: 'Member state', person: 'Person' },
  removeFilter: (label) => `Remove filter: ${label}`,
  allValues: 'all',
  languageOfResult: { en: 'in English', ru: 'in Russian' },
  queryTooLong: (length, max) => `The search query is too long (${length} characters); at most ${max} are accepted.`,
  repeated: (name) => `The parameter "${name}" was given more than once; give it once.`,
  badSlug: (name, value) => `The ${name} filter "${value.slice(0, 60)}" is not a valid identifier (lowercase Latin letters, digits and hyphens).`,
  badState: (value) => `The state filter "${value.slice(0, 60)}" is not a two-letter country code such as AM or RU.`,
  badYear: (value) => `The year filter "${value.slice(0, 60)}" is not a four-digit year.`,
  badType: (value, allowed) => `The type filter "${value.slice(0, 60)}" is not one of: ${allowed.join(', ')}.`,
  badSort: (value) => `The sort order "${value.slice(0, 60)}" is not known; use "relevance" or "date".`,
  badPage: (value) => `The page "${value.slice(0, 60)}" is not a whole number from 1 to 999999.`,
  pageBeyondEnd: (page, pages) => `There is no page ${page}: the results have ${pages} ${pages === 1 ? 'page' : 'pages'}.`,
  unknownFilter: (name, value) => `There is no ${name} "${value.slice(0, 60)}" to filter by.`,
  pages: 'Result pages',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
};

const ru: SearchMessages = {
  search: 'Поиск',
  searchLabel: 'Поиск по новостям',
  submit: 'Найти',
  heading: 'Поиск',
  resultsFor: (q) => `Результаты по запросу «${q}»`,
  found: (n) => `${ruPlural(n, 'Найден', 'Найдено', 'Найдено')} ${n} ${ruPlural(n, 'материал', 'материала', 'материалов')}`,
  nothingFound: 'Ничего не найдено. Попробуйте другие или меньше слов либо снимите фильтр.',
  rankedAmongNewest: (n) => `Совпадений так много, что по релевантности упорядочены ${n} самых новых; отсортируйте по дате, чтобы просмотреть все.`,
  typeQuery: 'Введите одно или несколько слов на русском или английском языке. Чтобы найти фразу точно, заключите её в кавычки.',
  hint: 'Поиск идёт по русским и английским текстам с учётом словоформ и разных написаний имён.',
  sortBy: 'Сортировать',
  sortRelevance: 'по релевантности',
  sortDate: 'по дате',
  filters: 'Фильтры',
  facetNames: { section: 'Раздел', type: 'Тип', year: 'Год', body: 'Орган', state: 'Государство', person: 'Персона' },
  removeFilter: (label) => `Снять фильтр: ${label}`,
  allValues: 'все',
  languageOfResult: { en: 'на английском', ru: 'на русском' },
  queryTooLong: (length, max) => `Слишком длинный поисковый запрос (${length} симв.); допускается не более ${max}.`,
  repeated: (name) => `Параметр «${name}» указан несколько раз; укажите его один раз.`,
  badSlug: (name, value) => `Значение фильтра «${name}» — «${value.slice(0, 60)}» — не является допустимым идентификатором (строчные латинские буквы, цифры и дефисы).`,
  badState: (value) => `Фильтр по государству «${value.slice(0, 60)}» — не двухбуквенный код страны (например, AM или RU).`,
  badYear: (value) => `Фильтр по году «${value.slice(0, 60)}» — не четырёхзначный год.`,
  badType: (value, allowed) => `Фильтр по типу «${value.slice(0, 60)}» — не один из допустимых: ${allowed.join(', ')}.`,
  badSort: (value) => `Неизвестный порядок сортировки «${value.slice(0, 60)}»; используйте relevance или date.`,
  badPage: (value) => `Номер страницы «${value.slice(0, 60)}» должен быть целым числом от 1 до 999999.`,
  pageBeyondEnd: (page, pages) => `Страницы ${page} нет: результаты занимают ${pages} ${ruPlural(pages, 'страницу', 'страницы', 'страниц')}.`,
  unknownFilter: (name, value) => `Нет значения «${value.slice(0, 60)}» для фильтра «${name}».`,
  pages: 'Страницы результатов',
  previousPage: 'Предыдущая страница',
  nextPage: 'Следующая страница',
  pageOf: (page, pages) => `Страница ${page} из ${pages}`,
};

const ALL: Record<Locale, SearchMessages> = { en, ru };

export function searchMessages(locale: Locale): SearchMessages {
  return ALL[locale];
}
