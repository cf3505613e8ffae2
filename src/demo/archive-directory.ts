/**
 * Demo archive — the directory: the Organization and its bodies, member states, chairmanships,
 * ranks, people, roles and appointments. Facts follow the public record; where the record gives
 * only a month or a year, the date is the first day of that period and the precision says so.
 */

import type {
  AppointmentData,
  BodyData,
  ChairmanshipData,
  MemberStateData,
  PersonData,
  RankData,
  RoleData,
} from './types.ts';

export const ORGANIZATION = 'csto';

// ---------------------------------------------------------------------------------------------
// Bodies
// ---------------------------------------------------------------------------------------------

export const demoBodies: BodyData[] = [
  {
    slug: 'csto',
    kind: 'organization',
    names: {
      en: { name: 'Collective Security Treaty Organization', shortName: 'CSTO', abbreviation: 'CSTO' },
      ru: {
        name: 'Организация Договора о коллективной безопасности',
        shortName: 'ОДКБ',
        abbreviation: 'ОДКБ',
        cases: {
          gen: 'Организации Договора о коллективной безопасности',
          dat: 'Организации Договора о коллективной безопасности',
          acc: 'Организацию Договора о коллективной безопасности',
          ins: 'Организацией Договора о коллективной безопасности',
          prep: 'Организации Договора о коллективной безопасности',
        },
      },
    },
  },
  {
    slug: 'collective-security-council',
    kind: 'council',
    parent: 'csto',
    names: {
      en: { name: 'Collective Security Council', abbreviation: 'CSC' },
      ru: {
        name: 'Совет коллективной безопасности',
        abbreviation: 'СКБ',
        cases: {
          gen: 'Совета коллективной безопасности',
          dat: 'Совету коллективной безопасности',
          acc: 'Совет коллективной безопасности',
          ins: 'Советом коллективной безопасности',
          prep: 'Совете коллективной безопасности',
        },
      },
    },
  },
  {
    slug: 'council-of-foreign-ministers',
    kind: 'council',
    parent: 'csto',
    names: {
      en: { name: 'Council of Foreign Ministers', abbreviation: 'CFM' },
      ru: {
        name: 'Совет министров иностранных дел',
        abbreviation: 'СМИД',
        cases: {
          gen: 'Совета министров иностранных дел',
          dat: 'Совету министров иностранных дел',
          acc: 'Совет министров иностранных дел',
          ins: 'Советом министров иностранных дел',
          prep: 'Совете министров иностранных дел',
        },
      },
    },
  },
  {
    slug: 'council-of-defence-ministers',
    kind: 'council',
    parent: 'csto',
    names: {
      en: { name: 'Council of Defence Ministers', abbreviation: 'CDM' },
      ru: {
        name: 'Совет министров обороны',
        abbreviation: 'СМО',
        cases: {
          gen: 'Совета министров обороны',
          dat: 'Совету министров обороны',
          acc: 'Совет министров обороны',
          ins: 'Советом министров обороны',
          prep: 'Совете министров обороны',
        },
      },
    },
  },
  {
    slug: 'committee-of-secretaries-of-security-councils',
    kind: 'committee',
    parent: 'csto',
    names: {
      en: { name: 'Committee of Secretaries of Security Councils', abbreviation: 'CSSC' },
      ru: {
        name: 'Комитет секретарей советов безопасности',
        abbreviation: 'КССБ',
        cases: {
          gen: 'Комитета секретарей советов безопасности',
          dat: 'Комитету секретарей советов безопасности',
          acc: 'Комитет секретарей советов безопасности',
          ins: 'Комитетом секретарей советов безопасности',
          prep: 'Комитете секретарей советов безопасности',
        },
      },
    },
  },
  {
    slug: 'permanent-council',
    kind: 'council',
    parent: 'csto',
    names: {
      en: { name: 'Permanent Council' },
      ru: {
        name: 'Постоянный совет',
        cases: {
          gen: 'Постоянного совета',
          dat: 'Постоянному совету',
          acc: 'Постоянный совет',
          ins: 'Постоянным советом',
          prep: 'Постоянном совете',
        },
      },
    },
  },
  {
    slug: 'secretariat',
    kind: 'secretariat',
    parent: 'csto',
    names: {
      en: { name: 'Secretariat' },
      ru: {
        name: 'Секретариат',
        cases: {
          gen: 'Секретариата',
          dat: 'Секретариату',
          acc: 'Секретариат',
          ins: 'Секретариатом',
          prep: 'Секретариате',
        },
      },
    },
  },
  {
    slug: 'joint-staff',
    kind: 'joint_staff',
    parent: 'csto',
    names: {
      en: { name: 'Joint Staff' },
      ru: {
        name: 'Объединённый штаб',
        cases: {
          gen: 'Объединённого штаба',
          dat: 'Объединённому штабу',
          acc: 'Объединённый штаб',
          ins: 'Объединённым штабом',
          prep: 'Объединённом штабе',
        },
      },
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Member states (protocol order = Russian alphabetical order of the short names)
// ---------------------------------------------------------------------------------------------

/** The Charter of the Organization was signed on 7 October 2002; all six states have been members since. */
const CHARTER_SIGNED = '2002-10-07';

export const demoStates: MemberStateData[] = [
  {
    code: 'AM',
    protocolOrder: 1,
    names: {
      en: { shortName: 'Armenia', officialName: 'Republic of Armenia' },
      ru: {
        shortName: 'Армения',
        officialName: 'Республика Армения',
        officialCases: {
          gen: 'Республики Армения',
          dat: 'Республике Армения',
          acc: 'Республику Армения',
          ins: 'Республикой Армения',
          prep: 'Республике Армения',
        },
        shortCases: { gen: 'Армении', dat: 'Армении', acc: 'Армению', ins: 'Арменией', prep: 'Армении' },
      },
    },
    memberships: [{ startedOn: CHARTER_SIGNED, endedOn: null }],
  },
  {
    code: 'BY',
    protocolOrder: 2,
    names: {
      en: { shortName: 'Belarus', officialName: 'Republic of Belarus' },
      ru: {
        shortName: 'Беларусь',
        officialName: 'Республика Беларусь',
        officialCases: {
          gen: 'Республики Беларусь',
          dat: 'Республике Беларусь',
          acc: 'Республику Беларусь',
          ins: 'Республикой Беларусь',
          prep: 'Республике Беларусь',
        },
        shortCases: { gen: 'Беларуси', dat: 'Беларуси', acc: 'Беларусь', ins: 'Беларусью', prep: 'Беларуси' },
      },
    },
    memberships: [{ startedOn: CHARTER_SIGNED, endedOn: null }],
  },
  {
    code: 'KZ',
    protocolOrder: 3,
    names: {
      en: { shortName: 'Kazakhstan', officialName: 'Republic of Kazakhstan' },
      ru: {
        shortName: 'Казахстан',
        officialName: 'Республика Казахстан',
        officialCases: {
          gen: 'Республики Казахстан',
          dat: 'Республике Казахстан',
          acc: 'Республику Казахстан',
          ins: 'Республикой Казахстан',
          prep: 'Республике Казахстан',
        },
        shortCases: { gen: 'Казахстана', dat: 'Казахстану', acc: 'Казахстан', ins: 'Казахстаном', prep: 'Казахстане' },
      },
    },
    memberships: [{ startedOn: CHARTER_SIGNED, endedOn: null }],
  },
  {
    code: 'KG',
    protocolOrder: 4,
    names: {
      en: { shortName: 'Kyrgyzstan', officialName: 'Kyrgyz Republic' },
      ru: {
        shortName: 'Кыргызстан',
        officialName: 'Кыргызская Республика',
        officialCases: {
          gen: 'Кыргызской Республики',
          dat: 'Кыргызской Республике',
          acc: 'Кыргызскую Республику',
          ins: 'Кыргызской Республикой',
          prep: 'Кыргызской Республике',
        },
        shortCases: {
          gen: 'Кыргызстана',
          dat: 'Кыргызстану',
          acc: 'Кыргызстан',
          ins: 'Кыргызстаном',
          prep: 'Кыргызстане',
        },
      },
    },
    memberships: [{ startedOn: CHARTER_SIGNED, endedOn: null }],
  },
  {
    code: 'RU',
    protocolOrder: 5,
    names: {
      en: { shortName: 'Russia', officialName: 'Russian Federation' },
      ru: {
        shortName: 'Россия',
        officialName: 'Российская Федерация',
        officialCases: {
          gen: 'Российской Федерации',
          dat: 'Российской Федерации',
          acc: 'Российскую Федерацию',
          ins: 'Российской Федерацией',
          prep: 'Российской Федерации',
        },
        shortCases: { gen: 'России', dat: 'России', acc: 'Россию', ins: 'Россией', prep: 'России' },
      },
    },
    memberships: [{ startedOn: CHARTER_SIGNED, endedOn: null }],
  },
  {
    code: 'TJ',
    protocolOrder: 6,
    names: {
      en: { shortName: 'Tajikistan', officialName: 'Republic of Tajikistan' },
      ru: {
        shortName: 'Таджикистан',
        officialName: 'Республика Таджикистан',
        officialCases: {
          gen: 'Республики Таджикистан',
          dat: 'Республике Таджикистан',
          acc: 'Республику Таджикистан',
          ins: 'Республикой Таджикистан',
          prep: 'Республике Таджикистан',
        },
        shortCases: {
          gen: 'Таджикистана',
          dat: 'Таджикистану',
          acc: 'Таджикистан',
          ins: 'Таджикистаном',
          prep: 'Таджикистане',
        },
      },
    },
    memberships: [{ startedOn: CHARTER_SIGNED, endedOn: null }],
  },
];

// ---------------------------------------------------------------------------------------------
// Chairmanship of the Organization (calendar years, rotating in protocol order)
// ---------------------------------------------------------------------------------------------

const chairYear = (year: number, state: string): ChairmanshipData => ({
  state,
  startedOn: `${year}-01-01`,
  endedOn: `${year}-12-31`,
});

export const demoChairmanships: ChairmanshipData[] = [
  chairYear(2020, 'RU'),
  chairYear(2021, 'TJ'),
  chairYear(2022, 'AM'),
  chairYear(2023, 'BY'),
  chairYear(2024, 'KZ'),
  chairYear(2025, 'KG'),
  chairYear(2026, 'RU'),
];

// ---------------------------------------------------------------------------------------------
// Ranks
// ---------------------------------------------------------------------------------------------

export const demoRanks: RankData[] = [
  {
    slug: 'army-general',
    kind: 'military',
    names: {
      en: { name: 'Army General' },
      ru: {
        name: 'генерал армии',
        cases: {
          gen: 'генерала армии',
          dat: 'генералу армии',
          acc: 'генерала армии',
          ins: 'генералом армии',
          prep: 'генерале армии',
        },
      },
    },
  },
  {
    slug: 'colonel-general',
    kind: 'military',
    names: {
      en: { name: 'Colonel General' },
      ru: {
        name: 'генерал-полковник',
        cases: {
          gen: 'генерал-полковника',
          dat: 'генерал-полковнику',
          acc: 'генерал-полковника',
          ins: 'генерал-полковником',
          prep: 'генерал-полковнике',
        },
      },
    },
  },
  {
    slug: 'lieutenant-general',
    kind: 'military',
    names: {
      en: { name: 'Lieutenant General' },
      ru: {
        name: 'генерал-лейтенант',
        cases: {
          gen: 'генерал-лейтенанта',
          dat: 'генерал-лейтенанту',
          acc: 'генерал-лейтенанта',
          ins: 'генерал-лейтенантом',
          prep: 'генерал-лейтенанте',
        },
      },
    },
  },
  {
    slug: 'major-general',
    kind: 'military',
    names: {
      en: { name: 'Major General' },
      ru: {
        name: 'генерал-майор',
        cases: {
          gen: 'генерал-майора',
          dat: 'генерал-майору',
          acc: 'генерал-майора',
          ins: 'генерал-майором',
          prep: 'генерал-майоре',
        },
      },
    },
  },
];

// ---------------------------------------------------------------------------------------------
// People
//
// Ranks: where the date of promotion is not on record, `since` is the first day of the earliest
// year in which this archive shows the person holding the rank, with 'year' precision (for most
// officers that is the meeting of 24 May 2022). No patronymics are recorded.
// ---------------------------------------------------------------------------------------------

const person = (
  slug: string,
  en: [given: string, family: string],
  ru: [given: string, family: string],
  extra: Pick<PersonData, 'aliases' | 'ranks'> = {},
): PersonData => ({
  slug,
  gender: 'male',
  names: { en: { given: en[0], family: en[1] }, ru: { given: ru[0], family: ru[1] } },
  ...extra,
});

export const demoPeople: PersonData[] = [
  // Officials of the Organization
  person('stanislav-zas', ['Stanislav', 'Zas'], ['Станислав', 'Зась']),
  person('imangali-tasmagambetov', ['Imangali', 'Tasmagambetov'], ['Имангали', 'Тасмагамбетов']),
  person('anatoly-sidorov', ['Anatoly', 'Sidorov'], ['Анатолий', 'Сидоров'], {
    aliases: [{ locale: 'en', name: 'Anatoliy Sidorov' }],
    ranks: [{ rank: 'colonel-general', since: '2022-01-01', sincePrecision: 'year' }],
  }),
  person('andrei-serdyukov', ['Andrei', 'Serdyukov'], ['Андрей', 'Сердюков'], {
    aliases: [{ locale: 'en', name: 'Andrey Serdyukov' }],
    ranks: [{ rank: 'colonel-general', since: '2022-01-01', sincePrecision: 'year' }],
  }),
  person('vladimir-zaynetdinov', ['Vladimir', 'Zaynetdinov'], ['Владимир', 'Зайнетдинов'], {
    aliases: [{ locale: 'en', name: 'Vladimir Zainetdinov' }],
  }),

  // Ministers of defence
  person('davit-tonoyan', ['Davit', 'Tonoyan'], ['Давид', 'Тоноян'], {
    aliases: [{ locale: 'en', name: 'David Tonoyan' }],
  }),
  person('vagharshak-harutyunyan', ['Vagharshak', 'Harutyunyan'], ['Вагаршак', 'Арутюнян'], {
    aliases: [{ locale: 'en', name: 'Vagharshak Arutyunyan' }],
  }),
  person('arshak-karapetyan', ['Arshak', 'Karapetyan'], ['Аршак', 'Карапетян'], {
    ranks: [{ rank: 'major-general', since: '2021-01-01', sincePrecision: 'year' }],
  }),
  person('suren-papikyan', ['Suren', 'Papikyan'], ['Сурен', 'Папикян'], {
    aliases: [{ locale: 'en', name: 'Suren Papikian' }],
  }),
  person('viktor-khrenin', ['Viktor', 'Khrenin'], ['Виктор', 'Хренин'], {
    aliases: [{ locale: 'en', name: 'Viktar Khrenin' }],
    ranks: [{ rank: 'lieutenant-general', since: '2022-01-01', sincePrecision: 'year' }],
  }),
  person('nurlan-yermekbayev', ['Nurlan', 'Yermekbayev'], ['Нурлан', 'Ермекбаев'], {
    aliases: [{ locale: 'en', name: 'Nurlan Ermekbayev' }],
  }),
  person('murat-bektanov', ['Murat', 'Bektanov'], ['Мурат', 'Бектанов']),
  person('ruslan-zhaksylykov', ['Ruslan', 'Zhaksylykov'], ['Руслан', 'Жаксылыков'], {
    ranks: [{ rank: 'colonel-general', since: '2022-01-01', sincePrecision: 'year' }],
  }),
  person('baktybek-bekbolotov', ['Baktybek', 'Bekbolotov'], ['Бактыбек', 'Бекболотов'], {
    ranks: [{ rank: 'lieutenant-general', since: '2022-01-01', sincePrecision: 'year' }],
  }),
  person('sergei-shoigu', ['Sergei', 'Shoigu'], ['Сергей', 'Шойгу'], {
    aliases: [
      { locale: 'en', name: 'Sergey Shoygu' },
      { locale: 'en', name: 'Sergey Shoigu' },
    ],
    ranks: [{ rank: 'army-general', since: '2003-01-01', sincePrecision: 'year' }],
  }),
  person('andrei-belousov', ['Andrei', 'Belousov'], ['Андрей', 'Белоусов'], {
    aliases: [{ locale: 'en', name: 'Andrey Belousov' }],
  }),
  person('sherali-mirzo', ['Sherali', 'Mirzo'], ['Шерали', 'Мирзо'], {
    ranks: [{ rank: 'colonel-general', since: '2022-01-01', sincePrecision: 'year' }],
  }),

  // Leaders represented in the Collective Security Council
  person('nikol-pashinyan', ['Nikol', 'Pashinyan'], ['Никол', 'Пашинян'], {
    aliases: [{ locale: 'en', name: 'Nikol Pashinian' }],
  }),
  person('alexander-lukashenko', ['Alexander', 'Lukashenko'], ['Александр', 'Лукашенко'], {
    aliases: [{ locale: 'en', name: 'Aliaksandr Lukashenka' }],
  }),
  person('kassym-jomart-tokayev', ['Kassym-Jomart', 'Tokayev'], ['Касым-Жомарт', 'Токаев'], {
    aliases: [{ locale: 'en', name: 'Kassym-Zhomart Tokayev' }],
  }),
  person('sadyr-japarov', ['Sadyr', 'Japarov'], ['Садыр', 'Жапаров'], {
    aliases: [{ locale: 'en', name: 'Sadyr Zhaparov' }],
  }),
  person('vladimir-putin', ['Vladimir', 'Putin'], ['Владимир', 'Путин']),
  person('emomali-rahmon', ['Emomali', 'Rahmon'], ['Эмомали', 'Рахмон'], {
    aliases: [{ locale: 'en', name: 'Emomali Rakhmon' }],
  }),
];

// ---------------------------------------------------------------------------------------------
// Roles
// ---------------------------------------------------------------------------------------------

/** State names as they follow a title: "of the Republic of Armenia" / «Республики Армения». */
const STATE_OF: Record<string, { en: string; ruGen: string }> = {
  AM: { en: 'the Republic of Armenia', ruGen: 'Республики Армения' },
  BY: { en: 'the Republic of Belarus', ruGen: 'Республики Беларусь' },
  KZ: { en: 'the Republic of Kazakhstan', ruGen: 'Республики Казахстан' },
  KG: { en: 'the Kyrgyz Republic', ruGen: 'Кыргызской Республики' },
  RU: { en: 'the Russian Federation', ruGen: 'Российской Федерации' },
  TJ: { en: 'the Republic of Tajikistan', ruGen: 'Республики Таджикистан' },
};

function stateOf(code: string): { en: string; ruGen: string } {
  const found = STATE_OF[code];
  if (!found) throw new Error(`unknown state ${code}`);
  return found;
}

function defenceMinisterRole(code: string): RoleData {
  const of = stateOf(code);
  return {
    slug: `defence-minister-${code.toLowerCase()}`,
    function: 'defence_minister',
    state: code,
    singleHolder: true,
    names: {
      en: {
        name: `Minister of Defence of ${of.en}`,
        shortName: 'Minister of Defence',
        plural: 'defence ministers',
      },
      ru: {
        name: `Министр обороны ${of.ruGen}`,
        shortName: 'Министр обороны',
        plural: 'министры обороны',
        cases: {
          gen: `Министра обороны ${of.ruGen}`,
          dat: `Министру обороны ${of.ruGen}`,
          acc: `Министра обороны ${of.ruGen}`,
          ins: `Министром обороны ${of.ruGen}`,
          prep: `Министре обороны ${of.ruGen}`,
        },
      },
    },
  };
}

function presidentRole(code: string): RoleData {
  const of = stateOf(code);
  return {
    slug: `president-${code.toLowerCase()}`,
    function: 'head_of_state',
    state: code,
    singleHolder: true,
    names: {
      en: { name: `President of ${of.en}`, shortName: 'President', plural: 'heads of state' },
      ru: {
        name: `Президент ${of.ruGen}`,
        shortName: 'Президент',
        plural: 'главы государств',
        cases: {
          gen: `Президента ${of.ruGen}`,
          dat: `Президенту ${of.ruGen}`,
          acc: `Президента ${of.ruGen}`,
          ins: `Президентом ${of.ruGen}`,
          prep: `Президенте ${of.ruGen}`,
        },
      },
    },
  };
}

export const demoRoles: RoleData[] = [
  // Organization
  {
    slug: 'secretary-general',
    function: 'secretary_general',
    body: 'secretariat',
    singleHolder: true,
    names: {
      en: { name: 'CSTO Secretary General', shortName: 'Secretary General', plural: 'secretaries general' },
      ru: {
        name: 'Генеральный секретарь ОДКБ',
        shortName: 'Генеральный секретарь',
        plural: 'генеральные секретари',
        cases: {
          gen: 'Генерального секретаря ОДКБ',
          dat: 'Генеральному секретарю ОДКБ',
          acc: 'Генерального секретаря ОДКБ',
          ins: 'Генеральным секретарём ОДКБ',
          prep: 'Генеральном секретаре ОДКБ',
        },
      },
    },
  },
  {
    slug: 'chief-of-joint-staff',
    function: 'chief_of_joint_staff',
    body: 'joint-staff',
    singleHolder: true,
    names: {
      en: { name: 'Chief of the CSTO Joint Staff', shortName: 'Chief of the Joint Staff' },
      ru: {
        name: 'Начальник Объединённого штаба ОДКБ',
        shortName: 'Начальник Объединённого штаба',
        cases: {
          gen: 'Начальника Объединённого штаба ОДКБ',
          dat: 'Начальнику Объединённого штаба ОДКБ',
          acc: 'Начальника Объединённого штаба ОДКБ',
          ins: 'Начальником Объединённого штаба ОДКБ',
          prep: 'Начальнике Объединённого штаба ОДКБ',
        },
      },
    },
  },
  {
    slug: 'press-secretary',
    function: 'press_secretary',
    body: 'secretariat',
    singleHolder: true,
    names: {
      en: { name: 'CSTO Press Secretary', shortName: 'Press Secretary' },
      ru: {
        name: 'Пресс-секретарь ОДКБ',
        shortName: 'Пресс-секретарь',
        cases: {
          gen: 'Пресс-секретаря ОДКБ',
          dat: 'Пресс-секретарю ОДКБ',
          acc: 'Пресс-секретаря ОДКБ',
          ins: 'Пресс-секретарём ОДКБ',
          prep: 'Пресс-секретаре ОДКБ',
        },
      },
    },
  },

  // Ministers of defence (members of the Council of Defence Ministers)
  ...['AM', 'BY', 'KZ', 'KG', 'RU', 'TJ'].map(defenceMinisterRole),

  // Leaders represented in the Collective Security Council. Armenia, a parliamentary republic,
  // is represented by its Prime Minister.
  {
    slug: 'prime-minister-am',
    function: 'head_of_government',
    state: 'AM',
    singleHolder: true,
    names: {
      en: { name: 'Prime Minister of the Republic of Armenia', shortName: 'Prime Minister', plural: 'heads of government' },
      ru: {
        name: 'Премьер-министр Республики Армения',
        shortName: 'Премьер-министр',
        plural: 'главы правительств',
        cases: {
          gen: 'Премьер-министра Республики Армения',
          dat: 'Премьер-министру Республики Армения',
          acc: 'Премьер-министра Республики Армения',
          ins: 'Премьер-министром Республики Армения',
          prep: 'Премьер-министре Республики Армения',
        },
      },
    },
  },
  ...['BY', 'KZ', 'KG', 'RU', 'TJ'].map(presidentRole),
];

// ---------------------------------------------------------------------------------------------
// Appointments
// ---------------------------------------------------------------------------------------------

export const demoAppointments: AppointmentData[] = [
  // Secretaries General
  {
    key: 'zas-secretary-general',
    person: 'stanislav-zas',
    role: 'secretary-general',
    startedOn: '2020-01-01',
    endedOn: '2022-12-31',
  },
  {
    key: 'tasmagambetov-secretary-general',
    person: 'imangali-tasmagambetov',
    role: 'secretary-general',
    startedOn: '2023-01-01',
    endedOn: '2025-12-31',
  },

  // Chiefs of the Joint Staff
  {
    key: 'sidorov-chief-of-joint-staff',
    person: 'anatoly-sidorov',
    role: 'chief-of-joint-staff',
    startedOn: null,
    endedOn: '2023-11-23',
  },
  {
    key: 'serdyukov-chief-of-joint-staff',
    person: 'andrei-serdyukov',
    role: 'chief-of-joint-staff',
    startedOn: '2023-11-23',
    endedOn: null,
  },

  // Press Secretary
  {
    key: 'zaynetdinov-press-secretary',
    person: 'vladimir-zaynetdinov',
    role: 'press-secretary',
    startedOn: null,
    endedOn: null,
  },

  // Armenia
  {
    key: 'tonoyan-defence-minister-am',
    person: 'davit-tonoyan',
    role: 'defence-minister-am',
    startedOn: null,
    endedOn: '2020-11-20',
  },
  {
    key: 'harutyunyan-defence-minister-am',
    person: 'vagharshak-harutyunyan',
    role: 'defence-minister-am',
    startedOn: '2020-11-20',
    endedOn: '2021-08-01',
    endedPrecision: 'month',
  },
  {
    key: 'karapetyan-defence-minister-am',
    person: 'arshak-karapetyan',
    role: 'defence-minister-am',
    startedOn: '2021-08-01',
    startedPrecision: 'month',
    endedOn: '2021-11-15',
  },
  {
    key: 'papikyan-defence-minister-am',
    person: 'suren-papikyan',
    role: 'defence-minister-am',
    startedOn: '2021-11-15',
    endedOn: null,
  },

  // Belarus
  {
    key: 'khrenin-defence-minister-by',
    person: 'viktor-khrenin',
    role: 'defence-minister-by',
    startedOn: '2020-01-20',
    endedOn: null,
  },

  // Kazakhstan
  {
    key: 'yermekbayev-defence-minister-kz',
    person: 'nurlan-yermekbayev',
    role: 'defence-minister-kz',
    startedOn: null,
    endedOn: '2021-08-01',
    endedPrecision: 'month',
  },
  {
    key: 'bektanov-defence-minister-kz',
    person: 'murat-bektanov',
    role: 'defence-minister-kz',
    startedOn: '2021-08-01',
    startedPrecision: 'month',
    endedOn: '2022-01-19',
  },
  {
    key: 'zhaksylykov-defence-minister-kz',
    person: 'ruslan-zhaksylykov',
    role: 'defence-minister-kz',
    startedOn: '2022-01-19',
    endedOn: '2025-06-08',
  },

  // Kyrgyzstan
  {
    key: 'bekbolotov-defence-minister-kg',
    person: 'baktybek-bekbolotov',
    role: 'defence-minister-kg',
    startedOn: '2022-01-01',
    startedPrecision: 'year',
    endedOn: '2022-12-31',
    endedPrecision: 'year',
    note: {
      en: 'Only his tenure during 2022 is recorded in this archive; the dates of his appointment and release are not given.',
      ru: 'В архиве отражено лишь пребывание в должности в течение 2022 года; даты назначения и освобождения от должности не указаны.',
    },
  },

  // Russia
  {
    key: 'shoigu-defence-minister-ru',
    person: 'sergei-shoigu',
    role: 'defence-minister-ru',
    startedOn: '2012-11-06',
    endedOn: '2024-05-12',
  },
  {
    key: 'belousov-defence-minister-ru',
    person: 'andrei-belousov',
    role: 'defence-minister-ru',
    startedOn: '2024-05-14',
    endedOn: null,
  },

  // Tajikistan
  {
    key: 'mirzo-defence-minister-tj',
    person: 'sherali-mirzo',
    role: 'defence-minister-tj',
    startedOn: '2013-11-20',
    endedOn: '2025-01-23',
  },

  // Leaders (terms as continuous tenures of the office; re-elections do not interrupt them)
  {
    key: 'pashinyan-prime-minister-am',
    person: 'nikol-pashinyan',
    role: 'prime-minister-am',
    startedOn: '2018-05-08',
    endedOn: null,
    note: {
      en: 'Recorded as one tenure; it includes the period from April to August 2021 when he served as acting Prime Minister before his reappointment.',
      ru: 'Учтено как единый период; включает время с апреля по август 2021 года, когда он исполнял обязанности Премьер-министра до повторного назначения.',
    },
  },
  {
    key: 'lukashenko-president-by',
    person: 'alexander-lukashenko',
    role: 'president-by',
    startedOn: '1994-07-20',
    endedOn: null,
  },
  {
    key: 'tokayev-president-kz',
    person: 'kassym-jomart-tokayev',
    role: 'president-kz',
    startedOn: '2019-03-20',
    endedOn: null,
  },
  {
    key: 'japarov-president-kg',
    person: 'sadyr-japarov',
    role: 'president-kg',
    startedOn: '2021-01-28',
    endedOn: null,
  },
  {
    key: 'putin-president-ru',
    person: 'vladimir-putin',
    role: 'president-ru',
    startedOn: '2012-05-07',
    endedOn: null,
  },
  {
    key: 'rahmon-president-tj',
    person: 'emomali-rahmon',
    role: 'president-tj',
    startedOn: '1994-11-16',
    endedOn: null,
  },
];
