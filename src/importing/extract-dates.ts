/**
 * Dates as press pages write them (English and Russian), found with their place in the text,
 * and relative dates ("September 27, this year", «текущего года», "today", «на прошлой неделе»)
 * resolved only against a reference date the caller vouches for — the item's own date.
 * Pure; no storage.
 */
import * as chrono from 'chrono-node';

export interface DateMention {
  index: number;
  length: number;
  year: number | null;
  month: number;
  day: number;
  /** The text says the year only relatively ("this year", «текущего года»). */
  relativeYear: 'this' | 'last' | 'next' | null;
  /** A weekday written right before the date, as 0 = Sunday … 6 = Saturday. */
  weekday: number | null;
  text: string;
}

const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const EN_MONTH_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const RU_MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const RU_MONTH_RE = '(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)';
const EN_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const RU_WEEKDAYS = ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'];
const WEEKDAY_RE = '(sunday|monday|tuesday|wednesday|thursday|friday|saturday|воскресенье|понедельник|вторник|среда|среду|четверг|пятница|пятницу|суббота|субботу)';

const THIS_YEAR = '(?:,?\\s*(?:of\\s+)?(this|last|next|the current|the previous) year|\\s+(текущего|этого|сего|прошлого|будущего|следующего) года|\\s+(с\\.\\s?г\\.|т\\.\\s?г\\.|п\\.\\s?г\\.))';

/** 11/28/2019, 09/02/2023: a date with slashes (which number is the month, see the pattern below and slashDayFirst). */
const SLASH_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d])/g;

const PATTERNS: { re: RegExp; parse(m: RegExpExecArray): { y: number | null; mo: number; d: number; rel: string | undefined } }[] = [
  { // May 24, 2022 · MAY 24 · September 27, this year
    re: new RegExp(`\\b${EN_MONTH_RE}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?(?:${THIS_YEAR})?`, 'giu'),
    parse: (m) => ({ y: m[3] ? Number(m[3]) : null, mo: enMonth(m[1]!), d: Number(m[2]), rel: m[4] ?? m[5] ?? m[6] }),
  },
  { // 24 May 2022 · 9 October 2020 · 27 September this year
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${EN_MONTH_RE}\\b\\.?(?:,?\\s+(\\d{4})\\b)?(?:${THIS_YEAR})?`, 'giu'),
    parse: (m) => ({ y: m[3] ? Number(m[3]) : null, mo: enMonth(m[2]!), d: Number(m[1]), rel: m[4] ?? m[5] ?? m[6] }),
  },
  { // 24 мая 2022 года · 27 сентября текущего года · 27 сентября с.г.
    re: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\s+${RU_MONTH_RE}(?![\\p{L}])(?:\\s+(\\d{4})(?:\\s*(?:года|году|г\\.))?)?(?:${THIS_YEAR})?`, 'giu'),
    parse: (m) => ({ y: m[3] ? Number(m[3]) : null, mo: ruMonth(m[2]!), d: Number(m[1]), rel: m[4] ?? m[5] ?? m[6] }),
  },
  { // «06 Февраль 2023»: a month in the nominative, as some site engines print it (only with its year)
    re: /(?<![\p{L}\d])(\d{1,2})\s+(январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)\s+(\d{4})(?![\d])(?:\s*(?:года|г\.))?/giu,
    parse: (m) => ({ y: Number(m[3]), mo: ruMonth(m[2]!), d: Number(m[1]), rel: undefined }),
  },
  { // 23.11.2023 · 24.05.2022
    re: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d])/g,
    parse: (m) => ({ y: Number(m[3]), mo: Number(m[2]), d: Number(m[1]), rel: undefined }),
  },
  { // 11/28/2019 14:56:41 (month first, as US-built sites write it; day first when the first number cannot be a month)
    re: SLASH_DATE,
    parse: (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      return a > 12 ? { y: Number(m[3]), mo: b, d: a, rel: undefined } : { y: Number(m[3]), mo: a, d: b, rel: undefined };
    },
  },
  { // 2022-05-24
    re: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d])/g,
    parse: (m) => ({ y: Number(m[1]), mo: Number(m[2]), d: Number(m[3]), rel: undefined }),
  },
];

