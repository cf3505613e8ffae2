import { test } from 'node:test';
import assert from 'node:assert/strict';

import type { Locale } from '../platform/i18n/locales.ts';
import { MeetingReportError, type MeetingReportInput, type ReportParticipant, type ReportPerson, type ReportRole, type ReportState } from './domain.ts';
import { inflectRuNameParts, ruPersonName } from './person-names.ts';
import { generateMeetingReport } from './report-text.ts';

// ---------------------------------------------------------------------------------------------
// Fixtures: the CSTO Council of Defence Ministers, as a structured record per locale.

type PerLocale<T> = Record<Locale, T>;

const STATES: Record<string, PerLocale<ReportState>> = {
  AM: { en: { code: 'AM', officialName: 'Republic of Armenia' }, ru: { code: 'AM', officialName: 'Республика Армения', officialCases: { gen: 'Республики Армения' } } },
  BY: { en: { code: 'BY', officialName: 'Republic of Belarus' }, ru: { code: 'BY', officialName: 'Республика Беларусь', officialCases: { gen: 'Республики Беларусь' } } },
  KZ: { en: { code: 'KZ', officialName: 'Republic of Kazakhstan' }, ru: { code: 'KZ', officialName: 'Республика Казахстан', officialCases: { gen: 'Республики Казахстан' } } },
  KG: { en: { code: 'KG', officialName: 'Kyrgyz Republic' }, ru: { code: 'KG', officialName: 'Кыргызская Республика', officialCases: { gen: 'Кыргызской Республики' } } },
  RU: { en: { code: 'RU', officialName: 'Russian Federation' }, ru: { code: 'RU', officialName: 'Российская Федерация', officialCases: { gen: 'Российской Федерации' } } },
  TJ: { en: { code: 'TJ', officialName: 'Republic of Tajikistan' }, ru: { code: 'TJ', officialName: 'Республика Таджикистан', officialCases: { gen: 'Республики Таджикистан' } } },
};

const RANKS = {
  lieutenantGeneral: { en: { name: 'Lieutenant General' }, ru: { name: 'генерал-лейтенант', cases: { gen: 'генерал-лейтенанта' } } },
  colonelGeneral: { en: { name: 'Colonel General' }, ru: { name: 'генерал-полковник', cases: { gen: 'генерал-полковника' } } },
  armyGeneral: { en: { name: 'Army General' }, ru: { name: 'генерал армии', cases: { gen: 'генерала армии' } } },
} as const;
type RankKey = keyof typeof RANKS;

function person(en: [string, string], ru: [string, string], gender: 'male' | 'female' = 'male'): PerLocale<ReportPerson> {
  return { en: { given: en[0], family: en[1], gender }, ru: { given: ru[0], family: ru[1], gender } };
}

const PEOPLE = {
  papikyan: person(['Suren', 'Papikyan'], ['Сурен', 'Папикян']),
  khrenin: person(['Viktor', 'Khrenin'], ['Виктор', 'Хренин']),
  zhaksylykov: person(['Ruslan', 'Zhaksylykov'], ['Руслан', 'Жаксылыков']),
  bekbolotov: person(['Baktybek', 'Bekbolotov'], ['Бактыбек', 'Бекболотов']),
  shoigu: person(['Sergei', 'Shoigu'], ['Сергей', 'Шойгу']),
  mirzo: person(['Sherali', 'Mirzo'], ['Шерали', 'Мирзо']),
  zas: person(['Stanislav', 'Zas'], ['Станислав', 'Зась']),
  sidorov: person(['Anatoly', 'Sidorov'], ['Анатолий', 'Сидоров']),
  gerasimov: person(['Valery', 'Gerasimov'], ['Валерий', 'Герасимов']),
  // A fictional person, for the feminine agreement and a guest participant.
  ivanova: person(['Elena', 'Ivanova'], ['Елена', 'Иванова'], 'female'),
  // petrovich declines every part of a hyphenated given name; the record carries the right form.
  tokayev: {
    en: { given: 'Kassym-Jomart', family: 'Tokayev', gender: 'male' },
    ru: { given: 'Касым-Жомарт', family: 'Токаев', gender: 'male', cases: { gen: 'Касым-Жомарта Токаева' } },
  },
} satisfies Record<string, PerLocale<ReportPerson>>;
type PersonKey = keyof typeof PEOPLE;

