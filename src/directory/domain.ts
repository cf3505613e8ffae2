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
