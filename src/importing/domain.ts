/**
 * Legacy import: the shapes an extraction produces and the pure rules behind them (name keys
 * across scripts and spellings, states, ranks, bodies as press pages write them). No storage.
 */
import type { Locale } from '../platform/i18n/locales.ts';

export type ItemKind = 'news' | 'statement' | 'meeting_report' | 'press_release' | 'interview' | 'announcement';
export type MeetingFormat = 'in_person' | 'videoconference' | 'hybrid';
export type DroppedKind = 'teaser' | 'navigation' | 'related' | 'footer' | 'menu' | 'share';

export interface Warning { code: string; message: string }
export interface PersonMention { name: string; role: string | null; state: string | null }
export interface Participant extends PersonMention { rank: string | null; personId: number | null }
export interface ExtractedMeeting {
  body: string | null;
  date: string | null;
  format: MeetingFormat | null;
  location: string | null;
  chair: (PersonMention & { personId?: number | null }) | null;
  participants: Participant[];
}
export interface Contact { name: string | null; role: string | null; phones: string[] }
export interface Dropped { kind: DroppedKind; text: string }
export interface ExtractedItem {
  title: string;
  kind: ItemKind;
  locale: Locale;
  date: string | null;
  dateCertain: boolean;
  body: string;
  meeting: ExtractedMeeting | null;
  author: { name: string; role: string | null; personId?: number | null } | null;
  contacts: Contact[];
  dropped: Dropped[];
  warnings: Warning[];
}
export interface Extraction {
  items: ExtractedItem[];
  /** The page's original address, when it names one (canonical link, og:url, a first line that is a URL). */
  originalUrl: string | null;
  encoding: string;
}

/** A directory person as the matcher sees it: every spelling it is known by. */
export interface DirectoryPerson { id: number; names: string[] }

// ---------------------------------------------------------------------------------------------
// Names across scripts and spellings
// ---------------------------------------------------------------------------------------------

const CYR: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '',
  э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ў: 'u', ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h',
};

/** Latin transliteration of Cyrillic text (lower case). */
export function transliterate(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) out += CYR[ch] ?? ch;
  return out;
}

/**
 * A spelling-insensitive key of one name word: transliterated, accents removed, and the variants
 * transliteration systems disagree on folded together (Papikian/Papikyan, Shoygu/Shoigu,
 * Sergei/Sergey, Zaynetdinov/Zainetdinov, Yermekbayev/Ermekbaev, Kh/H).
 */
export function wordKey(word: string): string {
  let w = transliterate(word).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '');
  w = w.replace(/kh/g, 'h').replace(/zh/g, 'j').replace(/dzh/g, 'j').replace(/ts/g, 'c').replace(/ks/g, 'x');
  w = w.replace(/^ye/, 'e').replace(/^yo/, 'o');
  w = w.replace(/iy(?=[aeou])/g, 'i').replace(/y/g, 'i').replace(/ii+/g, 'i').replace(/ie$/, 'i').replace(/ei$/, 'i');
  w = w.replace(/(.)\1+/g, '$1');
  w = w.replace(/ai/g, 'ai');
  return w;
}

/** Endings of Russian oblique cases that may follow a name stem («Сурена Папикяна», «Шойгу»). */
const CASE_ENDINGS = ['ogo', 'omu', 'om', 'im', 'oi', 'ei', 'a', 'u', 'e', 'i', 'ia', 'iu'];

/** Both the key of a word and its keys with a Russian case ending removed. */
const KEY_CACHE = new Map<string, string[]>();
function wordKeys(word: string): string[] {
  const cached = KEY_CACHE.get(word);
  if (cached) return cached;
  const keys = computeWordKeys(word);
  if (KEY_CACHE.size > 50_000) KEY_CACHE.clear();
  KEY_CACHE.set(word, keys);
  return keys;
}
function computeWordKeys(word: string): string[] {
  const k = wordKey(word);
  const keys = [k];
  for (const e of CASE_ENDINGS) if (k.length > e.length + 2 && k.endsWith(e)) keys.push(k.slice(0, -e.length));
  return keys;
}

