/** Directory rules: pure, no storage. */
import type { Locale, PerLocale } from '../platform/i18n/locales.ts';
import type { RuCases } from '../platform/i18n/cases.ts';

export type DatePrecision = 'day' | 'month' | 'year';

export interface Term {
  startedOn: string | null; // null = not recorded (treated as "since ever")
  endedOn: string | null; // null = current
}

/** Whether a term covers a calendar date (ISO strings compare in calendar order). */
export function termCovers(term: Term, date: string): boolean {
  return (term.startedOn === null || term.startedOn <= date) && (term.endedOn === null || date <= term.endedOn);
}

/**
 * Two terms of a single-holder role overlap when each starts before the other ends. The day a
 * holder leaves may be the day the next one starts (hand-over on the same date), so equal
 * boundary dates do not count as an overlap.
 */
export function termsOverlap(a: Term, b: Term): boolean {
  const aStartsBeforeBEnds = a.startedOn === null || b.endedOn === null || a.startedOn < b.endedOn;
  const bStartsBeforeAEnds = b.startedOn === null || a.endedOn === null || b.startedOn < a.endedOn;
  return aStartsBeforeBEnds && bStartsBeforeAEnds;
}

export function termIsValid(term: Term): boolean {
  return term.startedOn === null || term.endedOn === null || term.startedOn <= term.endedOn;
}

export interface PersonName {
  given: string;
  patronymic?: string | null;
  family: string;
}

/** "Suren Papikyan" / «Сурен Папикян» — given name then family name, as press texts write them. */
export function displayName(name: PersonName): string {
  return `${name.given} ${name.family}`;
}

export type NamesPerLocale<T> = PerLocale<T>;
export type { Locale, RuCases };

/**
 * A name form for matching: lower case, «ё» as «е», Latin diacritics removed, anything but
 * letters and digits as one space. "Papikyan", «Папикян» and "PAPIKYÁN" all compare alike.
 */
export function normalizeName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Whether a type-ahead query matches a person by any of their name forms (every locale's given
 * name, patronymic and family name, and every alias): each word of the query must begin a word
 * of some form ("papik" → "Papikyan", «Пап» → «Папикян»), or be contained in one when it is at
 * least four letters long. An empty query matches nothing.
 */
export function nameMatches(query: string, forms: readonly string[]): boolean {
  const words = normalizeName(query).split(' ').filter(Boolean);
  if (words.length === 0) return false;
  const formWords = forms.flatMap((f) => normalizeName(f).split(' ').filter(Boolean));
  return words.every((w) => formWords.some((f) => f.startsWith(w) || (w.length >= 4 && f.includes(w))));
}

/**
 * Which earlier terms of a single-holder role a new term must end to fit, when the new holder
 * takes over on `startedOn`: terms that started before it and have not ended by then. Terms that
 * start on or after the new start cannot be ended this way (null = the new term does not fit).
 */
export function termsToEnd<T extends Term>(others: readonly T[], term: Term): T[] | null {
  const clashes = others.filter((o) => termsOverlap(o, term));
  if (clashes.length === 0) return [];
  if (term.startedOn === null) return null;
  const start = term.startedOn;
  const endable = clashes.every((o) => o.startedOn !== null && o.startedOn < start && (o.endedOn === null || o.endedOn > start));
  if (!endable) return null;
  // Ending them on the new start must leave no clash (a term that ends before … is fine already).
  return clashes;
}