function defenceMinister(code: string): PerLocale<ReportRole> {
  const en = STATES[code]!.en.officialName;
  const ruGen = STATES[code]!.ru.officialCases!.gen!;
  return {
    en: { function: 'defence_minister', name: `Minister of Defence of the ${en}`, shortName: 'Minister of Defence', plural: 'defence ministers' },
    ru: { function: 'defence_minister', name: `Министр обороны ${ruGen}`, shortName: 'Министр обороны', plural: 'министры обороны', cases: { gen: `Министра обороны ${ruGen}` } },
  };
}

const ROLES: Record<string, PerLocale<ReportRole>> = {
  secretaryGeneral: {
    en: { function: 'secretary_general', name: 'CSTO Secretary General', shortName: 'Secretary General' },
    ru: { function: 'secretary_general', name: 'Генеральный секретарь ОДКБ', shortName: 'Генеральный секретарь', cases: { gen: 'Генерального секретаря ОДКБ' } },
  },
  jointStaffChief: {
    en: { function: 'joint_staff_chief', name: 'Chief of the CSTO Joint Staff', shortName: 'Chief of the Joint Staff' },
    ru: { function: 'joint_staff_chief', name: 'Начальник Объединённого штаба ОДКБ', shortName: 'Начальник Объединённого штаба', cases: { gen: 'Начальника Объединённого штаба ОДКБ' } },
  },
  deputySecretaryGeneral: {
    en: { function: 'deputy_secretary_general', name: 'CSTO Deputy Secretary General', shortName: 'Deputy Secretary General' },
    ru: { function: 'deputy_secretary_general', name: 'Заместитель Генерального секретаря ОДКБ', shortName: 'Заместитель Генерального секретаря' },
  },
  chiefOfGeneralStaffRU: {
    en: { function: 'chief_of_general_staff', name: 'Chief of the General Staff of the Armed Forces of the Russian Federation', shortName: 'Chief of the General Staff', plural: 'chiefs of general staff' },
    ru: { function: 'chief_of_general_staff', name: 'Начальник Генерального штаба Вооружённых Сил Российской Федерации', shortName: 'Начальник Генерального штаба', plural: 'начальники генеральных штабов' },
  },
  presidentKZ: {
    en: { function: 'head_of_state', name: 'President of the Republic of Kazakhstan', shortName: 'President' },
    ru: { function: 'head_of_state', name: 'Президент Республики Казахстан', shortName: 'Президент', cases: { gen: 'Президента Республики Казахстан' } },
  },
};

interface Seat {
  person: PersonKey;
  role: PerLocale<ReportRole>;
  state?: string;
  rank?: RankKey;
  official?: boolean;
}

function seat(locale: Locale, s: Seat): ReportParticipant {
  return {
    person: PEOPLE[s.person][locale],
    role: s.role[locale],
    state: s.state ? STATES[s.state]![locale] : null,
    rank: s.rank ? RANKS[s.rank][locale] : null,
    organizationOfficial: s.official ?? false,
  };
}

const minister = (personKey: PersonKey, code: string, rank?: RankKey): Seat => (rank ? { person: personKey, role: defenceMinister(code), state: code, rank } : { person: personKey, role: defenceMinister(code), state: code });
const ZAS: Seat = { person: 'zas', role: ROLES.secretaryGeneral!, official: true };
const SIDOROV: Seat = { person: 'sidorov', role: ROLES.jointStaffChief!, rank: 'colonelGeneral', official: true };

