/** Calendar helpers that know about time zones without a library: Intl is enough for offsets. */
import { AppError } from './errors.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export function assertIsoDate(value: string, where: string): string {
  if (!isIsoDate(value)) throw new AppError('input.invalid', `${where}: "${value}" is not a calendar date in the form YYYY-MM-DD`, { where });
  return value;
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Offset of `zone` from UTC in minutes at the instant `utc`. */
function offsetMinutes(zone: string, utc: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(utc);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - utc.getTime()) / 60000);
}

/** The UTC instant of a local date (and time, default midnight) in an IANA time zone, as ISO text. */
export function zonedToUtc(date: string, time: string | null, zone: string): string {
  assertIsoDate(date, 'date');
  if (time !== null && !HH_MM.test(time)) throw new AppError('input.invalid', `time: "${time}" is not a time of day in the form HH:MM`, { where: 'time' });
  if (!isTimeZone(zone)) throw new AppError('input.invalid', `time zone: "${zone}" is not an IANA time zone such as Europe/Moscow`, { where: 'time_zone' });
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = (time ?? '00:00').split(':').map(Number) as [number, number];
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  // Two passes settle the offset across DST transitions.
  let guess = naive - offsetMinutes(zone, new Date(naive)) * 60000;
  guess = naive - offsetMinutes(zone, new Date(guess)) * 60000;
  return new Date(guess).toISOString();
}

/** Normalises any ISO timestamp with an offset to UTC ISO text. */
export function toUtcIso(timestamp: string, where: string): string {
  const t = Date.parse(timestamp);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(timestamp) || Number.isNaN(t)) {
    throw new AppError('input.invalid', `${where}: "${timestamp}" is not an ISO timestamp such as 2022-05-24T15:00:00+03:00`, { where });
  }
  return new Date(t).toISOString();
}
