/**
 * Legacy import: the shapes an extraction produces and the pure rules behind them (name keys
 * across scripts and spellings, states, ranks, bodies as press pages write them). No storage.
 */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
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
  return name.replace(/\.(?=\p{Lu})/gu, '. ').split(/[\s\u00a0]+/).map((w) => w.replace(/[.,;:()«»"“”]/g, '')).filter((w) => w.length > 1);
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
  [/\bRussian Federation\b|\bRussian?\b|Российск\S* Федераци|Росси[яию]/i, 'RU'],
  [/\b(Republic of )?Tajik(istan)?\b|Республик\S* Таджикистан|Таджикистан|таджикск/i, 'TJ'],
  [/\b(Republic of )?Uzbek(istan)?\b|Республик\S* Узбекистан|Узбекистан/i, 'UZ'],
  [/\bAzerbaijan(i)?\b|Азербайджан/i, 'AZ'],
  [/\bTurkmen(istan)?\b|Туркменистан|Туркмени[яиюей]|туркменск/i, 'TM'],
  [/\bUkrain(e|ian)\b|Украин[аыуе]|украинск/i, 'UA'],
  [/\b(Republic of )?Moldova\b|Молдов[аыуе]|молдавск/i, 'MD'],
  [/\bGeorgia\b|Грузи[яиюей]|грузинск/i, 'GE'],
  [/\bChina\b|\bChinese\b|Китай|Китая|Китаю|Китаем|КНР|китайск/i, 'CN'],
  [/\bIndia\b|\bIndian\b|Инди[яиюей]|индийск/i, 'IN'],
  [/\bPakistan(i)?\b|Пакистан|пакистанск/i, 'PK'],
  [/\bIran(ian)?\b|Иран(?![\p{L}])|Ирана|Ирану|Ираном|иранск/iu, 'IR'],
  [/\bMongolia(n)?\b|Монголи[яиюей]|монгольск/i, 'MN'],
  [/\bAfghanistan\b|Афганистан|афганск/i, 'AF'],
  [/\bT(u|ü)rkiye\b|\bTurkey\b|Турци[яиюей]|Турецк/i, 'TR'],
  [/\bSerbia(n)?\b|Серби[яиюей]|сербск/i, 'RS'],
  [/\bPoland\b|\bPolish\b|Польш[аиуе]|Польск/i, 'PL'],
  [/\bCuba(n)?\b|Куб[аыуе](?![\p{L}])|Кубой|кубинск/iu, 'CU'],
  [/\bVi[eê]t ?nam(ese)?\b|Вьетнам|вьетнамск/iu, 'VN'],
  [/\bEgypt(ian)?\b|Египет|Египт|египетск/iu, 'EG'],
  [/\bUnited Arab Emirates\b|\bUAE\b|Объедин\S* Араб\S* Эмират|ОАЭ/iu, 'AE'],
  [/\bSaudi Arabia\b|Саудовск\S* Арави/iu, 'SA'],
  [/\bBrazil(ian)?\b|Бразили[яиюей]|бразильск/iu, 'BR'],
  [/\bSouth Africa(n)?\b|Южно-Африканск|(?<![\p{L}])ЮАР(?![\p{L}])/iu, 'ZA'],
  [/\bEthiopia(n)?\b|Эфиопи[яиюей]|эфиопск/iu, 'ET'],
  [/\bIndonesia(n)?\b|Индонези[яиюей]|индонезийск/iu, 'ID'],
  [/\bQatar(i)?\b|Катар(?![\p{L}])|Катара|Катаре/iu, 'QA'],
  [/\bSyria(n)?\b|Сири[яиюей](?![\p{L}])|сирийск/iu, 'SY'],
  [/\bIraq(i)?\b|Ирак(?![\p{L}])|Ирака|Ираке|иракск/iu, 'IQ'],
  [/\bVenezuela(n)?\b|Венесуэл[аыуе]|венесуэльск/iu, 'VE'],
  [/\bNicaragua(n)?\b|Никарагуа/iu, 'NI'],
  [/\bLao(s| People's Democratic Republic)\b|(?<![\p{L}])Лаос|лаосск/iu, 'LA'],
];

/**
 * Every other state of the world by its English and Russian names (ISO 3166 names from i18n-iso-countries), for
 * the observers, guests and partners a page may name ("Embassy of Sweden", «Посол Японии»). A Russian name is
 * matched in its cases by the stem of each word. One alternation finds a name; the code is then looked up.
 */
const WORLD: readonly { re: RegExp; code: string }[] = (() => {
  // The names' JSON files, loaded the way the package documents for Node (the bundle keeps packages external).
  const require = createRequire(import.meta.url);
  countries.registerLocale(require('i18n-iso-countries/langs/en.json') as countries.LocaleData);
  countries.registerLocale(require('i18n-iso-countries/langs/ru.json') as countries.LocaleData);
  const known = new Set(STATE_PATTERNS.map(([, code]) => code));
  const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const ruWord = (w: string): string => {
    if (/(?:ая|ий|ый|ое|ие|ые)$/u.test(w)) return `${escape(w.slice(0, -2))}\\p{Ll}{2,3}`;
    if (/[ая]$/u.test(w)) return `${escape(w.slice(0, -1))}[аыуеояиюй]{1,2}`;
    if (/ь$/u.test(w)) return `${escape(w.slice(0, -1))}[ьиюя]`;
    if (/[бвгдзклмнпрстфхцчшщ]$/u.test(w)) return `${escape(w)}(?:а|у|ом|е)?`;
    return escape(w);
  };
  const out: { re: RegExp; code: string }[] = [];
  for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    if (known.has(code)) continue;
    const en = names.filter((n) => !n.includes(',') && n.length >= 4 && !/^[A-Z.]+$/.test(n)).map((n) => escape(n).replace(/\s+/g, '\\s+'));
    const ru = (countries.getNames('ru', { select: 'all' })[code] ?? []).filter((n) => !n.includes(',') && n.length >= 4)
      .map((n) => n.split(/\s+/).map(ruWord).join('\\s+'));
    const all = [...en, ...ru];
    if (all.length > 0) out.push({ re: new RegExp(`(?<![\\p{L}])(?:${all.join('|')})(?![\\p{L}])`, 'u'), code });
  }
  return out;
})();
const WORLD_ANY = new RegExp(WORLD.map((w) => w.re.source).join('|'), 'u');

const STATE_SPANS: readonly [RegExp, string][] = [...STATE_PATTERNS, ...WORLD.map((w) => [w.re, w.code] as [RegExp, string])]
  .map(([re, code]) => [new RegExp(re.source, `${re.flags.replace('g', '')}g`), code]);

/**
 * A bounded memo for the state look-ups, which the extractor asks again and again of the same words and sentences
 * (a few hundred patterns each time). Emptied when full; pure, so only speed depends on it.
 */
function memo<T>(limit: number, compute: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    const hit = seen.get(text);
    if (hit !== undefined || seen.has(text)) return hit as T;
    if (seen.size >= limit) seen.clear();
    const value = compute(text);
    seen.set(text, value);
    return value;
  };
}

/** Every state a text names, and where ("… of Armenia Ararat Mirzoyan, … of Belarus …"), in order, without overlaps. */
export function stateSpans(text: string): { code: string; at: number; end: number }[] {
  return stateSpansMemo(text).map((x) => ({ ...x }));
}
const stateSpansMemo = memo(2000, (text: string) => {
  const all: { code: string; at: number; end: number }[] = [];
  for (const [re, code] of STATE_SPANS) {
    // «Казахстана»: the span runs to the end of the word the pattern found the state in.
    for (const m of text.matchAll(re)) if (m[0].length > 0) all.push({ code, at: m.index, end: m.index + m[0].length + (/^\p{L}*/u.exec(text.slice(m.index + m[0].length))?.[0].length ?? 0) });
  }
  all.sort((a, b) => a.at - b.at || b.end - a.end);
  const out: typeof all = [];
  for (const x of all) if (out.length === 0 || x.at >= out[out.length - 1]!.end) out.push(x);
  return out;
});

/** The state a phrase names first ("Ambassador of Russia to Armenia" → RU). */
export function stateCode(text: string): string | null {
  return text.length <= 200 ? stateCodeMemo(text) : firstState(text);
}
const stateCodeMemo = memo(20000, (text: string) => firstState(text));

function firstState(text: string): string | null {
  let best: string | null = null;
  let at = Infinity;
  for (const [re, code] of STATE_PATTERNS) {
    const m = re.exec(text);
    if (m && m.index < at) { best = code; at = m.index; }
  }
  const w = WORLD_ANY.exec(text);
  if (w && w.index < at) {
    const found = WORLD.find((x) => x.re.test(w[0]));
    if (found) best = found.code;
  }
  return best;
}

/** Ranks, longest first so "Colonel General" wins over "General". */
export const RANKS: readonly string[] = [
  'Marshal of the Russian Federation', 'Army General', 'General of the Army', 'Colonel General', 'Lieutenant General', 'Major General',
  'Lieutenant Colonel', 'Brigadier General', 'Rear Admiral', 'Vice Admiral', 'Admiral', 'Major', 'Colonel', 'General', 'Police Colonel General', 'Police Lieutenant General',
  'генерал армии', 'бригадный генерал', 'генерал-полковник', 'генерал-лейтенант', 'генерал-майор', 'подполковник', 'полковник', 'адмирал', 'вице-адмирал', 'контр-адмирал',
  'генерал-полковника', 'генерал-лейтенанта', 'генерал-майора', 'генерала армии', 'полковника',
  'генерал-полковником', 'генерал-лейтенантом', 'генерал-майором', 'генералом армии', 'полковником',
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
  { en: 'Council of Heads of State', ru: 'Совет глав государств', patterns: /Council of (the )?Heads of States?\b|Сове\S* глав государств/i },
  { en: 'Council of Heads of Government', ru: 'Совет глав правительств', patterns: /Council of (the )?Heads of Governments?\b|Сове\S* глав правительств/i },
  { en: 'Permanent Council', ru: 'Постоянный совет', patterns: /Permanent Council|Постоянн\S* совет\S*/i },
  { en: 'Parliamentary Assembly', ru: 'Парламентская ассамблея', patterns: /Parliamentary Assembly|Парламентск\S* ассамбле\S*/i },
];

export function canonicalBody(text: string, locale: Locale): string | null {
  for (const b of BODIES) if (b.patterns.test(text)) return b[locale];
  return null;
}

/**
 * The head of a Russian noun phrase in the genitive → nominative: the adjectives and the first noun
 * («Евразийского межправительственного совета» → «Евразийский межправительственный совет»,
 * «Парламентской ассамблеи» → «Парламентская ассамблея»); the words after the head (its own genitive
 * complements: «министров обороны») stay as they are.
 */
export function ruGenitiveToNominative(phrase: string): string {
  const words = phrase.split(/\s+/);
  const adjectives: number[] = [];
  let i = 0;
  while (i < words.length && /^[\p{L}-]+(ого|его|ой|ей)$/u.test(words[i]!) && i < 4) { adjectives.push(i); i++; }
  const noun = words[i];
  if (noun === undefined || !/^[\p{L}-]+$/u.test(noun)) return phrase;
  const keep = (w: string, to: string) => (w[0] === w[0]!.toUpperCase() ? to.charAt(0).toUpperCase() + to.slice(1) : to);
  const lower = noun.toLowerCase();
  let gender: 'm' | 'n' | 'f';
  let nominative: string;
  if (/[еи]и$/u.test(lower)) { gender = 'f'; nominative = lower.slice(0, -1) + 'я'; }
  else if (/(ия|ья)$/u.test(lower) && adjectives.every((a) => /(ого|его)$/u.test(words[a]!))) { gender = 'n'; nominative = lower.slice(0, -1) + 'е'; }
  else if (/[жшщчкгх]и$/u.test(lower)) { gender = 'f'; nominative = lower.slice(0, -1) + 'а'; }
  else if (/ы$/u.test(lower)) { gender = 'f'; nominative = lower.slice(0, -1) + 'а'; }
  else if (/[бвгдзклмнпрстфхцчшщ]а$/u.test(lower)) { gender = 'm'; nominative = lower.slice(0, -1); }
  else if (/я$/u.test(lower) && adjectives.every((a) => /(ого|его)$/u.test(words[a]!))) { gender = 'm'; nominative = lower.slice(0, -1) + 'ь'; }
  else return phrase;
  if (adjectives.some((a) => (gender === 'f') !== /(ой|ей)$/u.test(words[a]!))) return phrase;
  const out = [...words];
  out[i] = keep(noun, nominative);
  for (const a of adjectives) {
    const w = words[a]!;
    const stem = w.slice(0, -3);
    let to: string;
    if (gender === 'f') to = /[^жшщч]ей$/u.test(w) ? w.slice(0, -2) + 'яя' : w.slice(0, -2) + 'ая';
    else if (gender === 'n') to = /его$/u.test(w) ? stem + 'ее' : stem + 'ое';
    else to = /его$/u.test(w) || /[кгхжшщч]$/u.test(stem) ? stem + 'ий' : stem + 'ый';
    out[a] = to;
  }
  return out.join(' ');
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

export const NAVIGATION_LINES = /^(?:[«‹<←⟵↩\s]|&lt;)*(go back|back|back to (?:the |all )?[\p{L} ]{2,30}|return to [\p{L} ]{2,30}|назад(?: (?:в|к|на) [\p{L} ]{2,30})?|вернуться (?:в|к|на) [\p{L} ]{2,30}|back to (the )?section|back to (the )?(all )?news( list)?|back to list|назад|вернуться( назад)?|вернуться в раздел|вернуться к (списку|новостям|разделу)( новостей)?|к списку новостей|к списку|к списку(?: [\p{L}-]+){1,3}|все новости|all news|(?:(?:show|view|see)\s+)?all (?:news|press releases|releases|statements|announcements|events|articles|stories|publications|materials)|все (?:новости|пресс-релизы|заявления|анонсы|события|статьи|публикации|материалы|сообщения)(?: раздела)?|наверх|(?:next|previous) (?:article|item|story|post|release|statement)|next|previous|следующая|предыдущая|следующая новость|предыдущая новость|next news|previous news|home|главная)\.?(?:\s*[»›>→]+)?$/iu;
const SHARE_ITEM = '(?:print(?: version| this page| this article| page)?|версия для печати|печать|распечатать|share(?: this)?|поделиться|tweet|facebook|vk|вконтакте|twitter|telegram|send by e-?mail|send to (?:a )?friend|e-?mail to (?:a )?friend|отправить другу|e-?mail|отправить по почте|rss|pdf)';
/** "Версия для печати Отправить другу", "Print | E-mail | RSS": a row of such links. */
const SHARE_ROW = new RegExp(`^${SHARE_ITEM}(?:\\s*[|·•/]?\\s*${SHARE_ITEM})+$`, 'i');
const SHARE_ONE = /^(print( version| this page| this article| page)?|версия для печати|печать|распечатать|share( this)?|поделиться|share:.*|поделиться:.*|tweet|facebook|vk|вконтакте|twitter|telegram|send by e-?mail|e-?mail|отправить по почте|subscribe|подписаться|subscribe to .{1,40}|подпишитесь .{1,40}|подписаться на .{1,40}|(?:tags|теги|keywords|ключевые слова|topics|темы)\s*:.{0,200}|(?:views|просмотров|просмотры|hits|прочитано)\s*:?\s*\d[\d\s]*(?:\s*[|·•]\s*(?:print(?: version)?|версия для печати|печать|share|поделиться|comments?\s*:?\s*\d*|комментари\S*\s*:?\s*\d*))*)$/i;
/** A line of share, print and counter links (one, or a row of them). */
export const SHARE_LINES = { test: (text: string): boolean => SHARE_ONE.test(text) || SHARE_ROW.test(text) };
export const FOOTER_LINES = /(©|\(c\)|all rights reserved|все права защищены|при (использовании|цитировании) материалов|when using (the )?materials|reproduction .* prohibited)/i;
/**
 * A heading that ties a list to the item's own subject ("Related news", "See also", «Новости по теме», «Читайте
 * также»), as opposed to a list of the site's other or latest items ("Other news", "Top stories", «Последние новости»).
 */
export const TOPICAL_HEADING = /\b(?:related|see also|read also|also read|similar|on (?:this|the same) (?:topic|subject))\b|(?<![\p{L}])(?:по теме|читайте также|смотрите также|см\. также|похожие|связанные)(?![\p{L}])/iu;

export const RELATED_HEADINGS = /^(?:(?:related|see also|other|more|latest|recent|similar|read also|похожие|другие|последние|ещё|еще|свежие|смотрите также|читайте также|см\. также)(?:\s+(?:news|stories|articles|materials|content|items|links|publications|posts|press releases|releases|statements|updates|новости|материалы|статьи|публикации|сообщения))?(?:\s+раздела|\s+(?:from|of|in|on|about|по|из|в)(?:\s+[\p{L}\p{N}'’-]+){1,3})?|(?:top|main|key|главные|важные|актуальные)\s+(?:news|stories|headlines|новости|события|материалы)|новости по теме|материалы по теме|по теме|новости раздела|(?:другие|ещё|еще|все)\s+(?:выступления|обращения|заявления|интервью|пресс-релизы|комментарии|анонсы|события)(?:\s+и\s+(?:выступления|обращения|заявления|интервью|пресс-релизы|комментарии|анонсы|события))?|(?:other|more)\s+(?:speeches|statements|interviews|announcements|events|remarks)(?:\s+and\s+(?:speeches|statements|interviews|announcements|events|remarks))?)\s*[:.]?$/iu;

/** "Read more", «Подробнее →»: the link under another item's teaser. */
export const READ_MORE_LINES = /^(read more|more|read the full (story|article)|continue reading|подробнее|читать далее|читать полностью|далее)\s*[.…>»→]*$/iu;

/**
 * A cookie notice ("We use cookies … By continuing to browse you agree …", «Сайт использует файлы cookie …») and its
 * buttons ("Accept Decline", "OK, I agree", «Принять»): the site's, never an item's text.
 */
export function isCookieNotice(text: string): boolean {
  const t = text.trim();
  if (t.length > 400) return false;
  if (t.length <= 30 && /^(?:(?:accept|decline|reject|allow|all|cookies|ok|okay|i|agree|got|it|close|settings|принять|отклонить|разрешить|все|согласен|согласна|понятно|закрыть|хорошо|настройки)[\s,.!]*){1,4}$/iu.test(t)) return true;
  return /\bcookies?\b|(?<![\p{L}])(?:cookie|куки)(?![\p{L}])/iu.test(t)
    && /\b(?:we use|this (?:site|website) uses|our use of cookies|you agree|you consent|you accept|continuing to (?:browse|use)|accept (?:all )?cookies|cookie (?:policy|settings))\b|(?<![\p{L}])(?:сайт использует|мы используем|вы соглашаетесь|вы даете согласие|вы даёте согласие|продолжая (?:работу|использовать|пользоваться))(?![\p{L}])/iu.test(t);
}

/** A line of only rule characters ("-----", "* * *", "====="): a separator between parts of a page. */
export const SEPARATOR_LINE = /^[-–—_=*~·•#\s]{3,}$/u;

/**
 * A section label above a headline ("Press release", «Пресс-релиз», "News", "Statement"): the kind
 * of the item, not its title.
 */
export const KIND_LABELS: readonly [RegExp, ItemKind | null][] = [
  [/^(press release|news release|пресс-релиз|пресс релиз)$/iu, 'press_release'],
  [/^(statement|press statement|заявление|заявления)$/iu, 'statement'],
  [/^(media advisory|announcement|анонс|анонсы)$/iu, 'announcement'],
  [/^(interview|интервью)$/iu, 'interview'],
  [/^(news|latest news|press news|новости|новость|сообщения|событие|события|press releases|пресс-релизы|statements)$/iu, null],
];

export function kindLabel(text: string): { kind: ItemKind | null } | null {
  // "Press release No. 12/2021", «Пресс-релиз № 45»: a label with the release's number.
  const t = text.trim().replace(/[:.]$/, '').replace(/\s*(?:no\.?|nr\.?|№|#)\s*\d[\d/.-]{0,11}$/iu, '');
  for (const [re, kind] of KIND_LABELS) if (re.test(t)) return { kind };
  return null;
}

const CRUMB_PART = /^[\p{L}\p{N}][\p{L}\p{N}'’&.,()\-\s]{0,40}$/u;

/**
 * A breadcrumb or menu line: short parts joined by "›", ">", "»", "/", "|" or "·" ("Home > Media Center > News",
 * «Главная › Пресс-служба», "OSCE | Newsroom", "Print | Email | Share"), no part a sentence.
 */
export function isMenuLine(text: string): 'navigation' | 'share' | 'menu' | null {
  const t = text.trim();
  if (t.length > 160) return null;
  const crumb = t.split(/\s+(?:>|›|»|→|\/)\s+|\s*(?:&gt;|>{1,2}|›|→)\s*/u);
  const piped = t.split(/\s*[|·•]\s*/u);
  const parts = crumb.length >= 2 ? crumb : piped;
  if (parts.length < 2 || parts.some((p) => p.trim() === '' && parts.length < 3)) return null;
  const words = parts.map((p) => p.trim()).filter(Boolean);
  if (words.some((p) => !CRUMB_PART.test(p) || p.split(/\s+/).length > 5 || /[.!?]$/.test(p) && !/^\p{L}+\.$/u.test(p))) return null;
  if (words.every((p) => SHARE_LINES.test(p) || NAVIGATION_LINES.test(p))) return words.some((p) => NAVIGATION_LINES.test(p)) ? 'navigation' : 'share';
  if (crumb.length >= 2) return 'navigation';
  if (!words.every((p) => p.split(/\s+/).length <= 4)) return null;
  // «На главную | Назад | Версия для печати»: a row of links with a way back or home is the item's navigation;
  const toHome = (p: string) => NAVIGATION_LINES.test(p) || /^(?:на главную|to (?:the )?home(?: ?page)?|homepage)$/iu.test(p);
  return words.some(toHome) ? 'navigation' : 'menu';
}