const DELEGATIONS_2022: Seat[] = [
  minister('khrenin', 'BY', 'lieutenantGeneral'),
  minister('zhaksylykov', 'KZ', 'colonelGeneral'),
  minister('bekbolotov', 'KG', 'lieutenantGeneral'),
  minister('shoigu', 'RU', 'armyGeneral'),
  minister('mirzo', 'TJ', 'colonelGeneral'),
];

const ORGANIZATION = {
  en: { name: 'Collective Security Treaty Organization', abbreviation: 'CSTO' },
  ru: { name: 'Организация Договора о коллективной безопасности', abbreviation: 'ОДКБ', cases: { gen: 'Организации Договора о коллективной безопасности' } },
};
const CDM = { en: { name: 'Council of Defence Ministers' }, ru: { name: 'Совет министров обороны', cases: { gen: 'Совета министров обороны' } } };
const CSC = { en: { name: 'Collective Security Council' }, ru: { name: 'Совет коллективной безопасности', cases: { gen: 'Совета коллективной безопасности' } } };
const MINSK = { en: { name: 'Minsk' }, ru: { name: 'Минск', cases: { prep: 'Минске' } } };
const VLADIVOSTOK = { en: { name: 'Vladivostok' }, ru: { name: 'Владивосток', cases: { prep: 'Владивостоке' } } };

interface Meeting {
  date: string;
  format: MeetingReportInput['format'];
  location?: PerLocale<{ name: string; cases?: { prep?: string } }>;
  body?: PerLocale<{ name: string; cases?: { gen?: string } }>;
  chair: Seat | null;
  participants: Seat[];
}

function input(locale: Locale, m: Meeting): MeetingReportInput {
  return {
    locale,
    date: m.date,
    format: m.format,
    location: m.location ? m.location[locale] : null,
    organization: ORGANIZATION[locale],
    body: (m.body ?? CDM)[locale],
    chair: m.chair ? seat(locale, m.chair) : null,
    participants: m.participants.map((s) => seat(locale, s)),
  };
}

const both = (m: Meeting) => ({ en: generateMeetingReport(input('en', m)), ru: generateMeetingReport(input('ru', m)) });

const MAY_2022: Meeting = {
  date: '2022-05-24',
  format: 'videoconference',
  chair: minister('papikyan', 'AM'),
  participants: [...DELEGATIONS_2022, ZAS, SIDOROV],
};

const EN_CDM = 'the Council of Defence Ministers of the Collective Security Treaty Organization';
const RU_CDM = 'заседание Совета министров обороны Организации Договора о коллективной безопасности';
const EN_DELEGATIONS_2022 =
  'the defence ministers of the Republic of Belarus (Lieutenant General Viktor Khrenin), of the Republic of Kazakhstan (Colonel General Ruslan Zhaksylykov), ' +
  'of the Kyrgyz Republic (Lieutenant General Baktybek Bekbolotov), of the Russian Federation (Army General Sergei Shoigu) ' +
  'and of the Republic of Tajikistan (Colonel General Sherali Mirzo)';
const RU_DELEGATIONS_2022 =
  'министры обороны Республики Беларусь (генерал-лейтенант Виктор Хренин), Республики Казахстан (генерал-полковник Руслан Жаксылыков), ' +
  'Кыргызской Республики (генерал-лейтенант Бактыбек Бекболотов), Российской Федерации (генерал армии Сергей Шойгу) ' +
  'и Республики Таджикистан (генерал-полковник Шерали Мирзо)';
const EN_OFFICIALS = 'the CSTO Secretary General Stanislav Zas and the Chief of the CSTO Joint Staff, Colonel General Anatoly Sidorov';
const RU_OFFICIALS = 'Генеральный секретарь ОДКБ Станислав Зась и Начальник Объединённого штаба ОДКБ генерал-полковник Анатолий Сидоров';

// ---------------------------------------------------------------------------------------------
// Names

