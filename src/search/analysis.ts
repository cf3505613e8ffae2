/**
 * Text analysis for the search index, shared by indexing and querying (pure, no storage):
 * normalisation, word splitting, stemming (@orama/stemmers: Russian for Cyrillic words, English
 * for Latin ones), and a transliteration-normalised key for personal names, so that
 * Papikian / Papikyan / Папикян / Папикяна meet on one key.
 */
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as russianStemmer } from '@orama/stemmers/russian';

/** Longest word kept; longer runs of letters are cut (they are never real words). */
const MAX_WORD = 48;
const WORD = /[\p{L}\p{N}]+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/** Lower case, ё → е, Latin diacritics removed (й kept). */
export function normalize(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/й/g, '\uE000')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\uE000/g, 'й')
    .normalize('NFC');
}

/** The words of a text, normalised, in order. */
export function words(text: string): string[] {
  return (normalize(text).match(WORD) ?? []).map((w) => w.slice(0, MAX_WORD));
}

const stemCache = new Map<string, string>();

/** The stem of one normalised word. Only letters and digits come out. */
export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const s = computeStem(word);
  // A press archive's vocabulary is small; the bound only guards against junk input.
  if (stemCache.size >= 200_000) stemCache.clear();
  stemCache.set(word, s);
  return s;
}

function computeStem(word: string): string {
  let s = word;
  if (CYRILLIC.test(word)) s = russianStemmer(word);
  else if (LATIN.test(word) && !/\d/.test(word)) s = englishStemmer(word);
  s = normalize(s).replace(/[^\p{L}\p{N}]/gu, '');
  return s === '' ? word : s;
}

/** The stems of a text, in order (positions matter for phrases). */
export function stems(text: string): string[] {
  return words(text).map(stem);
}

const CYR_TO_LAT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ў: 'u', ә: 'a', ғ: 'g', қ: 'k',
  ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h',
};
const VOWELS = 'аеёиоуыэюяіәөұү';

/** Cyrillic → Latin, a plain scholarly-ish scheme (е after a vowel or at the start → ye). */
export function transliterate(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    if (c === 'е' && (i === 0 || VOWELS.includes(word[i - 1]!) || word[i - 1] === 'ь' || word[i - 1] === 'ъ')) out += 'ye';
    else out += CYR_TO_LAT[c] ?? c;
  }
  return out;
}

const keyCache = new Map<string, string>();

/**
 * A spelling-insensitive key of one name word: transliterated to Latin, then the usual variant
 * spellings folded together (y/i, zh/j, kh/h, doubled letters, a leading ye/e).
 */
export function nameKey(word: string): string {
  const cached = keyCache.get(word);
  if (cached !== undefined) return cached;
  const key = computeNameKey(word);
  if (keyCache.size >= 200_000) keyCache.clear();
  keyCache.set(word, key);
  return key;
}

function computeNameKey(word: string): string {
  let s = transliterate(normalize(word));
  s = s
    .replace(/shch/g, 'sc')
    .replace(/dzh/g, 'z')
    .replace(/sh/g, 's')
    .replace(/ch/g, 'c')
    .replace(/zh/g, 'z')
    .replace(/kh/g, 'k')
    .replace(/ts/g, 'c')
    .replace(/tz/g, 'c')
    .replace(/ph/g, 'f')
    .replace(/j/g, 'z')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/q/g, 'k')
    .replace(/h/g, '')
    .replace(/y/g, 'i')
    .replace(/^ie/, 'e')
    .replace(/(.)\1+/g, '$1');
  return s.replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Keys under which a personal name is found, in order (so that a quoted full name matches as a
 * phrase): the key of every word and, for a Cyrillic name, then the keys of the words' stems
 * (so inflected forms — Папикяна, Папикяну — meet too).
 */
export function nameKeys(name: string): string[] {
  const ws = words(name);
  const out = ws.map(nameKey);
  if (ws.some((w) => CYRILLIC.test(w))) out.push(...ws.map((w) => (CYRILLIC.test(w) ? nameKey(stem(w)) : nameKey(w))));
  return out.filter((k) => k !== '');
}

/** The key a query word is looked up under among names. */
export function queryNameKey(word: string): string {
  return CYRILLIC.test(word) ? nameKey(stem(word)) : nameKey(word);
}

/** Plain text of Markdown body text (no markup: links keep their text, emphasis and headings go). */
export function markdownToPlain(source: string): string {
  return source
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s*\n\s*\n\s*/g, '\n')
    .replace(/[ \t]+/g, ' ')
    .trim();
}