function enMonth(word: string): number {
  const w = word.toLowerCase();
  return EN_MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3))) + 1;
}
function ruMonth(word: string): number {
  const w = word.toLowerCase();
  return RU_MONTHS.findIndex((m) => w.startsWith(m)) + 1;
}

export function isValidDate(y: number, mo: number, d: number): boolean {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return false;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

export function isoDate(y: number, mo: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function relKind(rel: string | undefined): DateMention['relativeYear'] {
  if (!rel) return null;
  const r = rel.toLowerCase();
  if (/last|previous|прошлого|п\.\s?г/.test(r)) return 'last';
  if (/next|будущего|следующего/.test(r)) return 'next';
  return 'this';
}

/** Every date written in `text`, in order of appearance, without overlaps. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(text)) !== null) {
      const { y, mo, d, rel } = p.parse(m);
      if (!isValidDate(y ?? 2000, mo, d)) continue;
      if (found.some((f) => m!.index < f.index + f.length && f.index < m!.index + m![0].length)) continue;
      found.push({ index: m.index, length: m[0].length, year: y, month: mo, day: d, relativeYear: y === null ? relKind(rel) : null, weekday: null, text: m[0] });
    }
  }
  found.sort((a, b) => a.index - b.index);
  const weekdayBefore = new RegExp(`${WEEKDAY_RE},?\\s*(?:the\\s+)?$`, 'iu');
  for (const f of found) {
    const w = weekdayBefore.exec(text.slice(Math.max(0, f.index - 16), f.index));
    if (w) f.weekday = weekdayIndex(w[1]!);
  }
  return found;
}

function weekdayIndex(word: string): number {
  const w = word.toLowerCase();
  const en = EN_WEEKDAYS.indexOf(w);
  if (en >= 0) return en;
  return RU_WEEKDAYS.findIndex((r) => r.slice(0, 4) === w.slice(0, 4));
}

export function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

/** A line that is nothing but a date (and perhaps a time): "24.05.2022", "11/28/2019 14:56:41", "24 мая 2022 года". */
export function standaloneDate(line: string): string | null {
  // "26.09.2024 1796-26-09-2024": the document's number beside the date; "10 January 2024 18:35 (updated: 11.01.2024
  // 09:10)", «(обновлено …)»: when the page was changed, not the item's date.
  // "14 September 2022 Source: Izvestia": where the text was first printed, beside the date.
  let t = line.trim().replace(/\s+(?:№\s*)?\d+(?:-\d+){3,}$|\s*\((?:updated|last updated|modified|обновлено|изменено)\s*:?[^()]{0,40}\)$|\s+(?:source|источник)\s*:\s*[^:|]{1,40}$/iu, '');
  // «24 мая 2022 1274»: a count of views after a whole date (and its time).
  const count = /\s+\d{1,7}$/u.exec(t);
  if (count) {
    const cut = t.slice(0, count.index);
    const d = findDates(cut);
    if (d.length === 1 && d[0]!.year !== null && /^[\s,|]*(?:\d{1,2}:\d{2})?\s*$/u.test(cut.slice(d[0]!.index + d[0]!.length))) t = cut;
  }
  if (t.length > 48) return null;
  const dates = findDates(t);
  const first = dates[0];
  if (dates.length !== 1 || !first || first.year === null) return null;
  const rest = (t.slice(0, first.index) + t.slice(first.index + first.length))
    .replace(/(?:\bT(?=\d)|\b)\d{1,2}:\d{2}(:\d{2}(?:\.\d+)?)?\s*(am|pm|Z|[+-]\d{2}:?\d{2})?(?![\p{L}\p{N}])/giu, '')
    .replace(/(?<![\p{L}\p{N}_])(date of publication|publication date|date of issue|published|posted|issued|released|release date|date|updated|last updated|on|at|в|опубликовано|размещено|дата публикации|дата|обновлено|года)(?![\p{L}\p{N}_]):?|(?<![\p{L}\p{N}_])г\.:?/giu, '')
    .replace(new RegExp(WEEKDAY_RE, 'giu'), '')
    .replace(/[\s,|:–—()-]/g, '');
  return rest === '' ? isoDate(first.year, first.month, first.day) : null;
}

export interface Dateline { date: string | null; month: number; day: number; year: number | null; end: number; kind: 'on' | 'agency' | 'plain' }

const AGENCY_PREFIX = /^([A-ZА-ЯЁ][A-ZА-ЯЁ\s/-]{1,40}|[A-ZА-ЯЁ][\p{L}-]+(?:\/[A-ZА-ЯЁ][\p{L}-]+)*),\s*$/u;

/**
 * A date that opens a paragraph: "On May 24, 2022, …", "24 мая 2022 года …", "YEREVAN, MAY 24, ARMENPRESS.",
 * "VIENNA/TIRANA, 9 October 2020 –", «Москва, 24 мая.». The date may lack its year.
 */
export function leadingDate(paragraph: string): Dateline | null {
  const head = paragraph.slice(0, 90);
  const first = findDates(head)[0];
  if (!first || first.relativeYear) return null;
  const before = head.slice(0, first.index);
  let kind: Dateline['kind'] | null = null;
  if (/^\s*$/.test(before)) kind = 'plain';
  else if (/^\s*(on|в|во|on\s+the|on\s+\p{L}+,?)\s*$/iu.test(before)) kind = 'on';
  else if (/^\s*(?:[Ii]n|[Вв]о?)\s+(?:г\.\s*)?[A-ZА-ЯЁ][\p{L}-]+(?:[\s-][A-ZА-ЯЁ][\p{L}-]+)?,?\s*(on\s+)?$/u.test(before)) kind = 'on';
  else if (AGENCY_PREFIX.test(before)) kind = 'agency';
  if (!kind) return null;
  return {
    date: first.year === null ? null : isoDate(first.year, first.month, first.day),
    month: first.month, day: first.day, year: first.year, end: first.index + first.length, kind,
  };
}

/** "was held 23.11.2023", "held today, on May 24", «состоялось 24 мая 2022 года»: the date of the event the paragraph reports. */
export function heldDate(paragraph: string): { date: string | null; month: number; day: number; year: number | null; today: boolean } | null {
  const re = /(?<![\p{L}\p{N}_])(was held|were held|held|took place|has taken place|will be held|convened|met|состоял(ось|ся|ась|ись)|прош(ло|ел|ёл|ла|ли)|провел[аио]?|проведен[аоы]?)(?![\p{L}\p{N}_])/giu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(paragraph)) !== null) {
    const after = paragraph.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const today = /^\s*(today|сегодня)(?![\p{L}\p{N}_])/iu.test(after);
    const d = findDates(after)[0];
    if (d && !d.relativeYear && /^[\s,]*(today|сегодня)?[\s,]*(on|в)?\s*$/iu.test(after.slice(0, d.index))) {
      return { date: d.year === null ? null : isoDate(d.year, d.month, d.day), month: d.month, day: d.day, year: d.year, today };
    }
    if (today) return { date: null, month: 0, day: 0, year: null, today };
  }
  return null;
}