test('petrovich declines the names the reports need', () => {
  const gen = (given: string, family: string) => ruPersonName({ given, family, gender: 'male' }, 'genitive');
  assert.equal(gen('Сурен', 'Папикян'), 'Сурена Папикяна');
  assert.equal(gen('Сергей', 'Шойгу'), 'Сергея Шойгу'); // indeclinable surname
  assert.equal(gen('Станислав', 'Зась'), 'Станислава Зася'); // as the CSTO's own Russian texts write it
  assert.equal(gen('Шерали', 'Мирзо'), 'Шерали Мирзо');
  assert.equal(gen('Виктор', 'Хренин'), 'Виктора Хренина');
  assert.equal(ruPersonName({ given: 'Анна', family: 'Зась', gender: 'female' }, 'genitive'), 'Анны Зась');
  assert.equal(ruPersonName({ given: 'Сурен', family: 'Папикян', gender: 'male' }), 'Сурен Папикян');
  assert.equal(ruPersonName({ given: 'Сурен', family: 'Папикян', gender: 'male' }, 'instrumental'), 'Суреном Папикяном');
  assert.deepEqual(inflectRuNameParts({ given: 'Мария', patronymic: 'Ивановна', family: 'Захарова', gender: 'female' }, 'dative'), {
    given: 'Марии',
    patronymic: 'Ивановне',
    family: 'Захаровой',
  });
});

test('explicit case forms on the person override petrovich where it is wrong', () => {
  const tokayev = { given: 'Касым-Жомарт', family: 'Токаев', gender: 'male' as const };
  assert.equal(ruPersonName(tokayev, 'genitive'), 'Касыма-Жомарта Токаева'); // petrovich's (wrong) form
  assert.equal(ruPersonName({ ...tokayev, cases: { gen: 'Касым-Жомарта Токаева' } }, 'genitive'), 'Касым-Жомарта Токаева');
  // Cases without an override still go through petrovich.
  assert.equal(ruPersonName({ ...tokayev, cases: { gen: 'Касым-Жомарта Токаева' } }, 'dative'), 'Касыму-Жомарту Токаеву');
});

// ---------------------------------------------------------------------------------------------
// The 24 May 2022 meeting

test('24 May 2022 Council of Defence Ministers by videoconference, in English', () => {
  assert.deepEqual(generateMeetingReport(input('en', MAY_2022)), [
    'On 24 May 2022 the Council of Defence Ministers of the Collective Security Treaty Organization met by videoconference ' +
      'under the chairmanship of the Minister of Defence of the Republic of Armenia, Suren Papikyan.',
    'The defence ministers of the Republic of Belarus (Lieutenant General Viktor Khrenin), of the Republic of Kazakhstan (Colonel General Ruslan Zhaksylykov), ' +
      'of the Kyrgyz Republic (Lieutenant General Baktybek Bekbolotov), of the Russian Federation (Army General Sergei Shoigu) ' +
      'and of the Republic of Tajikistan (Colonel General Sherali Mirzo), as well as the CSTO Secretary General Stanislav Zas ' +
      'and the Chief of the CSTO Joint Staff, Colonel General Anatoly Sidorov, took part in the meeting.',
  ]);
});

test('24 May 2022 Council of Defence Ministers by videoconference, in Russian', () => {
  assert.deepEqual(generateMeetingReport(input('ru', MAY_2022)), [
    '24 мая 2022 года под председательством Министра обороны Республики Армения Сурена Папикяна в режиме видеоконференции ' +
      'состоялось заседание Совета министров обороны Организации Договора о коллективной безопасности.',
    'В заседании приняли участие министры обороны Республики Беларусь (генерал-лейтенант Виктор Хренин), ' +
      'Республики Казахстан (генерал-полковник Руслан Жаксылыков), Кыргызской Республики (генерал-лейтенант Бактыбек Бекболотов), ' +
      'Российской Федерации (генерал армии Сергей Шойгу) и Республики Таджикистан (генерал-полковник Шерали Мирзо), ' +
      'а также Генеральный секретарь ОДКБ Станислав Зась и Начальник Объединённого штаба ОДКБ генерал-полковник Анатолий Сидоров.',
  ]);
});