export function nameWords(name: string): string[] {
  return name.split(/[\s\u00a0]+/).map((w) => w.replace(/[.,;:()«»"“”]/g, '')).filter((w) => w.length > 1);
}

/** Whether two written names denote the same person: the family names agree and no given name disagrees. */
export function namesMatch(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const fa = wordKeys(wa[wa.length - 1]!);
  const fb = wordKeys(wb[wb.length - 1]!);
  // Family names first: last word of each, or the first word when the other writes "Family Given".
  const familyAgrees = fa.some((x) => fb.includes(x)) || (wa.length > 1 && wordKeys(wa[0]!).some((x) => fb.includes(x)))
    || (wb.length > 1 && wordKeys(wb[0]!).some((x) => fa.includes(x)));
  if (!familyAgrees) return false;
  if (wa.length === 1 || wb.length === 1) return true;
  const ga = wordKeys(wa.length > 1 && wordKeys(wa[0]!).some((x) => fb.includes(x)) ? wa[1]! : wa[0]!);
  const gb = wordKeys(wb[0]!);
  const givenAgrees = ga.some((x) => gb.some((y) => x === y || x.startsWith(y) || y.startsWith(x) || editDistance(x, y) <= 1))
    || (wb.length > 1 && ga.some((x) => wordKeys(wb[1]!).includes(x)));
  return givenAgrees;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 1) return 2;
  const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) dp[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      dp[i]![j] = Math.min(dp[i - 1]![j]! + 1, dp[i]![j - 1]! + 1, dp[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return dp[a.length]![b.length]!;
}

/** The directory person a written name denotes, or null when none (or more than one) matches. */
export function matchPerson(name: string, people: readonly DirectoryPerson[]): number | null {
  const found = new Set<number>();
  for (const p of people) if (p.names.some((n) => namesMatch(name, n))) found.add(p.id);
  return found.size === 1 ? [...found][0]! : null;
}

// ---------------------------------------------------------------------------------------------
// States, ranks, bodies, places as press texts write them
// ---------------------------------------------------------------------------------------------

/** Patterns naming a state (English, and Russian in nominative and oblique cases) → ISO code. */
export const STATE_PATTERNS: readonly [RegExp, string][] = [
  [/\b(Republic of )?Armenian?\b|Республик\S* Армения|Армени[яиюей]|армянск/i, 'AM'],
  [/\b(Republic of )?Belarus(ian)?\b|Республик\S* Беларусь|Беларус[ьи]|белорусск/i, 'BY'],
  [/\b(Republic of )?Kazakh(stan)?\b|Республик\S* Казахстан|Казахстан|казахск/i, 'KZ'],
  [/\bKyrgyz(stan| Republic)?\b|Кыргызск|Киргиз|Кыргызстан/i, 'KG'],
  [/\bRussian Federation\b|\bRussia\b|Российск\S* Федераци|Росси[яию]/i, 'RU'],
  [/\b(Republic of )?Tajik(istan)?\b|Республик\S* Таджикистан|Таджикистан|таджикск/i, 'TJ'],
  [/\b(Republic of )?Uzbekistan\b|Республик\S* Узбекистан|Узбекистан/i, 'UZ'],
  [/\bAzerbaijan\b|Азербайджан/i, 'AZ'],
];

export function stateCode(text: string): string | null {
  for (const [re, code] of STATE_PATTERNS) if (re.test(text)) return code;
  return null;
}

/** Ranks, longest first so "Colonel General" wins over "General". */
export const RANKS: readonly string[] = [
  'Marshal of the Russian Federation', 'Army General', 'General of the Army', 'Colonel General', 'Lieutenant General', 'Major General',
  'Lieutenant Colonel', 'Rear Admiral', 'Vice Admiral', 'Admiral', 'Major', 'Colonel', 'General', 'Police Colonel General', 'Police Lieutenant General',
  'генерал армии', 'генерал-полковник', 'генерал-лейтенант', 'генерал-майор', 'подполковник', 'полковник', 'адмирал', 'вице-адмирал', 'контр-адмирал',
  'генерал-полковника', 'генерал-лейтенанта', 'генерал-майора', 'генерала армии', 'полковника',
].slice().sort((a, b) => b.length - a.length);

/** The rank a phrase begins with, and the rest. */
export function splitRank(phrase: string): { rank: string | null; rest: string } {
  const p = phrase.trim();
  for (const r of RANKS) {
    if (p.toLowerCase().startsWith(r.toLowerCase() + ' ')) return { rank: p.slice(0, r.length), rest: p.slice(r.length).trim() };
  }
  return { rank: null, rest: p };
}

/** Canonical names of statutory bodies and the ways pages write them. */
export const BODIES: readonly { en: string; ru: string; patterns: RegExp }[] = [
  { en: 'Collective Security Council', ru: 'Совет коллективной безопасности', patterns: /Collective Security Council|Сове\S* коллективной безопасности/i },
  { en: 'Council of Foreign Ministers', ru: 'Совет министров иностранных дел', patterns: /Council of (the )?Foreign (Affairs )?Ministers|Сове\S* министров иностранных дел/i },
  { en: 'Council of Defence Ministers', ru: 'Совет министров обороны', patterns: /Council of (the )?(Defen[cs]e|Defense) Ministers|Council of Ministers of Defen[cs]e|Сове\S* министров обороны/i },
  { en: 'Committee of Secretaries of Security Councils', ru: 'Комитет секретарей советов безопасности', patterns: /Committee of (the )?Secretaries of (the )?Security Councils|Комитет\S* секретарей советов безопасности/i },
  { en: 'Permanent Council', ru: 'Постоянный совет', patterns: /Permanent Council|Постоянн\S* совет\S*/i },
  { en: 'Parliamentary Assembly', ru: 'Парламентская ассамблея', patterns: /Parliamentary Assembly|Парламентск\S* ассамбле\S*/i },
];

export function canonicalBody(text: string, locale: Locale): string | null {
  for (const b of BODIES) if (b.patterns.test(text)) return b[locale];
  return null;
}

/** Cities: Russian oblique forms → nominative. */
export const CITIES: readonly { en: string; ru: string; re: RegExp }[] = [
  ['Moscow', 'Москва', /Moscow|Москв[аеуы]/], ['Minsk', 'Минск', /Minsk|Минск/], ['Yerevan', 'Ереван', /Yerevan|Ереван/],
  ['Astana', 'Астана', /Astana|Астан[аеы]/], ['Nur-Sultan', 'Нур-Султан', /Nur-Sultan|Нур-Султан/], ['Almaty', 'Алматы', /Almaty|Алматы/],
  ['Bishkek', 'Бишкек', /Bishkek|Бишкек/], ['Cholpon-Ata', 'Чолпон-Ата', /Cholpon-Ata|Чолпон-Ат[аеы]/], ['Dushanbe', 'Душанбе', /Dushanbe|Душанбе/],
  ['Sochi', 'Сочи', /Sochi|Сочи/], ['Saint Petersburg', 'Санкт-Петербург', /(Saint|St\.?) Petersburg|Санкт-Петербург/], ['Vienna', 'Вена', /Vienna|Вен[аеы]\b/],
].map(([en, ru, re]) => ({ en: en as string, ru: ru as string, re: re as RegExp }));

// ---------------------------------------------------------------------------------------------
// Boilerplate
// ---------------------------------------------------------------------------------------------

export const NAVIGATION_LINES = /^(go back|back|back to (the )?section|back to (the )?(all )?news( list)?|back to list|назад|вернуться( назад)?|вернуться в раздел|вернуться к (списку|новостям|разделу)( новостей)?|к списку новостей|все новости|all news|next|previous|следующая|предыдущая|следующая новость|предыдущая новость|next news|previous news|home|главная)\.?$/i;
export const SHARE_LINES = /^(print( version)?|версия для печати|печать|распечатать|share( this)?|поделиться|share:.*|поделиться:.*|tweet|facebook|vk|вконтакте|twitter|telegram|send by e-?mail|отправить по почте|subscribe|подписаться)$/i;
export const FOOTER_LINES = /(©|\(c\)|all rights reserved|все права защищены|при (использовании|цитировании) материалов|when using (the )?materials|reproduction .* prohibited)/i;
export const RELATED_HEADINGS = /^(related( news| articles| materials)?|see also|other news|more news|latest news|read also|read more|похожие (новости|материалы)|другие новости|последние новости|читайте также|смотрите также|см\. также|ещё новости|еще новости|новости по теме|материалы по теме)[:.]?$/i;
