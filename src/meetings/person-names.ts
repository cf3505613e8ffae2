/**
 * Russian personal names in grammatical cases: a thin typed wrapper over petrovich.
 *
 * Generated text writes a person as given name + family name («Сурена Папикяна»); the
 * patronymic, when known, is not written but can be inflected on its own (`inflectRuNameParts`).
 *
 * petrovich declines by suffix rules and gets some names wrong — e.g. Kazakh compound given
 * names: it declines every part of «Касым-Жомарт» («Касыма-Жомарта»), where Russian declines
 * only the last («Касым-Жомарта Токаева»). For such names the person carries explicit forms in
 * `cases`: whole "given family" strings per case, which take precedence over petrovich.
 * Indeclinable surnames («Шойгу», «Мирзо», women's «Зась») petrovich already leaves as they are.
 */
import petrovich from 'petrovich';
import { RU_CASE_KEY, isRuCase, type RuCase, type RuCases } from '../platform/i18n/cases.ts';

export interface RuPersonName {
  given: string; // «Сурен»
  patronymic?: string; // «Грачевич»; not written by `ruPersonName`
  family: string; // «Папикян»
  gender: 'male' | 'female';
  /** Explicit "given family" forms per case («Касым-Жомарта Токаева»), overriding petrovich. */
  cases?: RuCases;
}

export interface RuNameParts {
  given: string;
  patronymic?: string;
  family: string;
}

function requireText(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`Russian personal name: ${field} is missing or empty`);
  }
  return value.trim();
}

function checkCase(grammaticalCase: unknown): asserts grammaticalCase is RuCase {
  if (!isRuCase(grammaticalCase)) throw new Error(`Russian personal name: unknown case "${String(grammaticalCase)}"`);
}

/** Each part of the name declined by petrovich (no overrides applied). */
export function inflectRuNameParts(name: RuPersonName, grammaticalCase: RuCase): RuNameParts {
  checkCase(grammaticalCase);
  const given = requireText(name.given, 'given');
  const family = requireText(name.family, 'family');
  const patronymic = name.patronymic === undefined || name.patronymic.trim() === '' ? undefined : name.patronymic.trim();
  if (name.gender !== 'male' && name.gender !== 'female') {
    throw new Error(`Russian personal name "${given} ${family}": gender must be "male" or "female"`);
  }
  if (grammaticalCase === 'nominative') return patronymic === undefined ? { given, family } : { given, patronymic, family };
  const result = petrovich(
    patronymic === undefined ? { gender: name.gender, first: given, last: family } : { gender: name.gender, first: given, middle: patronymic, last: family },
    grammaticalCase,
  );
  const parts: RuNameParts = { given: result.first ?? given, family: result.last ?? family };
  if (patronymic !== undefined) parts.patronymic = result.middle ?? patronymic;
  return parts;
}

/**
 * "Given family" in the requested case: «Сурена Папикяна» (genitive). An explicit form in
 * `name.cases` wins over petrovich.
 */
export function ruPersonName(name: RuPersonName, grammaticalCase: RuCase = 'nominative'): string {
  checkCase(grammaticalCase);
  if (grammaticalCase !== 'nominative') {
    const override = name.cases?.[RU_CASE_KEY[grammaticalCase]];
    if (override !== undefined && override.trim() !== '') return override.trim();
  }
  const parts = inflectRuNameParts(name, grammaticalCase);
  return `${parts.given} ${parts.family}`;
}