test('officials of the organization come last whatever their place in the input; order within groups is kept', () => {
  const shuffled: Meeting = { ...MAY_2022, participants: [ZAS, DELEGATIONS_2022[0]!, SIDOROV, ...DELEGATIONS_2022.slice(1)] };
  assert.deepEqual(both(shuffled), both(MAY_2022));
  const reversedOfficials: Meeting = { ...MAY_2022, chair: null, participants: [SIDOROV, ...DELEGATIONS_2022, ZAS] };
  assert.equal(
    generateMeetingReport(input('en', reversedOfficials))[1],
    `The ${EN_DELEGATIONS_2022.slice(4)}, as well as the Chief of the CSTO Joint Staff, Colonel General Anatoly Sidorov, and the CSTO Secretary General Stanislav Zas, took part in the meeting.`,
  );
  assert.equal(
    generateMeetingReport(input('ru', reversedOfficials))[1],
    `В заседании приняли участие ${RU_DELEGATIONS_2022}, а также Начальник Объединённого штаба ОДКБ генерал-полковник Анатолий Сидоров и Генеральный секретарь ОДКБ Станислав Зась.`,
  );
});

// ---------------------------------------------------------------------------------------------
// Format, place and chair

test('in person in Minsk, chaired by a minister with a rank', () => {
  const m: Meeting = { date: '2023-11-22', format: 'in_person', location: MINSK, chair: minister('khrenin', 'BY', 'lieutenantGeneral'), participants: [] };
  assert.deepEqual(both(m), {
    en: [`On 22 November 2023 ${EN_CDM} met in Minsk under the chairmanship of the Minister of Defence of the Republic of Belarus, Lieutenant General Viktor Khrenin.`],
    ru: [`22 ноября 2023 года под председательством Министра обороны Республики Беларусь генерал-лейтенанта Виктора Хренина в Минске состоялось ${RU_CDM}.`],
  });
});

test('a chair with a military rank in Russian: genitive rank and name', () => {
  const m: Meeting = { date: '2021-06-01', format: 'in_person', location: VLADIVOSTOK, chair: minister('shoigu', 'RU', 'armyGeneral'), participants: [] };
  assert.deepEqual(both(m), {
    en: [`On 1 June 2021 ${EN_CDM} met in Vladivostok under the chairmanship of the Minister of Defence of the Russian Federation, Army General Sergei Shoigu.`],
    ru: [`1 июня 2021 года под председательством Министра обороны Российской Федерации генерала армии Сергея Шойгу во Владивостоке состоялось ${RU_CDM}.`],
  });
});

test('an official of the organization in the chair; a person with an explicit genitive form', () => {
  const byZas: Meeting = { date: '2022-01-10', format: 'videoconference', chair: ZAS, participants: [] };
  assert.deepEqual(both(byZas), {
    en: [`On 10 January 2022 ${EN_CDM} met by videoconference under the chairmanship of the CSTO Secretary General, Stanislav Zas.`],
    ru: [`10 января 2022 года под председательством Генерального секретаря ОДКБ Станислава Зася в режиме видеоконференции состоялось ${RU_CDM}.`],
  });
  const byTokayev: Meeting = { date: '2022-01-10', format: 'videoconference', body: CSC, chair: { person: 'tokayev', role: ROLES.presidentKZ!, state: 'KZ' }, participants: [] };
  assert.deepEqual(both(byTokayev), {
    en: ['On 10 January 2022 the Collective Security Council of the Collective Security Treaty Organization met by videoconference under the chairmanship of the President of the Republic of Kazakhstan, Kassym-Jomart Tokayev.'],
    ru: ['10 января 2022 года под председательством Президента Республики Казахстан Касым-Жомарта Токаева в режиме видеоконференции состоялось заседание Совета коллективной безопасности Организации Договора о коллективной безопасности.'],
  });
});

