/**
 * Russian grammatical cases, as generated text needs them.
 *
 * Data carries the forms it cannot derive by rule (names of bodies, states, ranks, roles, places)
 * in a `RuCases` record beside the nominative name. Personal names are declined by rule
 * (petrovich, see src/meetings/person-names.ts), with a `RuCases` record as an override.
 */

/** Russian case forms of a name; the nominative is the plain name itself. */
export interface RuCases {
  gen?: string; // родительный: «Совета министров обороны», «Республики Армения»
  dat?: string; // дательный
  acc?: string; // винительный
  ins?: string; // творительный
  prep?: string; // предложный, without the preposition: «(в) Минске»
}

/** The six Russian cases, named as petrovich names them. */
export const RU_CASES = ['nominative', 'genitive', 'dative', 'accusative', 'instrumental', 'prepositional'] as const;
export type RuCase = (typeof RU_CASES)[number];
/** The oblique cases: those stored in a `RuCases` record. */
export type RuObliqueCase = Exclude<RuCase, 'nominative'>;

/** Which `RuCases` key holds which case. */
export const RU_CASE_KEY: Readonly<Record<RuObliqueCase, keyof RuCases>> = {
  genitive: 'gen',
  dative: 'dat',
  accusative: 'acc',
  instrumental: 'ins',
  prepositional: 'prep',
};

export function isRuCase(value: unknown): value is RuCase {
  return typeof value === 'string' && (RU_CASES as readonly string[]).includes(value);
}

/** The stored form of `name` in `grammaticalCase`; `undefined` when the oblique form is not stored. */
export function ruCaseForm(name: string, cases: RuCases | undefined, grammaticalCase: RuCase): string | undefined {
  if (grammaticalCase === 'nominative') return name;
  const form = cases?.[RU_CASE_KEY[grammaticalCase]];
  return form === undefined || form.trim() === '' ? undefined : form;
}
