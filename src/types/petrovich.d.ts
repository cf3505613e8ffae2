/**
 * Types for petrovich 0.2.1 (Russian personal-name inflection; ships no types).
 * The package is CommonJS (`module.exports = petrovich`); import it as
 * `import petrovich from 'petrovich'` (esModuleInterop / Node's CJS default export).
 */
declare module 'petrovich' {
  type PetrovichGender = 'male' | 'female' | 'androgynous';
  type PetrovichCase = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
  type PetrovichNameType = 'first' | 'middle' | 'last';

  interface PetrovichPerson {
    /** Required unless `middle` (patronymic) is given, from which petrovich guesses it. */
    gender?: PetrovichGender;
    first?: string;
    middle?: string;
    last?: string;
  }

  interface PetrovichResult {
    gender: PetrovichGender;
    first?: string;
    middle?: string;
    last?: string;
  }

  type PetrovichInflectors = Record<PetrovichNameType, Record<PetrovichCase, (name: string) => string>>;

  interface Petrovich {
    /** Inflects every name part present; throws on an invalid gender or case, or when gender is unknown. */
    (person: PetrovichPerson, gcase: PetrovichCase): PetrovichResult;
    /** 'male' for «-ич», 'female' for «-на», else 'androgynous'. */
    detect_gender(middle: string): PetrovichGender;
    male: PetrovichInflectors;
    female: PetrovichInflectors;
    androgynous: PetrovichInflectors;
  }

  const petrovich: Petrovich;
  export = petrovich;
}