test('no chair: the clause is left out', () => {
  const m: Meeting = { ...MAY_2022, chair: null };
  const out = both(m);
  assert.equal(out.en[0], `On 24 May 2022 ${EN_CDM} met by videoconference.`);
  assert.equal(out.ru[0], `24 мая 2022 года в режиме видеоконференции состоялось ${RU_CDM}.`);
  assert.equal(out.en.length, 2);
  assert.equal(out.ru.length, 2);
});

test('hybrid, with and without a place', () => {
  const m: Meeting = { date: '2024-09-03', format: 'hybrid', location: MINSK, chair: null, participants: [] };
  assert.deepEqual(both(m), {
    en: [`On 3 September 2024 ${EN_CDM} met in a hybrid format (in Minsk and by videoconference).`],
    ru: [`3 сентября 2024 года в смешанном формате (в Минске и в режиме видеоконференции) состоялось ${RU_CDM}.`],
  });
  assert.deepEqual(both({ ...m, location: undefined }), {
    en: [`On 3 September 2024 ${EN_CDM} met in a hybrid format (in person and by videoconference).`],
    ru: [`3 сентября 2024 года в смешанном формате (очно и в режиме видеоконференции) состоялось ${RU_CDM}.`],
  });
});

test('a videoconference does not name the place; in person without a place', () => {
  const vc = both({ date: '2022-05-24', format: 'videoconference', location: MINSK, chair: null, participants: [] });
  assert.equal(vc.en[0], `On 24 May 2022 ${EN_CDM} met by videoconference.`);
  assert.equal(vc.ru[0], `24 мая 2022 года в режиме видеоконференции состоялось ${RU_CDM}.`);
  const nowhere = both({ date: '2022-05-24', format: 'in_person', chair: null, participants: [] });
  assert.equal(nowhere.en[0], `On 24 May 2022 ${EN_CDM} met in person.`);
  assert.equal(nowhere.ru[0], `24 мая 2022 года в очном формате состоялось ${RU_CDM}.`);
});

// ---------------------------------------------------------------------------------------------
// Participants

test('a single participant: singular title and verb', () => {
  const m: Meeting = { ...MAY_2022, chair: null, participants: [minister('khrenin', 'BY', 'lieutenantGeneral')] };
  const out = both(m);
  assert.equal(out.en[1], 'The Minister of Defence of the Republic of Belarus (Lieutenant General Viktor Khrenin) took part in the meeting.');
  assert.equal(out.ru[1], 'В заседании принял участие Министр обороны Республики Беларусь (генерал-лейтенант Виктор Хренин).');
  const civilian = both({ ...m, participants: [minister('papikyan', 'AM')] });
  assert.equal(civilian.en[1], 'The Minister of Defence of the Republic of Armenia (Suren Papikyan) took part in the meeting.');
  assert.equal(civilian.ru[1], 'В заседании принял участие Министр обороны Республики Армения (Сурен Папикян).');
});

test('a single participant who is a woman: feminine verb in Russian', () => {
  const m: Meeting = { ...MAY_2022, chair: null, participants: [{ person: 'ivanova', role: ROLES.deputySecretaryGeneral!, official: true }] };
  const out = both(m);
  assert.equal(out.en[1], 'The CSTO Deputy Secretary General Elena Ivanova took part in the meeting.');
  assert.equal(out.ru[1], 'В заседании приняла участие Заместитель Генерального секретаря ОДКБ Елена Иванова.');
});

test('officials of the organization only', () => {
  const out = both({ ...MAY_2022, participants: [ZAS, SIDOROV] });
  assert.equal(out.en[1], `The ${EN_OFFICIALS.slice(4)}, took part in the meeting.`);
  assert.equal(out.ru[1], `В заседании приняли участие ${RU_OFFICIALS}.`);
  const one = both({ ...MAY_2022, participants: [SIDOROV] });
  assert.equal(one.en[1], 'The Chief of the CSTO Joint Staff, Colonel General Anatoly Sidorov, took part in the meeting.');
  assert.equal(one.ru[1], 'В заседании принял участие Начальник Объединённого штаба ОДКБ генерал-полковник Анатолий Сидоров.');
  const zas = both({ ...MAY_2022, participants: [ZAS] });
  assert.equal(zas.en[1], 'The CSTO Secretary General Stanislav Zas took part in the meeting.');
  assert.equal(zas.ru[1], 'В заседании принял участие Генеральный секретарь ОДКБ Станислав Зась.');
});