export interface RelativeMention { index: number; length: number; text: string; kind: 'this_year' | 'last_year' | 'next_year' | 'today' | 'yesterday' | 'tomorrow' | 'last_week' | 'dated_this_year'; month?: number; day?: number }

const RELATIVE_WORDS: [RegExp, RelativeMention['kind']][] = [
  [/\b(this|the current) year\b|(в )?(текущем|этом|нынешнем) году|текущего года|этого года|сего года/giu, 'this_year'],
  [/\b(last|the previous) year\b|(в )?прошлом году|прошлого года/giu, 'last_year'],
  [/\bnext year\b|(в )?(следующем|будущем) году/giu, 'next_year'],
  [/\btoday\b|(?<![\p{L}])сегодня(?![\p{L}])/giu, 'today'],
  [/\byesterday\b|(?<![\p{L}])вчера(?![\p{L}])/giu, 'yesterday'],
  [/\btomorrow\b|(?<![\p{L}])завтра(?![\p{L}])/giu, 'tomorrow'],
  [/\blast week\b|на прошлой неделе/giu, 'last_week'],
];

/** Relative date expressions: a dated "this year" (month and day known) or a bare relative word. */
export function relativeMentions(text: string): RelativeMention[] {
  const out: RelativeMention[] = [];
  for (const d of findDates(text)) {
    if (d.relativeYear) out.push({ index: d.index, length: d.length, text: d.text, kind: d.relativeYear === 'this' ? 'dated_this_year' : d.relativeYear === 'last' ? 'last_year' : 'next_year', month: d.month, day: d.day });
  }
  for (const [re, kind] of RELATIVE_WORDS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (out.some((o) => m!.index >= o.index && m!.index < o.index + o.length)) continue;
      out.push({ index: m.index, length: m[0].length, text: m[0], kind });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The calendar date a relative mention means, told on `reference` (the item's own date). */
export function resolveRelative(mention: RelativeMention, reference: string): string | null {
  const [y, mo, d] = reference.split('-').map(Number) as [number, number, number];
  const shift = (days: number) => new Date(Date.UTC(y, mo - 1, d + days)).toISOString().slice(0, 10);
  switch (mention.kind) {
    case 'dated_this_year': return isValidDate(y, mention.month!, mention.day!) ? isoDate(y, mention.month!, mention.day!) : null;
    case 'today': return reference;
    case 'yesterday': return shift(-1);
    case 'tomorrow': return shift(1);
    case 'last_week': return shift(-7);
    default: return null;
  }
}

/**
 * chrono-node for English dates in other shapes ("Tuesday, the 24th of May 2022"), refined so a
 * bare "this year" attaches to the reference year rather than to today.
 */
const refinedEn = chrono.en.casual.clone();
refinedEn.refiners.push({
  refine: (context, results) => {
    for (const r of results) {
      const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + 16);
      if (/^,?\s*this year/i.test(after) && !r.start.isCertain('year')) r.start.assign('year', context.reference.instant.getUTCFullYear());
    }
    return results;
  },
});

export function chronoDate(text: string, reference?: string): string | null {
  const ref = reference ? new Date(`${reference}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1));
  const result = refinedEn.parse(text, ref, { forwardDate: false })[0];
  if (!result || !result.start.isCertain('day') || !result.start.isCertain('month')) return null;
  if (!reference && /^,?\s*this year/i.test(text.slice(result.index + result.text.length))) return null;
  if (!reference && !result.start.isCertain('year')) return null;
  const date = result.start.date();
  return isoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}


/**
 * Whether a page writes "09/02/2023" day first. Its other slash dates say so when one of them can be read only one
 * way ("20/12/2019" beside "02/01/2020"); else the dates it writes in words ("Monday, 13 February 2023") tell which
 * reading of an ambiguous one is near them. Month first (as US-built sites write it) when nothing tells.
 */
export function slashDayFirst(text: string): boolean {
  const slashes = [...text.matchAll(SLASH_DATE)].slice(0, 200).map((m) => [Number(m[1]), Number(m[2]), Number(m[3])] as const);
  const dayFirst = slashes.some(([a, b]) => a > 12 && b <= 12);
  const monthFirst = slashes.some(([a, b]) => b > 12 && a <= 12);
  if (dayFirst !== monthFirst) return dayFirst;
  const ambiguous = slashes.filter(([a, b]) => a <= 12 && b <= 12 && a !== b);
  if (ambiguous.length === 0 || dayFirst) return false;
  const words = findDates(text.replace(SLASH_DATE, ' ').slice(0, 200_000)).filter((d) => d.year !== null).slice(0, 50)
    .map((d) => Date.UTC(d.year!, d.month - 1, d.day));
  if (words.length === 0) return false;
  const nearest = (t: number) => Math.min(...words.map((w) => Math.abs(w - t)));
  const [a, b, y] = ambiguous[0]!;
  return nearest(Date.UTC(y, b - 1, a)) < nearest(Date.UTC(y, a - 1, b));
}

/** "09/02/2023" → "09.02.2023" on a page that writes its slash dates day first (see slashDayFirst). */
export function asDayFirst(line: string): string {
  return line.replace(SLASH_DATE, '$1.$2.$3');
}
