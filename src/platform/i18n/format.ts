/** Locale-aware formatting of dates, times and phone numbers for pages. */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Locale } from './locales.ts';

const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', ru: 'ru-RU' };

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone });
    dateFormats.set(key, f);
  }
  return f;
}

/** "24 May 2022" / «24 мая 2022 г.» for an instant, in the given zone. */
export function formatDate(instant: string, locale: Locale, timeZone: string): string {
  return dateFormat(locale, timeZone).format(new Date(instant));
}

/** The same for a calendar date `YYYY-MM-DD` (no zone shift). */
export function formatCalendarDate(date: string, locale: Locale): string {
  return dateFormat(locale, 'UTC').format(new Date(`${date}T00:00:00Z`));
}

/** The local calendar date `YYYY-MM-DD` of an instant in a zone (for `<time datetime>`). */
export function localDate(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(new Date(instant));
}

/**
 * A stored E.164 number for reading: international format for English ("+7 495 795-27-10"),
 * with the area code in brackets as Russian readers expect ("+7 (495) 795-27-10").
 */
export function formatPhone(e164: string, locale: Locale): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  const international = parsed.formatInternational();
  if (locale !== 'ru') return international;
  const national = parsed.formatNational(); // "8 (495) 795-27-10"
  const bracket = national.indexOf('(');
  return bracket >= 0 ? `+${parsed.countryCallingCode} ${national.slice(bracket)}` : international;
}

/** The Russian form of a noun for a count: 1 материал, 2 материала, 5 материалов (21 — one, 12 — many). */
export function ruPlural(n: number, one: string, few: string, many: string): string {
  const m10 = n % 10;
  const m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
}
