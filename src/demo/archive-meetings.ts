/**
 * Demo archive — meetings of the statutory bodies. Participants are listed in protocol order
 * (delegations in Russian alphabetical order of the states, officials of the Organization last);
 * the chair is not repeated among the participants. Where the record of who attended is not
 * certain, the participants are left out rather than guessed.
 */

import type { MeetingData } from './types.ts';

const MOSCOW = { en: { name: 'Moscow' }, ru: { name: 'Москва', cases: { gen: 'Москвы', prep: 'Москве' } } };
const DUSHANBE = { en: { name: 'Dushanbe' }, ru: { name: 'Душанбе', cases: { gen: 'Душанбе', prep: 'Душанбе' } } };
const YEREVAN = { en: { name: 'Yerevan' }, ru: { name: 'Ереван', cases: { gen: 'Еревана', prep: 'Ереване' } } };
const MINSK = { en: { name: 'Minsk' }, ru: { name: 'Минск', cases: { gen: 'Минска', prep: 'Минске' } } };

const COLLECTIVE_SECURITY_AGENDA = {
  en: 'The international situation and collective security in the CSTO area of responsibility',
  ru: 'О международной обстановке и состоянии коллективной безопасности в зоне ответственности ОДКБ',
};

export const demoMeetings: MeetingData[] = [
  {
    key: 'csc-2020-12-02',
    body: 'collective-security-council',
    date: '2020-12-02',
    timeZone: 'Europe/Moscow',
    format: 'videoconference',
    chair: 'putin-president-ru',
    participants: [],
    agenda: [COLLECTIVE_SECURITY_AGENDA],
    outcomes: [
      {
        en: 'The chairmanship of the Organization passes to the Republic of Tajikistan for 2021.',
        ru: 'Председательство в Организации в 2021 году переходит к Республике Таджикистан.',
      },
    ],
  },
  {
    key: 'csc-2021-09-16',
    body: 'collective-security-council',
    date: '2021-09-16',
    timeZone: 'Asia/Dushanbe',
    format: 'hybrid',
    location: DUSHANBE,
    chair: 'rahmon-president-tj',
    participants: [
      { appointment: 'pashinyan-prime-minister-am' },
      { appointment: 'lukashenko-president-by' },
      { appointment: 'tokayev-president-kz' },
      { appointment: 'japarov-president-kg' },
      { appointment: 'putin-president-ru' },
      { appointment: 'zas-secretary-general' },
    ],
    agenda: [
      {
        en: 'The situation in Afghanistan and its implications for security in the CSTO area of responsibility',
        ru: 'О ситуации в Афганистане и её влиянии на безопасность в зоне ответственности ОДКБ',
      },
    ],
    outcomes: [
      {
        en: 'The chairmanship of the Organization passes to the Republic of Armenia for 2022.',
        ru: 'Председательство в Организации в 2022 году переходит к Республике Армения.',
      },
    ],
  },
  {
    key: 'csc-2022-01-10',
    body: 'collective-security-council',
    date: '2022-01-10',
    timeZone: 'Europe/Moscow',
    format: 'videoconference',
    chair: 'pashinyan-prime-minister-am',
    participants: [
      { appointment: 'lukashenko-president-by' },
      { appointment: 'tokayev-president-kz' },
      { appointment: 'japarov-president-kg' },
      { appointment: 'putin-president-ru' },
      { appointment: 'rahmon-president-tj' },
      { appointment: 'zas-secretary-general' },
    ],
    agenda: [
      {
        en: 'The situation in the Republic of Kazakhstan and the operation of the CSTO Collective Peacekeeping Forces',
        ru: 'О ситуации в Республике Казахстан и деятельности Коллективных миротворческих сил ОДКБ',
      },
    ],
    outcomes: [
      {
        en: 'The Council reviewed the course of the peacekeeping operation, which is limited in time and will end once its tasks have been fulfilled.',
        ru: 'Совет рассмотрел ход миротворческой операции, которая носит ограниченный по времени характер и будет завершена после выполнения поставленных задач.',
      },
    ],
  },
  {
    key: 'csc-2022-05-16',
    body: 'collective-security-council',
    date: '2022-05-16',
    timeZone: 'Europe/Moscow',
    format: 'in_person',
    location: MOSCOW,
    chair: 'pashinyan-prime-minister-am',
    participants: [
      { appointment: 'lukashenko-president-by' },
      { appointment: 'tokayev-president-kz' },
      { appointment: 'japarov-president-kg' },
      { appointment: 'putin-president-ru' },
      { appointment: 'rahmon-president-tj' },
      { appointment: 'zas-secretary-general' },
    ],
    agenda: [
      {
        en: 'The 30th anniversary of the Collective Security Treaty and the 20th anniversary of the Collective Security Treaty Organization',
        ru: 'О 30-летии Договора о коллективной безопасности и 20-летии Организации Договора о коллективной безопасности',
      },
    ],
    outcomes: [
      {
        en: 'A statement of the Collective Security Council on the anniversaries was adopted.',
        ru: 'Принято Заявление Совета коллективной безопасности в связи с юбилейными датами.',
      },
    ],
  },
  {
    key: 'cdm-2022-05-24',
    body: 'council-of-defence-ministers',
    date: '2022-05-24',
    timeZone: 'Europe/Moscow',
    format: 'videoconference',
    chair: 'papikyan-defence-minister-am',
    participants: [
      { appointment: 'khrenin-defence-minister-by' },
      { appointment: 'zhaksylykov-defence-minister-kz' },
      { appointment: 'bekbolotov-defence-minister-kg' },
      { appointment: 'shoigu-defence-minister-ru' },
      { appointment: 'mirzo-defence-minister-tj' },
      { appointment: 'zas-secretary-general' },
      { appointment: 'sidorov-chief-of-joint-staff' },
    ],
    agenda: [
      {
        en: 'The plan for the joint training of command bodies and formations of the forces and means of the CSTO collective security system for 2023',
        ru: 'О Плане совместной подготовки органов управления и формирований сил и средств системы коллективной безопасности ОДКБ на 2023 год',
      },
      {
        en: 'Documents on the command and control of the CSTO Collective Forces',
        ru: 'О документах по вопросам управления Коллективными силами ОДКБ',
      },
    ],
    outcomes: [
      {
        en: 'The joint training plan for 2023 was approved.',
        ru: 'Утверждён План совместной подготовки на 2023 год.',
      },
      {
        en: 'Documents on the command and control of the Collective Forces were approved.',
        ru: 'Одобрены документы по вопросам управления Коллективными силами.',
      },
    ],
  },
  {
    key: 'csc-2022-11-23',
    body: 'collective-security-council',
    date: '2022-11-23',
    timeZone: 'Asia/Yerevan',
    format: 'in_person',
    location: YEREVAN,
    chair: 'pashinyan-prime-minister-am',
    participants: [
      { appointment: 'lukashenko-president-by' },
      { appointment: 'tokayev-president-kz' },
      { appointment: 'japarov-president-kg' },
      { appointment: 'putin-president-ru' },
      { appointment: 'rahmon-president-tj' },
      { appointment: 'zas-secretary-general' },
    ],
    agenda: [
      COLLECTIVE_SECURITY_AGENDA,
      {
        en: 'Appointment of the CSTO Secretary General',
        ru: 'О назначении Генерального секретаря ОДКБ',
      },
    ],
    outcomes: [
      {
        en: 'Imangali Tasmagambetov was appointed CSTO Secretary General for the period from 1 January 2023 to 31 December 2025.',
        ru: 'Имангали Тасмагамбетов назначен Генеральным секретарём ОДКБ на период с 1 января 2023 года по 31 декабря 2025 года.',
      },
      {
        en: 'The chairmanship of the Organization passes to the Republic of Belarus for 2023.',
        ru: 'Председательство в Организации в 2023 году переходит к Республике Беларусь.',
      },
    ],
  },
  {
    key: 'csc-2023-11-23',
    body: 'collective-security-council',
    date: '2023-11-23',
    timeZone: 'Europe/Minsk',
    format: 'in_person',
    location: MINSK,
    chair: 'lukashenko-president-by',
    participants: [
      { appointment: 'tokayev-president-kz' },
      { appointment: 'japarov-president-kg' },
      { appointment: 'putin-president-ru' },
      { appointment: 'rahmon-president-tj' },
      { appointment: 'tasmagambetov-secretary-general' },
    ],
    agenda: [
      COLLECTIVE_SECURITY_AGENDA,
      {
        en: 'Appointment of the Chief of the CSTO Joint Staff',
        ru: 'О Начальнике Объединённого штаба ОДКБ',
      },
    ],
    outcomes: [
      {
        en: 'The chairmanship of the Organization passes to the Republic of Kazakhstan from 1 January 2024.',
        ru: 'С 1 января 2024 года председательство в Организации переходит к Республике Казахстан.',
      },
      {
        en: 'The appointment of Colonel General Andrei Serdyukov as Chief of the CSTO Joint Staff was approved.',
        ru: 'Утверждено назначение генерал-полковника Андрея Сердюкова Начальником Объединённого штаба ОДКБ.',
      },
    ],
  },
];
