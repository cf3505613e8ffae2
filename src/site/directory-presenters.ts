/** View models of the directory pages from query results. Pure. */
import type { Locale } from '../platform/i18n/locales.ts';
import { formatCalendarDate } from '../platform/i18n/format.ts';
import { messages } from '../platform/i18n/messages.ts';
import type { PersonAppointment, Precision } from '../directory/queries.ts';
import { partialDateText } from '../directory/domain.ts';
import type { MeetingSummary } from '../meetings/queries.ts';
import type { AppointmentVM, MeetingRowVM, PartialDateVM } from './directory-view-models.ts';
import { discoveryPaths } from './discovery-paths.ts';

const INTL: Record<Locale, string> = { en: 'en-GB', ru: 'ru-RU' };

/**
 * A recorded date with no more precision than recorded: 'day' → "15 November 2021",
 * 'month' → "August 2021" / «август 2021 г.» (after "since": «августа 2021 г.»), 'year' → "2022" / «2022 г.».
 */
export function partialDate(date: string, precision: Precision, locale: Locale): PartialDateVM {
  const instant = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (precision === 'year') {
    const text = new Intl.DateTimeFormat(INTL[locale], { year: 'numeric', timeZone: 'UTC' }).format(instant);
    const shown = locale === 'ru' ? `${date.slice(0, 4)} г.` : text;
    return { iso: partialDateText(date, precision), text: shown, sinceText: shown };
  }
  if (precision === 'month') {
    const text = new Intl.DateTimeFormat(INTL[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(instant);
    // Russian month after «с» is genitive: the day-month-year form without its day gives it.
    const sinceText = locale === 'ru'
      ? new Intl.DateTimeFormat(INTL[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(instant).replace(/^\d+\s+/, '')
      : text;
    return { iso: partialDateText(date, precision), text, sinceText };
  }
  const text = formatCalendarDate(date.slice(0, 10), locale);
  return { iso: partialDateText(date, precision), text, sinceText: text };
}

export function appointmentVM(locale: Locale, a: PersonAppointment, person?: { slug: string; name: string }): AppointmentVM {
  return {
    role: a.roleName,
    of: a.state ? { href: discoveryPaths.state(locale, a.state.code), label: a.state.name }
      : a.body ? { href: discoveryPaths.body(locale, a.body.slug), label: a.body.name } : null,
    ...(person ? { person: { href: discoveryPaths.person(locale, person.slug), label: person.name } } : {}),
    term: {
      from: a.startedOn ? partialDate(a.startedOn, a.startedPrecision, locale) : null,
      to: a.endedOn ? partialDate(a.endedOn, a.endedPrecision, locale) : null,
    },
    note: a.note,
  };
}

export function meetingRowVM(locale: Locale, m: MeetingSummary & { role?: string; chair?: boolean }): MeetingRowVM {
  return {
    href: discoveryPaths.meeting(locale, m.id),
    dateIso: m.date,
    dateText: formatCalendarDate(m.date, locale),
    body: { href: discoveryPaths.body(locale, m.body.slug), label: m.body.name },
    format: messages(locale).formats[m.format],
    location: m.format === 'videoconference' ? null : m.location,
    ...(m.role !== undefined ? { role: m.role, chair: m.chair ?? false } : {}),
  };
}

/** "2022" for a calendar year, "2021–2022" for a span, else the two dates. */
export function yearsText(startedOn: string, endedOn: string, locale: Locale): string {
  const y1 = startedOn.slice(0, 4);
  const y2 = endedOn.slice(0, 4);
  if (startedOn.slice(5) === '01-01' && endedOn.slice(5) === '12-31') return y1 === y2 ? y1 : `${y1}–${y2}`;
  return `${formatCalendarDate(startedOn, locale)} – ${formatCalendarDate(endedOn, locale)}`;
}
