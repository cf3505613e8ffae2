/**
 * Demo archive — section "Media about us": summaries of interviews and of press coverage.
 * They describe what was discussed; they put no invented quotations or figures in anyone's mouth.
 */

import type { DocumentData } from './types.ts';
import { PRESS_CONTACT, md } from './archive-text.ts';

const SECTION = 'media-about-us';

export const demoMediaDocuments: DocumentData[] = [
  {
    slug: '2021-02-12-interview-zas-tasks-for-2021',
    type: 'interview',
    section: SECTION,
    publishedAt: '2021-02-12T14:00:00+03:00',
    contact: PRESS_CONTACT,
    bodies: ['secretariat'],
    states: ['TJ'],
    people: ['stanislav-zas'],
    translations: {
      en: {
        title: "Secretary General Stanislav Zas on the Organization's tasks for 2021",
        summary:
          'In an interview with an international news agency, the CSTO Secretary General spoke about the priorities of the Tajik chairmanship and the situation on the southern borders of the Organization.',
        body: md(
          'An international news agency has published an interview with CSTO Secretary General Stanislav Zas on the work of the Organization in 2021, the year of the chairmanship of the Republic of Tajikistan.',
          'The Secretary General spoke about the priorities of the chairmanship, paying particular attention to the situation in Afghanistan and to the protection of the Tajik–Afghan border, which is also the southern border of the CSTO area of responsibility. He also described how the statutory bodies adapted their work to the restrictions caused by the COVID-19 pandemic.',
          'The interview also touched on the preparation of the joint exercises of the Collective Forces planned for 2021.',
        ),
      },
      ru: {
        title: 'Генеральный секретарь ОДКБ Станислав Зась — о задачах Организации на 2021 год',
        summary:
          'В интервью международному информационному агентству Генеральный секретарь ОДКБ рассказал о приоритетах таджикского председательства и обстановке на южных рубежах Организации.',
        body: md(
          'Международное информационное агентство опубликовало интервью Генерального секретаря ОДКБ Станислава Зася, посвящённое работе Организации в 2021 году — году председательства Республики Таджикистан.',
          'Генеральный секретарь рассказал о приоритетах председательства, уделив особое внимание ситуации в Афганистане и охране таджикско-афганской границы, которая одновременно является южной границей зоны ответственности ОДКБ. Он также остановился на том, как уставные органы адаптировали свою работу к ограничениям, вызванным пандемией COVID-19.',
          'В интервью затронута и подготовка совместных учений Коллективных сил, запланированных на 2021 год.',
        ),
      },
    },
  },
  {
    slug: '2022-01-21-media-on-peacekeeping-operation-in-kazakhstan',
    type: 'news',
    section: SECTION,
    publishedAt: '2022-01-21T17:00:00+03:00',
    contact: PRESS_CONTACT,
    bodies: ['collective-security-council'],
    states: ['KZ'],
    translations: {
      en: {
        title: 'Media on the completion of the CSTO peacekeeping operation in Kazakhstan',
        summary:
          'Media in the CSTO member states and beyond gave wide coverage to the return of the Collective Peacekeeping Forces from the Republic of Kazakhstan.',
        body: md(
          'The completion of the operation of the CSTO Collective Peacekeeping Forces in the Republic of Kazakhstan received wide coverage in the media of the member states and of other countries.',
          'Reports and commentaries noted that the peacekeepers had guarded important facilities and left the country within the announced time frame once the situation had stabilized. Many publications described the operation as the first practical test of the collective response mechanisms of the Organization.',
          'The CSTO press service has compiled a selection of publications, which is available to journalists on request.',
        ),
      },
      ru: {
        title: 'СМИ о завершении миротворческой операции ОДКБ в Казахстане',
        summary:
          'Средства массовой информации государств — членов ОДКБ и других стран широко освещали возвращение Коллективных миротворческих сил из Республики Казахстан.',
        body: md(
          'Завершение операции Коллективных миротворческих сил ОДКБ в Республике Казахстан получило широкое освещение в средствах массовой информации государств — членов Организации и других стран.',
          'В публикациях и комментариях отмечалось, что миротворцы обеспечили охрану важных объектов и покинули страну в заявленные сроки после стабилизации обстановки. Многие издания назвали операцию первой практической проверкой механизмов коллективного реагирования Организации.',
          'Пресс-служба ОДКБ подготовила подборку публикаций, которая предоставляется журналистам по запросу.',
        ),
      },
    },
  },
  {
    slug: '2023-02-14-interview-tasmagambetov-priorities',
    type: 'interview',
    section: SECTION,
    publishedAt: '2023-02-14T15:00:00+03:00',
    contact: PRESS_CONTACT,
    bodies: ['secretariat'],
    states: ['KZ', 'BY'],
    people: ['imangali-tasmagambetov'],
    translations: {
      en: {
        title: 'Secretary General Imangali Tasmagambetov on the priorities of his term',
        summary:
          "In an interview with a Kazakh national newspaper, the new CSTO Secretary General outlined the main lines of the Secretariat's work for 2023–2025.",
        body: md(
          'A Kazakh national newspaper has published an interview with Imangali Tasmagambetov, who took up the post of CSTO Secretary General on 1 January 2023.',
          "The Secretary General spoke about the main lines of the Secretariat's work during his term, including support for the Belarusian chairmanship in 2023, the further development of the Organization's crisis response system and closer cooperation with other international organizations.",
          'He also answered questions about the role of the Organization in Central Asia and about the work of the Secretariat, whose staff come from all the member states.',
        ),
      },
      ru: {
        title: 'Генеральный секретарь ОДКБ Имангали Тасмагамбетов — о приоритетах своей работы',
        summary:
          'В интервью казахстанской республиканской газете новый Генеральный секретарь ОДКБ обозначил основные направления работы Секретариата на 2023–2025 годы.',
        body: md(
          'Казахстанская республиканская газета опубликовала интервью Имангали Тасмагамбетова, вступившего в должность Генерального секретаря ОДКБ 1 января 2023 года.',
          'Генеральный секретарь рассказал об основных направлениях работы Секретариата в период своих полномочий, в том числе о содействии белорусскому председательству в 2023 году, дальнейшем развитии системы кризисного реагирования Организации и расширении сотрудничества с другими международными организациями.',
          'Он также ответил на вопросы о роли Организации в Центральной Азии и о работе Секретариата, в котором трудятся представители всех государств-членов.',
        ),
      },
    },
  },
  {
    slug: '2024-02-20-interview-serdyukov-joint-training',
    type: 'interview',
    section: SECTION,
    publishedAt: '2024-02-20T13:00:00+03:00',
    contact: PRESS_CONTACT,
    bodies: ['joint-staff'],
    states: ['KZ'],
    people: ['andrei-serdyukov'],
    translations: {
      en: {
        title: 'Chief of the Joint Staff Andrei Serdyukov on the joint training of the Collective Forces',
        summary:
          'In an interview with a military newspaper, Colonel General Andrei Serdyukov spoke about the joint training of the CSTO Collective Forces in 2024.',
        body: md(
          'A military newspaper has published an interview with the Chief of the CSTO Joint Staff, Colonel General Andrei Serdyukov, who took up his post in November 2023.',
          'The Chief of the Joint Staff described how the Joint Staff plans and coordinates the joint training of the Collective Forces in 2024, the year of the chairmanship of the Republic of Kazakhstan, and spoke about the experience gained during the peacekeeping operation in Kazakhstan in January 2022.',
          'He also touched on the training of officers of the national contingents and on improving the command and control of the Collective Forces.',
        ),
      },
      ru: {
        title: 'Начальник Объединённого штаба ОДКБ Андрей Сердюков — о совместной подготовке Коллективных сил',
        summary:
          'В интервью военной газете генерал-полковник Андрей Сердюков рассказал о совместной подготовке Коллективных сил ОДКБ в 2024 году.',
        body: md(
          'Военная газета опубликовала интервью Начальника Объединённого штаба ОДКБ генерал-полковника Андрея Сердюкова, вступившего в должность в ноябре 2023 года.',
          'Начальник Объединённого штаба рассказал о том, как штаб планирует и координирует совместную подготовку Коллективных сил в 2024 году — году председательства Республики Казахстан, а также об опыте, полученном в ходе миротворческой операции в Казахстане в январе 2022 года.',
          'Он также затронул вопросы подготовки офицеров национальных контингентов и совершенствования системы управления Коллективными силами.',
        ),
      },
    },
  },
];