test('state delegations only', () => {
  const out = both({ ...MAY_2022, participants: DELEGATIONS_2022 });
  assert.equal(out.en[1], `The ${EN_DELEGATIONS_2022.slice(4)} took part in the meeting.`);
  assert.equal(out.ru[1], `В заседании приняли участие ${RU_DELEGATIONS_2022}.`);
});

test('two delegations, then a group of one state, then an official', () => {
  const m: Meeting = {
    ...MAY_2022,
    participants: [
      minister('khrenin', 'BY', 'lieutenantGeneral'),
      { person: 'gerasimov', role: ROLES.chiefOfGeneralStaffRU!, state: 'RU', rank: 'armyGeneral' },
      minister('zhaksylykov', 'KZ', 'colonelGeneral'),
      ZAS,
    ],
  };
  const out = both(m);
  assert.equal(
    out.en[1],
    'The defence ministers of the Republic of Belarus (Lieutenant General Viktor Khrenin) and of the Republic of Kazakhstan (Colonel General Ruslan Zhaksylykov) ' +
      'and the Chief of the General Staff of the Armed Forces of the Russian Federation (Army General Valery Gerasimov), ' +
      'as well as the CSTO Secretary General Stanislav Zas, took part in the meeting.',
  );
  assert.equal(
    out.ru[1],
    'В заседании приняли участие министры обороны Республики Беларусь (генерал-лейтенант Виктор Хренин) и Республики Казахстан (генерал-полковник Руслан Жаксылыков) ' +
      'и Начальник Генерального штаба Вооружённых Сил Российской Федерации (генерал армии Валерий Герасимов), ' +
      'а также Генеральный секретарь ОДКБ Станислав Зась.',
  );
});

test('a participant with neither a state nor an office in the organization is written with their own title', () => {
  const guest: PerLocale<ReportRole> = {
    en: { function: 'guest', name: 'Chairman of the Executive Committee of the CIS', shortName: 'Chairman of the Executive Committee' },
    ru: { function: 'guest', name: 'Председатель Исполнительного комитета СНГ', shortName: 'Председатель Исполнительного комитета' },
  };
  const m: Meeting = { ...MAY_2022, chair: null, participants: [minister('khrenin', 'BY', 'lieutenantGeneral'), { person: 'ivanova', role: guest }, SIDOROV] };
  const out = both(m);
  assert.equal(
    out.en[1],
    'The Minister of Defence of the Republic of Belarus (Lieutenant General Viktor Khrenin) and the Chairman of the Executive Committee of the CIS Elena Ivanova, ' +
      'as well as the Chief of the CSTO Joint Staff, Colonel General Anatoly Sidorov, took part in the meeting.',
  );
  assert.equal(
    out.ru[1],
    'В заседании приняли участие Министр обороны Республики Беларусь (генерал-лейтенант Виктор Хренин) и Председатель Исполнительного комитета СНГ Елена Иванова, ' +
      'а также Начальник Объединённого штаба ОДКБ генерал-полковник Анатолий Сидоров.',
  );
});

test('no participants: only the first paragraph', () => {
  assert.equal(generateMeetingReport(input('en', { ...MAY_2022, participants: [] })).length, 1);
  assert.equal(generateMeetingReport(input('ru', { ...MAY_2022, participants: [] })).length, 1);
});

