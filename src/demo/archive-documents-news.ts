/**
 * Demo archive — section "Organization news": news items, meeting reports, an announcement and
 * a press release. A meeting report's body starts after the paragraph the application generates
 * from the meeting record (date, body, format, chair, participants), so it never repeats them.
 */

import type { DocumentData } from './types.ts';
import { ALL_STATES, PRESS_CONTACT, md } from './archive-text.ts';

const SECTION = 'organization-news';

export const demoNewsDocuments: DocumentData[] = [
  // ------------------------------------------------------------------------------------------ 2020
  {
    slug: '2020-01-09-zas-takes-office-as-secretary-general',
    type: 'news',
    section: SECTION,
    publishedAt: '2020-01-09T12:00:00+03:00',
    contact: PRESS_CONTACT,
    bodies: ['secretariat'],
    states: ['BY'],
    people: ['stanislav-zas'],
    translations: {
      en: {
        title: 'Stanislav Zas takes up the post of CSTO Secretary General',
        summary:
          'Stanislav Zas began his term as Secretary General of the Collective Security Treaty Organization on 1 January 2020.',
        body: md(
          'On 1 January 2020 Stanislav Zas took up the duties of Secretary General of the Collective Security Treaty Organization. The Collective Security Council appointed him to the post for a term running until 31 December 2022.',
          "The Secretary General heads the Secretariat, the Organization's permanent working body in Moscow, which prepares the meetings of the statutory bodies and monitors the implementation of their decisions.",
          'In 2020 the Secretariat will work closely with the Russian Federation, which holds the chairmanship of the Organization, on the preparation of the meetings of the Collective Security Council, the Council of Foreign Ministers, the Council of Defence Ministers and the Committee of Secretaries of Security Councils.',
        ),
      },
      ru: {
        title: 'Станислав Зась вступил в должность Генерального секретаря ОДКБ',
        summary:
          'С 1 января 2020 года пост Генерального секретаря Организации Договора о коллективной безопасности занимает Станислав Зась.',
        body: md(
          '1 января 2020 года Станислав Зась вступил в должность Генерального секретаря Организации Договора о коллективной безопасности. Решением Совета коллективной безопасности он назначен на этот пост на срок до 31 декабря 2022 года.',
          'Генеральный секретарь возглавляет Секретариат — постоянно действующий рабочий орган Организации, расположенный в Москве. Секретариат обеспечивает подготовку заседаний уставных органов ОДКБ и контролирует выполнение принятых ими решений.',
          'В 2020 году Секретариат будет тесно взаимодействовать с Российской Федерацией, председательствующей в Организации, в подготовке заседаний Совета коллективной безопасности, Совета министров иностранных дел, Совета министров обороны и Комитета секретарей советов безопасности.',
        ),
      },
    },
  },
  {
    slug: '2020-01-21-congratulations-to-viktor-khrenin',
    type: 'news',
    section: SECTION,
    publishedAt: '2020-01-21T16:30:00+03:00',
    contact: PRESS_CONTACT,
    bodies: ['council-of-defence-ministers'],
    states: ['BY'],
    people: ['viktor-khrenin', 'stanislav-zas'],
    translations: {
      en: {
        title: 'Secretary General congratulates Viktor Khrenin on his appointment as Minister of Defence of Belarus',
        summary:
          'Stanislav Zas sent a message of congratulations to Viktor Khrenin, who was appointed Minister of Defence of the Republic of Belarus on 20 January 2020.',
        body: md(
          'CSTO Secretary General Stanislav Zas has congratulated Viktor Khrenin on his appointment as Minister of Defence of the Republic of Belarus. The President of the Republic of Belarus signed the decree on the appointment on 20 January 2020.',
          "In his message the Secretary General wished the minister success in his new post and expressed confidence that the Belarusian Ministry of Defence would continue to make a substantial contribution to the work of the Council of Defence Ministers and to strengthening the Organization's collective security system.",
        ),
      },
      ru: {
        title: 'Генеральный секретарь ОДКБ поздравил Виктора Хренина с назначением на пост Министра обороны Республики Беларусь',
        summary:
          'Станислав Зась направил поздравительное послание Виктору Хренину, назначенному 20 января 2020 года Министром обороны Республики Беларусь.',
        body: md(
          'Генеральный секретарь ОДКБ Станислав Зась поздравил Виктора Хренина с назначением на должность Министра обороны Республики Беларусь. Соответствующий указ Президент Республики Беларусь подписал 20 января 2020 года.',
          'В поздравительном послании Генеральный секретарь пожелал министру успехов на новом посту и выразил уверенность, что Министерство обороны Республики Беларусь и впредь будет вносить весомый вклад в работу Совета министров обороны ОДКБ и в укрепление системы коллективной безопасности Организации.',
        ),
      },
    },
  },
  {
    slug: '2020-11-21-congratulations-to-vagharshak-harutyunyan',
    type: 'news',
    section: SECTION,
    publishedAt: '2020-11-21T13:00:00+03:00',
    contact: PRESS_CONTACT,
    bodies: ['council-of-defence-ministers', 'joint-staff'],
    states: ['AM'],
    people: ['vagharshak-harutyunyan', 'stanislav-zas'],
    translations: {
      en: {
        title: 'Secretary General congratulates Vagharshak Harutyunyan on his appointment as Minister of Defence of Armenia',
        summary:
          'Stanislav Zas sent congratulations to Vagharshak Harutyunyan, who was appointed Minister of Defence of the Republic of Armenia on 20 November 2020.',
        body: md(
          'CSTO Secretary General Stanislav Zas has sent a message of congratulations to Vagharshak Harutyunyan on his appointment as Minister of Defence of the Republic of Armenia on 20 November 2020.',
          'The Secretary General wished the minister success in his work and expressed the hope that the close cooperation between the Ministry of Defence of Armenia, the CSTO Secretariat and the Joint Staff would continue.',
        ),
      },
      ru: {
        title: 'Генеральный секретарь ОДКБ поздравил Вагаршака Арутюняна с назначением на пост Министра обороны Республики Армения',
        summary:
          'Станислав Зась направил поздравление Вагаршаку Арутюняну, назначенному 20 ноября 2020 года Министром обороны Республики Армения.',
        body: md(
          'Генеральный секретарь ОДКБ Станислав Зась направил Вагаршаку Арутюняну поздравительное послание в связи с его назначением 20 ноября 2020 года на должность Министра обороны Республики Армения.',
          'Генеральный секретарь пожелал министру успехов в работе и выразил надежду на продолжение тесного взаимодействия Министерства обороны Армении с Секретариатом и Объединённым штабом ОДКБ.',
        ),
      },
    },
  },
  {
    slug: '2020-12-02-collective-security-council',
    type: 'meeting_report',
    section: SECTION,
    publishedAt: '2020-12-02T19:00:00+03:00',
    meeting: 'csc-2020-12-02',
    contact: PRESS_CONTACT,
    bodies: ['collective-security-council'],
    states: ['RU', 'TJ'],
    people: ['vladimir-putin'],
    translations: {
      en: {
        title: 'Session of the Collective Security Council held by videoconference',
        summary:
          'The leaders of the CSTO member states reviewed the work of the Organization in 2020; the chairmanship for 2021 passes to the Republic of Tajikistan.',
        body: md(
          'The participants discussed the international situation and the state of collective security in the CSTO area of responsibility, as well as the results of the work of the statutory bodies during the chairmanship of the Russian Federation in 2020.',
          'In accordance with the established order of rotation, the chairmanship of the Organization passes to the Republic of Tajikistan on 1 January 2021.',
          'Owing to the COVID-19 pandemic, the session was held remotely.',
        ),
      },
      ru: {
        title: 'Сессия Совета коллективной безопасности ОДКБ в режиме видеоконференции',
        summary:
          'Руководители государств — членов ОДКБ подвели итоги работы Организации в 2020 году; председательство в 2021 году переходит к Республике Таджикистан.',
        body: md(
          'Участники сессии обсудили международную обстановку и состояние коллективной безопасности в зоне ответственности ОДКБ, а также итоги деятельности уставных органов в период председательства Российской Федерации в 2020 году.',
          'В соответствии с установленным порядком ротации с 1 января 2021 года председательство в Организации переходит к Республике Таджикистан.',
          'В связи с пандемией COVID-19 сессия прошла в дистанционном формате.',
        ),
      },
    },
  },

  // ------------------------------------------------------------------------------------------ 2021
  {
    slug: '2021-01-01-tajikistan-assumes-chairmanship',
    type: 'news',
    section: SECTION,
    publishedAt: '2021-01-01T12:00:00+03:00',
    contact: PRESS_CONTACT,
    bodies: ['csto'],
    states: ['TJ', 'RU'],
    translations: {
      en: {
        title: 'Tajikistan assumes the CSTO chairmanship',
        summary:
          'On 1 January 2021 the chairmanship of the Collective Security Treaty Organization passed from the Russian Federation to the Republic of Tajikistan.',
        body: md(
          'From 1 January 2021 the Republic of Tajikistan chairs the Collective Security Treaty Organization, taking over from the Russian Federation, which held the chairmanship in 2020.',
          'During its chairmanship Tajikistan will host the regular session of the Collective Security Council and coordinate the preparation of the meetings of the Council of Foreign Ministers, the Council of Defence Ministers and the Committee of Secretaries of Security Councils.',
          'The CSTO Secretariat and Joint Staff will provide the chairing state with the organizational and expert support it needs.',
        ),
      },
      ru: {
        title: 'Председательство в ОДКБ перешло к Республике Таджикистан',
        summary:
          'С 1 января 2021 года председательство в Организации Договора о коллективной безопасности перешло от Российской Федерации к Республике Таджикистан.',
        body: md(
          'С 1 января 2021 года Республика Таджикистан председательствует в Организации Договора о коллективной безопасности, приняв эстафету от Российской Федерации, которая председательствовала в ОДКБ в 2020 году.',
          'В год своего председательства Таджикистан примет очередную сессию Совета коллективной безопасности и будет координировать подготовку заседаний Совета министров иностранных дел, Совета министров обороны и Комитета секретарей советов безопасности.',
          'Секретариат и Объединённый штаб ОДКБ окажут председательствующему государству необходимое организационное и экспертное содействие.',
        ),
      },
    },
  },
  {
    slug: '2021-09-16-collective-security-council-dushanbe',
    type: 'meeting_report',
    section: SECTION,
    publishedAt: '2021-09-16T20:00:00+03:00',
    meeting: 'csc-2021-09-16',
    contact: PRESS_CONTACT,
    bodies: ['collective-security-council'],
    states: ALL_STATES,
    people: ['emomali-rahmon', 'vladimir-putin', 'stanislav-zas'],
    translations: {
      en: {
        title: 'Session of the Collective Security Council in Dushanbe',
        summary:
          "The leaders of the CSTO member states focused on the situation in Afghanistan and on protecting the Organization's southern borders.",
        body: md(
          'The session was devoted mainly to the situation in Afghanistan after the events of August 2021 and to the risks it creates for the member states, above all along the Tajik–Afghan border. The leaders discussed joint measures to reinforce the southern borders of the CSTO area of responsibility and to counter terrorism, drug trafficking and illegal migration.',
          'The President of the Russian Federation took part in the session by videoconference.',
          'In accordance with the established order of rotation, the Republic of Armenia will chair the Organization from 1 January 2022.',
        ),
      },
      ru: {
        title: 'Сессия Совета коллективной безопасности ОДКБ в Душанбе',
        summary:
          'Руководители государств — членов ОДКБ сосредоточили внимание на ситуации в Афганистане и мерах по защите южных рубежей Организации.',
        body: md(
          'Основное внимание участники сессии уделили ситуации в Афганистане, сложившейся после событий августа 2021 года, и рискам, которые она создаёт для государств — членов Организации, прежде всего на таджикско-афганской границе. Обсуждены совместные меры по укреплению южных рубежей зоны ответственности ОДКБ, противодействию терроризму, незаконному обороту наркотиков и нелегальной миграции.',
          'Президент Российской Федерации принял участие в работе сессии в режиме видеоконференции.',
          'В соответствии с установленным порядком ротации с 1 января 2022 года председательство в Организации переходит к Республике Армения.',
        ),
      },
    },
  },
  {
    slug: '2021-11-16-congratulations-to-suren-papikyan',
    type: 'news',
    section: SECTION,
    publishedAt: '2021-11-16T14:00:00+03:00',
    contact: PRESS_CONTACT,
    bodies: ['council-of-defence-ministers', 'joint-staff'],
    states: ['AM'],
    people: ['suren-papikyan', 'stanislav-zas'],
    translations: {
      en: {
        title: 'Secretary General congratulates Suren Papikyan on his appointment as Minister of Defence of Armenia',
        summary:
          'Stanislav Zas congratulated Suren Papikyan, who was appointed Minister of Defence of the Republic of Armenia on 15 November 2021.',
        body: md(
          'CSTO Secretary General Stanislav Zas has sent a message of congratulations to Suren Papikyan on his appointment on 15 November 2021 as Minister of Defence of the Republic of Armenia.',
          'The Secretary General noted that Armenia will chair the Organization in 2022 and that its Minister of Defence will accordingly preside over the Council of Defence Ministers. He expressed confidence that cooperation between the Ministry of Defence of Armenia and the CSTO Joint Staff would continue to develop.',
        ),
      },
      ru: {
        title: 'Генеральный секретарь ОДКБ поздравил Сурена Папикяна с назначением на пост Министра обороны Республики Армения',
        summary:
          'Станислав Зась поздравил Сурена Папикяна, назначенного 15 ноября 2021 года Министром обороны Республики Армения.',
        body: md(
          'Генеральный секретарь ОДКБ Станислав Зась направил Сурену Папикяну поздравительное послание в связи с назначением 15 ноября 2021 года на должность Министра обороны Республики Армения.',
          'Генеральный секретарь отметил, что в 2022 году Армения будет председательствовать в Организации, а Министр обороны Республики Армения — возглавлять Совет министров обороны ОДКБ. Он выразил уверенность в дальнейшем развитии взаимодействия Министерства обороны Армении с Объединённым штабом ОДКБ.',
        ),
      },
    },
  },

  // ------------------------------------------------------------------------------------------ 2022
  {
    slug: '2022-01-01-armenia-assumes-chairmanship',
    type: 'news',
    section: SECTION,
    publishedAt: '2022-01-01T12:00:00+03:00',
    contact: PRESS_CONTACT,
    bodies: ['csto', 'council-of-defence-ministers'],
    states: ['AM', 'TJ'],
    translations: {
      en: {
        title: 'Armenia assumes the CSTO chairmanship',
        summary:
          'On 1 January 2022 the Republic of Armenia took over the chairmanship of the Collective Security Treaty Organization from the Republic of Tajikistan.',
        body: md(
          'The Republic of Armenia chairs the Collective Security Treaty Organization from 1 January 2022, succeeding the Republic of Tajikistan, which held the chairmanship in 2021.',
          'The year of the Armenian chairmanship is marked by two anniversaries: 15 May 2022 is the 30th anniversary of the signing of the Collective Security Treaty, and 7 October 2022 the 20th anniversary of the signing of the Charter of the Organization.',
          'During the Armenian chairmanship the Minister of Defence of the Republic of Armenia presides over the Council of Defence Ministers. The regular session of the Collective Security Council is expected to take place in Armenia.',
        ),
      },
      ru: {
        title: 'Председательство в ОДКБ перешло к Республике Армения',
        summary:
          '1 января 2022 года председательство в Организации Договора о коллективной безопасности перешло от Республики Таджикистан к Республике Армения.',
        body: md(
          'С 1 января 2022 года Республика Армения председательствует в Организации Договора о коллективной безопасности, приняв председательство от Республики Таджикистан, председательствовавшей в 2021 году.',
          'Год армянского председательства отмечен двумя юбилеями: 15 мая 2022 года исполняется 30 лет со дня подписания Договора о коллективной безопасности, 7 октября 2022 года — 20 лет со дня подписания Устава Организации.',
          'В период председательства Армении Совет министров обороны ОДКБ возглавляет Министр обороны Республики Армения. Очередную сессию Совета коллективной безопасности планируется провести в Армении.',
        ),
      },
    },
  },
  {
    slug: '2022-01-06-collective-peacekeeping-forces-sent-to-kazakhstan',
    type: 'news',
    section: SECTION,
    publishedAt: '2022-01-06T11:00:00+03:00',
    contact: PRESS_CONTACT,
    bodies: ['collective-security-council'],
    states: ALL_STATES,
    people: ['kassym-jomart-tokayev', 'andrei-serdyukov'],
    translations: {
      en: {
        title: 'Collective Security Council decides to send CSTO Collective Peacekeeping Forces to Kazakhstan',
        summary:
          'At the request of the President of the Republic of Kazakhstan, the Collective Security Council decided on 6 January 2022 to send the CSTO Collective Peacekeeping Forces to Kazakhstan for a limited period.',
        body: md(
          'On 6 January 2022 the Collective Security Council decided, in response to the appeal of the President of the Republic of Kazakhstan, Kassym-Jomart Tokayev, to send the CSTO Collective Peacekeeping Forces to Kazakhstan for a limited period in order to stabilize and normalize the situation in the country.',
          'The decision was taken in accordance with Article 4 of the Collective Security Treaty. The Collective Peacekeeping Forces will be formed from contingents of Armenia, Belarus, Kyrgyzstan, Russia and Tajikistan; command of the forces has been entrusted to Colonel General Andrei Serdyukov.',
          'The main tasks of the peacekeepers are to guard important state and military facilities and to assist the law enforcement agencies of the Republic of Kazakhstan in stabilizing the situation.',
        ),
      },
      ru: {
        title: 'Совет коллективной безопасности принял решение о направлении Коллективных миротворческих сил ОДКБ в Республику Казахстан',
        summary:
          '6 января 2022 года Совет коллективной безопасности по обращению Президента Республики Казахстан принял решение направить в Казахстан Коллективные миротворческие силы ОДКБ на ограниченный период времени.',
        body: md(
          '6 января 2022 года Совет коллективной безопасности ОДКБ в ответ на обращение Президента Республики Казахстан Касым-Жомарта Токаева принял решение о направлении в Республику Казахстан Коллективных миротворческих сил ОДКБ на ограниченный период времени в целях стабилизации и нормализации обстановки в стране.',
          'Решение принято в соответствии со статьёй 4 Договора о коллективной безопасности. В состав Коллективных миротворческих сил войдут контингенты Армении, Беларуси, Кыргызстана, России и Таджикистана. Командование силами возложено на генерал-полковника Андрея Сердюкова.',
          'Основные задачи миротворцев — охрана важных государственных и военных объектов, а также содействие правоохранительным органам Республики Казахстан в стабилизации обстановки.',
        ),
      },
    },
  },
  {
    slug: '2022-01-10-extraordinary-session-of-collective-security-council',
    type: 'meeting_report',
    section: SECTION,
    publishedAt: '2022-01-10T19:00:00+03:00',
    meeting: 'csc-2022-01-10',
    contact: PRESS_CONTACT,
    bodies: ['collective-security-council'],
    states: ALL_STATES,
    people: ['nikol-pashinyan', 'kassym-jomart-tokayev'],
    translations: {
      en: {
        title: 'Extraordinary session of the Collective Security Council on the situation in Kazakhstan',
        summary:
          'The leaders of the CSTO member states discussed the situation in the Republic of Kazakhstan and the progress of the operation of the Collective Peacekeeping Forces.',
        body: md(
          'The President of the Republic of Kazakhstan briefed the participants on the situation in the country and on the steps taken to restore public order.',
          'The leaders noted that the Collective Peacekeeping Forces, sent to Kazakhstan under the decision of 6 January 2022, were carrying out their task of guarding important facilities. They reaffirmed that the mission is limited in time and that the contingents will return to their permanent bases once it has been accomplished.',
        ),
      },
      ru: {
        title: 'Внеочередная сессия Совета коллективной безопасности ОДКБ по ситуации в Республике Казахстан',
        summary:
          'Руководители государств — членов ОДКБ обсудили обстановку в Республике Казахстан и ход операции Коллективных миротворческих сил.',
        body: md(
          'Президент Республики Казахстан проинформировал участников о положении в стране и мерах, принимаемых для восстановления общественного порядка.',
          'Руководители государств отметили, что Коллективные миротворческие силы, направленные в Казахстан в соответствии с решением от 6 января 2022 года, выполняют задачи по охране важных объектов, и подтвердили, что миссия ограничена по времени: после её выполнения контингенты вернутся в пункты постоянной дислокации.',
        ),
      },
    },
  },
  {
    slug: '2022-01-19-withdrawal-of-peacekeeping-forces-completed',
    type: 'press_release',
    section: SECTION,
    publishedAt: '2022-01-19T18:00:00+03:00',
    contact: PRESS_CONTACT,
    bodies: ['collective-security-council'],
    states: ALL_STATES,
    people: ['andrei-serdyukov'],
    translations: {
      en: {
        title: 'Withdrawal of the CSTO Collective Peacekeeping Forces from Kazakhstan completed',
        summary:
          'The contingents of the Collective Peacekeeping Forces have returned to their permanent bases after completing their mission in the Republic of Kazakhstan.',
        body: md(
          'The withdrawal of the CSTO Collective Peacekeeping Forces from the territory of the Republic of Kazakhstan was completed on 19 January 2022. The contingents of Armenia, Belarus, Kyrgyzstan, Russia and Tajikistan have returned to their permanent bases.',
          'During the operation the peacekeepers guarded important state and military facilities, which allowed the law enforcement agencies of Kazakhstan to concentrate on restoring order. The mission was carried out within the time frame set by the decision of the Collective Security Council.',
          'The operation was the first practical deployment of the CSTO Collective Peacekeeping Forces.',
        ),
      },
      ru: {
        title: 'Завершён вывод Коллективных миротворческих сил ОДКБ из Республики Казахстан',
        summary:
          'Контингенты Коллективных миротворческих сил вернулись в пункты постоянной дислокации после выполнения миссии в Республике Казахстан.',
        body: md(
          '19 января 2022 года завершён вывод Коллективных миротворческих сил ОДКБ с территории Республики Казахстан. Контингенты Армении, Беларуси, Кыргызстана, России и Таджикистана возвратились в пункты постоянной дислокации.',
          'В ходе операции миротворцы обеспечивали охрану важных государственных и военных объектов, что позволило правоохранительным органам Казахстана сосредоточиться на наведении порядка. Миссия выполнена в сроки, определённые решением Совета коллективной безопасности.',
          'Операция стала первым случаем практического применения Коллективных миротворческих сил ОДКБ.',
        ),
      },
    },
  },
  {
    slug: '2022-01-20-congratulations-to-ruslan-zhaksylykov',
    type: 'news',
    section: SECTION,
    publishedAt: '2022-01-20T15:00:00+03:00',
    contact: PRESS_CONTACT,
    bodies: ['council-of-defence-ministers', 'joint-staff'],
    states: ['KZ'],
    people: ['ruslan-zhaksylykov', 'stanislav-zas'],
    translations: {
      en: {
        title: 'Secretary General congratulates Ruslan Zhaksylykov on his appointment as Minister of Defence of Kazakhstan',
        summary:
          'Stanislav Zas congratulated Ruslan Zhaksylykov, who was appointed Minister of Defence of the Republic of Kazakhstan on 19 January 2022.',
        body: md(
          'CSTO Secretary General Stanislav Zas has congratulated Ruslan Zhaksylykov on his appointment on 19 January 2022 as Minister of Defence of the Republic of Kazakhstan.',
          'In his message the Secretary General wished the minister success in his responsible post and expressed confidence that cooperation between the Ministry of Defence of Kazakhstan and the CSTO Joint Staff in building up the capabilities of the collective security system would continue to develop.',
        ),
      },
      ru: {
        title: 'Генеральный секретарь ОДКБ поздравил Руслана Жаксылыкова с назначением на пост Министра обороны Республики Казахстан',
        summary:
          'Станислав Зась поздравил Руслана Жаксылыкова, назначенного 19 января 2022 года Министром обороны Республики Казахстан.',
        body: md(
          'Генеральный секретарь ОДКБ Станислав Зась поздравил Руслана Жаксылыкова с назначением 19 января 2022 года на должность Министра обороны Республики Казахстан.',
          'В послании Генеральный секретарь пожелал министру успехов на ответственном посту и выразил уверенность в дальнейшем развитии взаимодействия Министерства обороны Республики Казахстан и Объединённого штаба ОДКБ в наращивании потенциала системы коллективной безопасности.',
        ),
      },
    },
  },
  {
    slug: '2022-05-16-collective-security-council-moscow',
    type: 'meeting_report',
    section: SECTION,
    publishedAt: '2022-05-16T19:30:00+03:00',
    meeting: 'csc-2022-05-16',
    contact: PRESS_CONTACT,
    bodies: ['collective-security-council', 'csto'],
    states: ALL_STATES,
    people: ['nikol-pashinyan', 'stanislav-zas'],
    translations: {
      en: {
        title: 'Anniversary session of the Collective Security Council in Moscow',
        summary:
          'The leaders of the CSTO member states met in Moscow to mark the 30th anniversary of the Collective Security Treaty and the 20th anniversary of the Organization.',
        body: md(
          'The session marked two anniversaries: thirty years since the Collective Security Treaty was signed in Tashkent on 15 May 1992, and twenty years since the Organization was established in 2002.',
          'The leaders reviewed the path the Organization has travelled and exchanged views on the current state of international and regional security. At the close of the session they adopted a statement of the Collective Security Council on the anniversaries.',
        ),
      },
      ru: {
        title: 'Юбилейная сессия Совета коллективной безопасности ОДКБ в Москве',
        summary:
          'Руководители государств — членов ОДКБ собрались в Москве, чтобы отметить 30-летие Договора о коллективной безопасности и 20-летие Организации.',
        body: md(
          'Сессия приурочена к двум юбилейным датам: 30-летию подписания Договора о коллективной безопасности, заключённого в Ташкенте 15 мая 1992 года, и 20-летию создания Организации в 2002 году.',
          'Руководители государств подвели итоги пройденного Организацией пути и обменялись мнениями о современном состоянии международной и региональной безопасности. По итогам сессии принято Заявление Совета коллективной безопасности в связи с юбилейными датами.',
        ),
      },
    },
  },
  {
    slug: '2022-05-24-council-of-defence-ministers',
    type: 'meeting_report',
    section: SECTION,
    publishedAt: '2022-05-24T15:00:00+03:00',
    meeting: 'cdm-2022-05-24',
    contact: PRESS_CONTACT,
    bodies: ['council-of-defence-ministers', 'joint-staff'],
    states: ALL_STATES,
    people: [
      'suren-papikyan',
      'viktor-khrenin',
      'ruslan-zhaksylykov',
      'baktybek-bekbolotov',
      'sergei-shoigu',
      'sherali-mirzo',
      'stanislav-zas',
      'anatoly-sidorov',
    ],
    translations: {
      en: {
        title: 'Meeting of the CSTO Council of Defence Ministers',
        summary:
          'The defence ministers of the CSTO member states approved the plan for the joint training of the collective security forces in 2023 and documents on the command and control of the Collective Forces.',
        body: md(
          'The ministers approved the plan for the joint training of command bodies and formations of the forces and means of the CSTO collective security system for 2023. The plan sets out the joint exercises and other training activities of the Collective Forces in 2023 and will guide the work of the Joint Staff and of the national defence ministries.',
          'The Council also approved a package of documents on the command and control of the CSTO Collective Forces, intended to improve coordination between the national contingents when they act together.',
          'The CSTO Joint Staff will coordinate the implementation of the decisions with the defence ministries of the member states.',
        ),
      },
      ru: {
        title: 'Заседание Совета министров обороны ОДКБ',
        summary:
          'Министры обороны государств — членов ОДКБ утвердили план совместной подготовки сил системы коллективной безопасности на 2023 год и документы по вопросам управления Коллективными силами.',
        body: md(
          'Министры утвердили План совместной подготовки органов управления и формирований сил и средств системы коллективной безопасности ОДКБ на 2023 год. В документе определены совместные учения и другие мероприятия подготовки Коллективных сил в 2023 году; он станет основой для работы Объединённого штаба ОДКБ и национальных министерств обороны.',
          'Совет также одобрил пакет документов по вопросам управления Коллективными силами ОДКБ, направленных на совершенствование взаимодействия национальных контингентов при совместных действиях.',
          'Реализацию принятых решений Объединённый штаб ОДКБ будет координировать с министерствами обороны государств — членов Организации.',
        ),
      },
    },
  },
  {
    slug: '2022-11-23-collective-security-council-yerevan',
    type: 'meeting_report',
    section: SECTION,
    publishedAt: '2022-11-23T20:00:00+03:00',
    meeting: 'csc-2022-11-23',
    contact: PRESS_CONTACT,
    bodies: ['collective-security-council', 'secretariat'],
    states: ALL_STATES,
    people: ['nikol-pashinyan', 'imangali-tasmagambetov', 'stanislav-zas'],
    translations: {
      en: {
        title: 'Session of the Collective Security Council in Yerevan',
        summary:
          'The Collective Security Council appointed Imangali Tasmagambetov CSTO Secretary General from 1 January 2023 and confirmed that the chairmanship passes to the Republic of Belarus.',
        body: md(
          'The leaders discussed the international and regional situation and the state of collective security in the CSTO area of responsibility, including the situation on the border between Armenia and Azerbaijan.',
          'The Council appointed Imangali Tasmagambetov Secretary General of the Organization for the period from 1 January 2023 to 31 December 2025. From 1 January 2023 the chairmanship of the Organization passes to the Republic of Belarus.',
          'The Armenian side did not sign the draft declaration of the Collective Security Council or the draft decision on joint measures to assist the Republic of Armenia, considering that the texts required further work.',
        ),
      },
      ru: {
        title: 'Сессия Совета коллективной безопасности ОДКБ в Ереване',
        summary:
          'Совет коллективной безопасности назначил Имангали Тасмагамбетова Генеральным секретарём ОДКБ с 1 января 2023 года и подтвердил переход председательства в Организации к Республике Беларусь.',
        body: md(
          'Руководители государств обсудили международную и региональную обстановку, состояние коллективной безопасности в зоне ответственности ОДКБ, в том числе положение на армяно-азербайджанской границе.',
          'Совет назначил Имангали Тасмагамбетова Генеральным секретарём Организации на период с 1 января 2023 года по 31 декабря 2025 года. С 1 января 2023 года председательство в ОДКБ переходит к Республике Беларусь.',
          'Армянская сторона не подписала проект декларации Совета коллективной безопасности и проект решения о совместных мерах по оказанию содействия Республике Армения, сочтя, что тексты документов требуют доработки.',
        ),
      },
    },
  },
  {
    slug: '2022-12-30-zas-completes-term-as-secretary-general',
    type: 'news',
    section: SECTION,
    publishedAt: '2022-12-30T16:00:00+03:00',
    contact: PRESS_CONTACT,
    bodies: ['secretariat'],
    people: ['stanislav-zas', 'imangali-tasmagambetov'],
    translations: {
      en: {
        title: 'Stanislav Zas completes his term as CSTO Secretary General',
        summary:
          'On 31 December 2022 Stanislav Zas completes his three-year term at the head of the CSTO Secretariat.',
        body: md(
          'Stanislav Zas completes his term as Secretary General of the Collective Security Treaty Organization on 31 December 2022. He held the post from 1 January 2020, during the chairmanships of Russia, Tajikistan and Armenia.',
          'His term covered the work of the Organization under the restrictions of the COVID-19 pandemic, the first deployment of the CSTO Collective Peacekeeping Forces, in Kazakhstan in January 2022, and the celebration of the 30th anniversary of the Collective Security Treaty and the 20th anniversary of the Organization.',
          'From 1 January 2023 the duties of Secretary General pass to Imangali Tasmagambetov, appointed by the Collective Security Council at its session in Yerevan on 23 November 2022.',
        ),
      },
      ru: {
        title: 'Станислав Зась завершает работу на посту Генерального секретаря ОДКБ',
        summary:
          '31 декабря 2022 года истекает трёхлетний срок полномочий Станислава Зася на посту Генерального секретаря ОДКБ.',
        body: md(
          '31 декабря 2022 года Станислав Зась завершает работу в должности Генерального секретаря Организации Договора о коллективной безопасности, которую он занимал с 1 января 2020 года — в период председательства в ОДКБ России, Таджикистана и Армении.',
          'На этот период пришлись работа Организации в условиях ограничений, вызванных пандемией COVID-19, первое применение Коллективных миротворческих сил ОДКБ — в Республике Казахстан в январе 2022 года, а также празднование 30-летия Договора о коллективной безопасности и 20-летия Организации.',
          'С 1 января 2023 года обязанности Генерального секретаря переходят к Имангали Тасмагамбетову, назначенному Советом коллективной безопасности на сессии в Ереване 23 ноября 2022 года.',
        ),
      },
    },
  },

  // ------------------------------------------------------------------------------------------ 2023
  {
    slug: '2023-01-01-belarus-assumes-chairmanship',
    type: 'news',
    section: SECTION,
    publishedAt: '2023-01-01T12:00:00+03:00',
    contact: PRESS_CONTACT,
    bodies: ['csto', 'council-of-defence-ministers'],
    states: ['BY', 'AM'],
    people: ['imangali-tasmagambetov'],
    translations: {
      en: {
        title: 'Belarus assumes the CSTO chairmanship',
        summary:
          'From 1 January 2023 the Republic of Belarus chairs the Collective Security Treaty Organization, taking over from the Republic of Armenia.',
        body: md(
          'On 1 January 2023 the chairmanship of the Collective Security Treaty Organization passed from the Republic of Armenia to the Republic of Belarus.',
          'During the Belarusian chairmanship the Minister of Defence of the Republic of Belarus presides over the Council of Defence Ministers. The regular session of the Collective Security Council is expected to be held in Minsk in the second half of 2023.',
          'The CSTO Secretariat, headed from 1 January 2023 by Secretary General Imangali Tasmagambetov, will assist the chairmanship in preparing the meetings of the statutory bodies.',
        ),
      },
      ru: {
        title: 'Председательство в ОДКБ перешло к Республике Беларусь',
        summary:
          'С 1 января 2023 года Республика Беларусь председательствует в Организации Договора о коллективной безопасности, приняв эстафету от Республики Армения.',
        body: md(
          '1 января 2023 года председательство в Организации Договора о коллективной безопасности перешло от Республики Армения к Республике Беларусь.',
          'В период белорусского председательства Совет министров обороны ОДКБ возглавляет Министр обороны Республики Беларусь. Очередную сессию Совета коллективной безопасности предполагается провести в Минске во второй половине 2023 года.',
          'Секретариат ОДКБ, который с 1 января 2023 года возглавляет Генеральный секретарь Имангали Тасмагамбетов, окажет председательству содействие в подготовке заседаний уставных органов.',
        ),
      },
    },
  },
  {
    slug: '2023-01-09-tasmagambetov-takes-office-as-secretary-general',
    type: 'news',
    section: SECTION,
    publishedAt: '2023-01-09T12:00:00+03:00',
    contact: PRESS_CONTACT,
    bodies: ['secretariat', 'collective-security-council'],
    states: ['KZ'],
    people: ['imangali-tasmagambetov'],
    translations: {
      en: {
        title: 'Imangali Tasmagambetov takes up the post of CSTO Secretary General',
        summary:
          'Imangali Tasmagambetov, appointed by the Collective Security Council in Yerevan, has been Secretary General of the Organization since 1 January 2023.',
        body: md(
          'Imangali Tasmagambetov assumed the duties of Secretary General of the Collective Security Treaty Organization on 1 January 2023. He was appointed by the Collective Security Council at its session in Yerevan on 23 November 2022 for a term ending on 31 December 2025.',
          'Before joining the Organization, Imangali Tasmagambetov held a number of senior state posts in the Republic of Kazakhstan, including that of Prime Minister.',
          'The Secretary General directs the work of the Secretariat and represents the Organization in its relations with states and international organizations.',
        ),
      },
      ru: {
        title: 'Имангали Тасмагамбетов вступил в должность Генерального секретаря ОДКБ',
        summary:
          'С 1 января 2023 года Генеральным секретарём Организации является Имангали Тасмагамбетов, назначенный на этот пост Советом коллективной безопасности в Ереване.',
        body: md(
          '1 января 2023 года Имангали Тасмагамбетов приступил к исполнению обязанностей Генерального секретаря Организации Договора о коллективной безопасности. Он назначен решением Совета коллективной безопасности, принятым на сессии в Ереване 23 ноября 2022 года, на срок до 31 декабря 2025 года.',
          'До назначения Имангали Тасмагамбетов занимал ряд высших государственных должностей в Республике Казахстан, в том числе пост Премьер-министра.',
          'Генеральный секретарь руководит работой Секретариата и представляет Организацию в отношениях с государствами и международными организациями.',
        ),
      },
    },
  },
  {
    slug: '2023-11-20-collective-security-council-to-meet-in-minsk',
    type: 'announcement',
    section: SECTION,
    publishedAt: '2023-11-20T11:00:00+03:00',
    contact: PRESS_CONTACT,
    bodies: ['collective-security-council'],
    states: ['BY'],
    translations: {
      en: {
        title: 'Collective Security Council to meet in Minsk on 23 November 2023',
        summary:
          'The regular session of the Collective Security Council will take place in Minsk on 23 November 2023 under the chairmanship of the Republic of Belarus.',
        body: md(
          'The regular session of the CSTO Collective Security Council will be held in Minsk on 23 November 2023. It will conclude the year of the Belarusian chairmanship of the Organization.',
          'Media representatives who plan to cover the session are invited to contact the CSTO press service and the press service of the chairing state regarding accreditation.',
        ),
      },
      ru: {
        title: '23 ноября 2023 года в Минске состоится сессия Совета коллективной безопасности ОДКБ',
        summary:
          'Очередная сессия Совета коллективной безопасности пройдёт в Минске 23 ноября 2023 года под председательством Республики Беларусь.',
        body: md(
          '23 ноября 2023 года в Минске состоится очередная сессия Совета коллективной безопасности ОДКБ, которая подведёт итоги года председательства Республики Беларусь в Организации.',
          'Представителей средств массовой информации, планирующих освещать сессию, просим обращаться по вопросам аккредитации в пресс-службу ОДКБ и пресс-службу председательствующего государства.',
        ),
      },
    },
  },
  {
    slug: '2023-11-23-collective-security-council-minsk',
    type: 'meeting_report',
    section: SECTION,
    publishedAt: '2023-11-23T20:00:00+03:00',
    meeting: 'csc-2023-11-23',
    contact: PRESS_CONTACT,
    bodies: ['collective-security-council', 'joint-staff'],
    states: ALL_STATES,
    people: ['alexander-lukashenko', 'andrei-serdyukov', 'imangali-tasmagambetov'],
    translations: {
      en: {
        title: 'Session of the Collective Security Council in Minsk',
        summary:
          'The Collective Security Council handed the chairmanship for 2024 to Kazakhstan and approved Colonel General Andrei Serdyukov as Chief of the CSTO Joint Staff.',
        body: md(
          "The leaders assessed the international situation and the state of collective security in the Organization's area of responsibility and took stock of the Belarusian chairmanship in 2023.",
          'The Council approved the appointment of Colonel General Andrei Serdyukov as Chief of the CSTO Joint Staff. From 1 January 2024 the chairmanship of the Organization passes to the Republic of Kazakhstan.',
          'The Republic of Armenia did not take part in the session.',
        ),
      },
      ru: {
        title: 'Сессия Совета коллективной безопасности ОДКБ в Минске',
        summary:
          'Совет коллективной безопасности передал председательство в Организации в 2024 году Республике Казахстан и утвердил генерал-полковника Андрея Сердюкова в должности Начальника Объединённого штаба ОДКБ.',
        body: md(
          'Руководители государств оценили международную обстановку и состояние коллективной безопасности в зоне ответственности Организации, подвели итоги председательства Республики Беларусь в 2023 году.',
          'Совет утвердил назначение генерал-полковника Андрея Сердюкова на должность Начальника Объединённого штаба ОДКБ. С 1 января 2024 года председательство в Организации переходит к Республике Казахстан.',
          'Республика Армения в работе сессии участия не принимала.',
        ),
      },
    },
  },
  {
    slug: '2023-11-24-serdyukov-heads-joint-staff',
    type: 'news',
    section: SECTION,
    publishedAt: '2023-11-24T12:00:00+03:00',
    contact: PRESS_CONTACT,
    bodies: ['joint-staff', 'collective-security-council'],
    states: ['RU'],
    people: ['andrei-serdyukov', 'anatoly-sidorov', 'imangali-tasmagambetov'],
    translations: {
      en: {
        title: 'Colonel General Andrei Serdyukov heads the CSTO Joint Staff',
        summary:
          'Following the decision of the Collective Security Council of 23 November 2023, Colonel General Andrei Serdyukov has become Chief of the CSTO Joint Staff, succeeding Colonel General Anatoly Sidorov.',
        body: md(
          'By decision of the Collective Security Council taken in Minsk on 23 November 2023, Colonel General Andrei Serdyukov has become Chief of the CSTO Joint Staff. He succeeds Colonel General Anatoly Sidorov.',
          'In January 2022 Andrei Serdyukov commanded the CSTO Collective Peacekeeping Forces during their operation in the Republic of Kazakhstan.',
          'CSTO Secretary General Imangali Tasmagambetov congratulated Andrei Serdyukov on his appointment and thanked Anatoly Sidorov for his service at the head of the Joint Staff and his contribution to the development of the Collective Forces of the Organization.',
        ),
      },
      ru: {
        title: 'Объединённый штаб ОДКБ возглавил генерал-полковник Андрей Сердюков',
        summary:
          'В соответствии с решением Совета коллективной безопасности от 23 ноября 2023 года Начальником Объединённого штаба ОДКБ стал генерал-полковник Андрей Сердюков, сменивший на этом посту генерал-полковника Анатолия Сидорова.',
        body: md(
          'Решением Совета коллективной безопасности, принятым 23 ноября 2023 года в Минске, Начальником Объединённого штаба ОДКБ назначен генерал-полковник Андрей Сердюков. Он сменил на этой должности генерал-полковника Анатолия Сидорова.',
          'В январе 2022 года Андрей Сердюков командовал Коллективными миротворческими силами ОДКБ в ходе операции в Республике Казахстан.',
          'Генеральный секретарь ОДКБ Имангали Тасмагамбетов поздравил Андрея Сердюкова с назначением и поблагодарил Анатолия Сидорова за службу во главе Объединённого штаба и вклад в развитие Коллективных сил Организации.',
        ),
      },
    },
  },

  // ------------------------------------------------------------------------------------------ 2024
  {
    slug: '2024-01-01-kazakhstan-assumes-chairmanship',
    type: 'news',
    section: SECTION,
    publishedAt: '2024-01-01T12:00:00+03:00',
    contact: PRESS_CONTACT,
    bodies: ['csto', 'council-of-defence-ministers'],
    states: ['KZ', 'BY'],
    translations: {
      en: {
        title: 'Kazakhstan assumes the CSTO chairmanship',
        summary:
          'On 1 January 2024 the chairmanship of the Collective Security Treaty Organization passed from the Republic of Belarus to the Republic of Kazakhstan.',
        body: md(
          'From 1 January 2024 the Republic of Kazakhstan chairs the Collective Security Treaty Organization. It takes over from the Republic of Belarus, whose chairmanship in 2023 concluded with the session of the Collective Security Council in Minsk.',
          "In 2024 the Minister of Defence of the Republic of Kazakhstan presides over the Council of Defence Ministers, and the chairing state coordinates the calendar of meetings of the Organization's statutory bodies.",
          'The CSTO Secretariat and Joint Staff will assist the Kazakh chairmanship in preparing these meetings.',
        ),
      },
      ru: {
        title: 'Председательство в ОДКБ перешло к Республике Казахстан',
        summary:
          '1 января 2024 года председательство в Организации Договора о коллективной безопасности перешло от Республики Беларусь к Республике Казахстан.',
        body: md(
          'С 1 января 2024 года Республика Казахстан председательствует в Организации Договора о коллективной безопасности. Казахстан принял эстафету у Республики Беларусь, год председательства которой завершился сессией Совета коллективной безопасности в Минске 23 ноября 2023 года.',
          'В 2024 году Совет министров обороны ОДКБ возглавляет Министр обороны Республики Казахстан; председательствующее государство координирует график заседаний уставных органов Организации.',
          'Секретариат и Объединённый штаб ОДКБ окажут казахстанскому председательству содействие в подготовке этих заседаний.',
        ),
      },
    },
  },
  {
    slug: '2024-05-15-congratulations-to-andrei-belousov',
    type: 'news',
    section: SECTION,
    publishedAt: '2024-05-15T13:00:00+03:00',
    contact: PRESS_CONTACT,
    bodies: ['council-of-defence-ministers'],
    states: ['RU'],
    people: ['andrei-belousov', 'sergei-shoigu', 'imangali-tasmagambetov'],
    translations: {
      en: {
        title: 'Secretary General congratulates Andrei Belousov on his appointment as Minister of Defence of Russia',
        summary:
          'Imangali Tasmagambetov congratulated Andrei Belousov, who was appointed Minister of Defence of the Russian Federation on 14 May 2024.',
        body: md(
          'CSTO Secretary General Imangali Tasmagambetov has sent a message of congratulations to Andrei Belousov on his appointment on 14 May 2024 as Minister of Defence of the Russian Federation.',
          'The Secretary General wished the minister success and expressed confidence that the Russian Ministry of Defence would continue to play an important role in the work of the Council of Defence Ministers and in strengthening the Collective Forces of the Organization.',
          'The Secretary General also thanked Army General Sergei Shoigu, who headed the Ministry of Defence of the Russian Federation from 2012 to 2024, for his many years of work in the Council of Defence Ministers.',
        ),
      },
      ru: {
        title: 'Генеральный секретарь ОДКБ поздравил Андрея Белоусова с назначением на пост Министра обороны Российской Федерации',
        summary:
          'Имангали Тасмагамбетов поздравил Андрея Белоусова, назначенного 14 мая 2024 года Министром обороны Российской Федерации.',
        body: md(
          'Генеральный секретарь ОДКБ Имангали Тасмагамбетов направил Андрею Белоусову поздравительное послание в связи с назначением 14 мая 2024 года на должность Министра обороны Российской Федерации.',
          'Генеральный секретарь пожелал министру успехов и выразил уверенность, что Министерство обороны России и впредь будет играть важную роль в работе Совета министров обороны ОДКБ и в укреплении Коллективных сил Организации.',
          'Генеральный секретарь также поблагодарил генерала армии Сергея Шойгу, возглавлявшего Министерство обороны Российской Федерации с 2012 по 2024 год, за многолетнюю работу в Совете министров обороны.',
        ),
      },
    },
  },

  // ------------------------------------------------------------------------------------------ 2025
  {
    slug: '2025-01-01-kyrgyzstan-assumes-chairmanship',
    type: 'news',
    section: SECTION,
    publishedAt: '2025-01-01T12:00:00+03:00',
    contact: PRESS_CONTACT,
    bodies: ['csto', 'council-of-defence-ministers'],
    states: ['KG', 'KZ'],
    translations: {
      en: {
        title: 'Kyrgyzstan assumes the CSTO chairmanship',
        summary:
          'The Kyrgyz Republic chairs the Collective Security Treaty Organization from 1 January 2025, succeeding the Republic of Kazakhstan.',
        body: md(
          'On 1 January 2025 the Kyrgyz Republic took over the chairmanship of the Collective Security Treaty Organization from the Republic of Kazakhstan, which chaired the Organization in 2024.',
          "In 2025 the chairing state coordinates the work of the Organization's statutory bodies, and the Minister of Defence of the Kyrgyz Republic presides over the Council of Defence Ministers.",
          'The Kyrgyz Republic previously chaired the Organization in 2019.',
        ),
      },
      ru: {
        title: 'Председательство в ОДКБ перешло к Кыргызской Республике',
        summary:
          'С 1 января 2025 года Кыргызская Республика председательствует в Организации Договора о коллективной безопасности, сменив в этом качестве Республику Казахстан.',
        body: md(
          '1 января 2025 года председательство в Организации Договора о коллективной безопасности перешло к Кыргызской Республике от Республики Казахстан, председательствовавшей в ОДКБ в 2024 году.',
          'В 2025 году председательствующее государство координирует деятельность уставных органов Организации; Совет министров обороны ОДКБ возглавляет Министр обороны Кыргызской Республики.',
          'В предыдущий раз Кыргызская Республика председательствовала в Организации в 2019 году.',
        ),
      },
    },
  },

  // ------------------------------------------------------------------------------------------ 2026
  {
    slug: '2026-01-01-russia-assumes-chairmanship',
    type: 'news',
    section: SECTION,
    publishedAt: '2026-01-01T12:00:00+03:00',
    contact: PRESS_CONTACT,
    bodies: ['csto', 'council-of-defence-ministers'],
    states: ['RU', 'KG'],
    translations: {
      en: {
        title: 'Russia assumes the CSTO chairmanship',
        summary:
          'From 1 January 2026 the Russian Federation chairs the Collective Security Treaty Organization, taking over from the Kyrgyz Republic.',
        body: md(
          'The Russian Federation chairs the Collective Security Treaty Organization from 1 January 2026, succeeding the Kyrgyz Republic, which held the chairmanship in 2025.',
          'Russia last chaired the Organization in 2020. During the Russian chairmanship in 2026 the Minister of Defence of the Russian Federation presides over the Council of Defence Ministers.',
          'Throughout 2026 the CSTO Secretariat and Joint Staff will provide the chairmanship with the organizational and expert support it needs.',
        ),
      },
      ru: {
        title: 'Председательство в ОДКБ перешло к Российской Федерации',
        summary:
          'С 1 января 2026 года Российская Федерация председательствует в Организации Договора о коллективной безопасности, сменив Кыргызскую Республику.',
        body: md(
          'С 1 января 2026 года председательство в Организации Договора о коллективной безопасности осуществляет Российская Федерация, принявшая эстафету от Кыргызской Республики, которая председательствовала в ОДКБ в 2025 году.',
          'В предыдущий раз Россия председательствовала в Организации в 2020 году. В период российского председательства в 2026 году Совет министров обороны ОДКБ возглавляет Министр обороны Российской Федерации.',
          'На протяжении 2026 года Секретариат и Объединённый штаб ОДКБ будут оказывать председательству необходимое организационное и экспертное содействие.',
        ),
      },
    },
  },
];