test('English: a state whose name takes no article', () => {
  const en = input('en', { ...MAY_2022, chair: null, participants: [minister('khrenin', 'BY'), minister('mirzo', 'TJ')] });
  en.participants[1]!.state = { code: 'XX', officialName: 'Mongolia', article: false };
  assert.equal(
    generateMeetingReport(en)[1],
    'The defence ministers of the Republic of Belarus (Viktor Khrenin) and of Mongolia (Sherali Mirzo) took part in the meeting.',
  );
});

// ---------------------------------------------------------------------------------------------
// Errors name the field

function throwsField(fn: () => unknown, field: string, message: string): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof MeetingReportError, `expected a MeetingReportError, got ${String(e)}`);
    assert.equal(e.field, field);
    assert.equal(e.message, message);
    return true;
  });
}

test('a missing Russian genitive of the body is a clear error', () => {
  const ru = input('ru', MAY_2022);
  ru.body = { name: 'Совет министров обороны' };
  throwsField(() => generateMeetingReport(ru), 'body.cases.gen', 'meeting report (ru): body "Совет министров обороны" has no genitive case form (body.cases.gen)');
  // English needs no case forms.
  const en = input('en', MAY_2022);
  en.body = { name: 'Council of Defence Ministers' };
  assert.equal(generateMeetingReport(en).length, 2);
});

test('other missing pieces name their field', () => {
  const noStateGen = input('ru', MAY_2022);
  noStateGen.participants[2]!.state = { code: 'KG', officialName: 'Кыргызская Республика' };
  throwsField(
    () => generateMeetingReport(noStateGen),
    'participants[2].state.officialCases.gen',
    'meeting report (ru): participants[2] state "Кыргызская Республика" has no genitive case form (participants[2].state.officialCases.gen)',
  );

  const noPrep = input('ru', { date: '2023-11-22', format: 'in_person', location: MINSK, chair: null, participants: [] });
  noPrep.location = { name: 'Минск' };
  throwsField(() => generateMeetingReport(noPrep), 'location.cases.prep', 'meeting report (ru): location "Минск" has no prepositional case form (location.cases.prep)');

  const noRankGen = input('ru', { ...MAY_2022, chair: minister('shoigu', 'RU', 'armyGeneral') });
  noRankGen.chair!.rank = { name: 'генерал армии' };
  throwsField(() => generateMeetingReport(noRankGen), 'chair.rank.cases.gen', 'meeting report (ru): chair rank "генерал армии" has no genitive case form (chair.rank.cases.gen)');

  const noPlural = input('en', MAY_2022);
  for (const p of noPlural.participants) p.role = { ...p.role, plural: undefined };
  throwsField(
    () => generateMeetingReport(noPlural),
    'participants[0].role.plural',
    'meeting report (en): participants with role function "defence_minister" (5 of them) need a plural group label (participants[0].role.plural)',
  );

  const withArticle = input('en', MAY_2022);
  withArticle.participants[3]!.state = { code: 'RU', officialName: 'the Russian Federation' };
  throwsField(
    () => generateMeetingReport(withArticle),
    'participants[3].state.officialName',
    'meeting report (en): state official name "the Russian Federation" must be stored without the article; the text adds "the" (participants[3].state.officialName)',
  );

  throwsField(
    () => generateMeetingReport({ ...input('en', MAY_2022), date: '2022-02-30' }),
    'date',
    'meeting report (en): date "2022-02-30" is not a valid calendar date in the form YYYY-MM-DD',
  );

  const noFamily = input('en', MAY_2022);
  noFamily.chair = { ...noFamily.chair!, person: { given: 'Suren', family: ' ', gender: 'male' } };
  throwsField(() => generateMeetingReport(noFamily), 'chair.person.family', 'meeting report (en): chair family name is missing (chair.person.family)');
});

test('pure: the input is not modified and the output is the same every time', () => {
  const ru = input('ru', MAY_2022);
  const snapshot = structuredClone(ru);
  const first = generateMeetingReport(ru);
  assert.deepEqual(generateMeetingReport(ru), first);
  assert.deepEqual(ru, snapshot);
});
