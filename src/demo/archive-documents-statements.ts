/**
 * Demo archive — section "Statements". Each statement names its author (an appointment) and
 * gives every date in full: a statement is quoted and re-published for years, so "this year"
 * would be wrong the moment the year changes.
 */

import type { DocumentData } from './types.ts';
import { PRESS_CONTACT, md } from './archive-text.ts';

const SECTION = 'statements';

export const demoStatementDocuments: DocumentData[] = [
  {
    slug: '2020-05-08-statement-75th-anniversary-of-victory',
    type: 'statement',
    section: SECTION,
    publishedAt: '2020-05-08T12:00:00+03:00',
    author: 'zas-secretary-general',
    contact: PRESS_CONTACT,
    bodies: ['secretariat'],
    people: ['stanislav-zas'],
    translations: {
      en: {
        title: 'On the 75th anniversary of Victory in the Great Patriotic War',
        summary:
          'The CSTO Secretary General pays tribute to the fallen and congratulates the veterans on the 75th anniversary of Victory in the Great Patriotic War.',
        body: md(
          'On 9 May 2020 the peoples of the CSTO member states mark the 75th anniversary of Victory in the Great Patriotic War of 1941–1945. Soldiers and home-front workers from all the republics that are members of the Organization today fought side by side and shared the hardships of the war.',
          'CSTO Secretary General Stanislav Zas pays tribute to the memory of the millions who died at the front, in the occupied territories and in the rear, and expresses deep gratitude to the veterans whose courage brought the Victory. Preserving the historical truth about the war and countering attempts to distort it remain a common duty of the member states.',
          'The lessons of those years show that security can be ensured only by joint effort. The Collective Security Treaty Organization will continue to work consistently for peace and stability in its area of responsibility.',
        ),
      },
      ru: {
        title: 'В связи с 75-летием Победы в Великой Отечественной войне',
        summary:
          'Генеральный секретарь ОДКБ чтит память павших и поздравляет ветеранов с 75-летием Победы в Великой Отечественной войне.',
        body: md(
          '9 мая 2020 года народы государств — членов ОДКБ отмечают 75-летие Победы в Великой Отечественной войне 1941–1945 годов. Воины и труженики тыла из всех республик, которые сегодня входят в Организацию, сражались плечом к плечу и вместе вынесли тяготы войны.',
          'Генеральный секретарь ОДКБ Станислав Зась склоняет голову перед памятью миллионов людей, погибших на фронте, на оккупированных территориях и в тылу, и выражает глубокую признательность ветеранам, чьё мужество принесло Победу. Сохранение исторической правды о войне и противодействие попыткам её искажения остаются общим долгом государств-членов.',
          'Опыт тех лет свидетельствует: безопасность может быть обеспечена только совместными усилиями. Организация Договора о коллективной безопасности и впредь будет последовательно работать в интересах мира и стабильности в зоне своей ответственности.',
        ),
      },
    },
  },
  {
    slug: '2020-09-28-statement-nagorno-karabakh',
    type: 'statement',
    section: SECTION,
    publishedAt: '2020-09-28T17:00:00+03:00',
    author: 'zas-secretary-general',
    contact: PRESS_CONTACT,
    bodies: ['secretariat', 'collective-security-council', 'council-of-foreign-ministers'],
    states: ['AM'],
    people: ['stanislav-zas'],
    translations: {
      en: {
        title:
          'On the situation that arose in connection with the resumption of the armed conflict in Nagorno-Karabakh',
        summary:
          'The CSTO Secretary General is deeply concerned by the resumption of hostilities in Nagorno-Karabakh on 27 September 2020 and calls for an immediate return to the ceasefire.',
        body: md(
          'CSTO Secretary General Stanislav Zas is deeply concerned by the resumption of hostilities in Nagorno-Karabakh on 27 September 2020. The fighting has left people dead and wounded on both sides, civilians among them. The ceasefire has been broken, and heavy weapons — artillery, armour and combat aircraft, as well as strike drones — are in use.',
          'What is happening runs counter to the ceasefire agreement of 1994 and to the commitment of the parties to refrain from the use of force in the search for a peaceful settlement. The Secretary General calls on the parties to restore the ceasefire without delay and to return to the negotiating process conducted under the auspices of the co-chairs of the OSCE Minsk Group.',
          'The Nagorno-Karabakh conflict has no military solution: it can be settled only by political and diplomatic means. Both the Collective Security Council and the CSTO Council of Foreign Ministers have consistently urged that conflict situations be resolved peacefully and that all sides avoid steps liable to cause further escalation.',
        ),
      },
      ru: {
        title: 'О ситуации, сложившейся в связи с возобновлением вооружённого конфликта в Нагорном Карабахе',
        summary:
          'Генеральный секретарь ОДКБ выражает глубокую озабоченность возобновлением 27 сентября 2020 года боевых действий в Нагорном Карабахе и призывает к немедленному прекращению огня.',
        body: md(
          'Генеральный секретарь ОДКБ Станислав Зась выражает глубокую озабоченность в связи с возобновлением 27 сентября 2020 года вооружённого конфликта в Нагорном Карабахе. В ходе боевых действий с обеих сторон есть погибшие и раненые, в том числе среди мирного населения. Режим прекращения огня нарушен, применяются тяжёлые вооружения — артиллерия, бронетехника, боевая авиация, а также ударные беспилотные летательные аппараты.',
          'Происходящее противоречит соглашению о прекращении огня 1994 года и обязательствам сторон не применять силу в ходе мирного урегулирования. Генеральный секретарь призывает стороны незамедлительно восстановить режим прекращения огня и вернуться к переговорному процессу, который ведётся под эгидой сопредседателей Минской группы ОБСЕ.',
          'Военного решения нагорно-карабахский конфликт не имеет: его урегулирование возможно исключительно политико-дипломатическими средствами. Совет коллективной безопасности и Совет министров иностранных дел ОДКБ неизменно призывали разрешать конфликтные ситуации только мирным путём и воздерживаться от шагов, способных привести к дальнейшей эскалации.',
        ),
      },
    },
  },
  {
    slug: '2021-06-22-statement-80th-anniversary-of-start-of-war',
    type: 'statement',
    section: SECTION,
    publishedAt: '2021-06-22T10:00:00+03:00',
    author: 'zas-secretary-general',
    contact: PRESS_CONTACT,
    bodies: ['secretariat'],
    people: ['stanislav-zas'],
    translations: {
      en: {
        title: 'On the 80th anniversary of the beginning of the Great Patriotic War',
        summary:
          'On the Day of Remembrance and Sorrow the CSTO Secretary General honours the memory of those who died in the Great Patriotic War, which began on 22 June 1941.',
        body: md(
          'On 22 June 2021 eighty years have passed since the attack on the Soviet Union with which the Great Patriotic War began. For the peoples of the CSTO member states this date remains a day of remembrance and sorrow.',
          'CSTO Secretary General Stanislav Zas honours the memory of the soldiers who were the first to meet the enemy on the western border, of all who fell during the war and of the civilians who perished. Their sacrifice laid the foundation of the Victory won by the common effort of the peoples of a multinational country.',
          'The Secretary General stresses that the memory of the tragedy of 22 June 1941 obliges the present generation to value peace and to strengthen the collective mechanisms for preventing war.',
        ),
      },
      ru: {
        title: 'В связи с 80-й годовщиной начала Великой Отечественной войны',
        summary:
          'В День памяти и скорби Генеральный секретарь ОДКБ чтит память погибших в Великой Отечественной войне, начавшейся 22 июня 1941 года.',
        body: md(
          '22 июня 2021 года исполняется 80 лет со дня нападения на Советский Союз, с которого началась Великая Отечественная война. Для народов государств — членов ОДКБ эта дата остаётся днём памяти и скорби.',
          'Генеральный секретарь ОДКБ Станислав Зась склоняет голову перед памятью воинов, первыми принявших бой на западной границе, всех павших в годы войны и погибших мирных жителей. Их самопожертвование заложило основу Победы, одержанной общими усилиями народов многонациональной страны.',
          'Генеральный секретарь подчёркивает, что память о трагедии 22 июня 1941 года обязывает нынешнее поколение дорожить миром и укреплять коллективные механизмы предотвращения войны.',
        ),
      },
    },
  },
  {
    slug: '2022-05-15-statement-30th-anniversary-of-treaty',
    type: 'statement',
    section: SECTION,
    publishedAt: '2022-05-15T10:00:00+03:00',
    author: 'zas-secretary-general',
    contact: PRESS_CONTACT,
    bodies: ['csto', 'secretariat'],
    states: ['AM', 'BY', 'KZ', 'KG', 'RU', 'TJ'],
    people: ['stanislav-zas'],
    translations: {
      en: {
        title: 'On the 30th anniversary of the signing of the Collective Security Treaty',
        summary:
          "The CSTO Secretary General marks the 30th anniversary of the Collective Security Treaty, signed in Tashkent on 15 May 1992, the foundation of the member states' alliance.",
        body: md(
          'On 15 May 1992 the Collective Security Treaty was signed in Tashkent. Thirty years later it remains the legal foundation of the alliance of the member states and of the Collective Security Treaty Organization, established on its basis in 2002.',
          'CSTO Secretary General Stanislav Zas notes that over three decades the member states have built a system of collective security that includes the Collective Forces, mechanisms for political consultation and cooperation in countering terrorism, drug trafficking and illegal migration.',
          'The Secretary General congratulates the citizens of the member states, the personnel of the Collective Forces and the staff of the bodies of the Organization on the anniversary and expresses confidence that the Treaty will continue to serve the security of the member states.',
        ),
      },
      ru: {
        title: 'В связи с 30-летием подписания Договора о коллективной безопасности',
        summary:
          'Генеральный секретарь ОДКБ отмечает 30-летие Договора о коллективной безопасности, подписанного в Ташкенте 15 мая 1992 года и ставшего основой союзнических отношений государств-членов.',
        body: md(
          '15 мая 1992 года в Ташкенте был подписан Договор о коллективной безопасности. Спустя 30 лет он остаётся правовой основой союзнических отношений государств-членов и созданной на его базе в 2002 году Организации Договора о коллективной безопасности.',
          'Генеральный секретарь ОДКБ Станислав Зась отмечает, что за три десятилетия государства — члены Организации сформировали систему коллективной безопасности, которая включает Коллективные силы, механизмы политических консультаций и сотрудничество в противодействии терроризму, незаконному обороту наркотиков и нелегальной миграции.',
          'Генеральный секретарь поздравляет граждан государств — членов ОДКБ, военнослужащих Коллективных сил и сотрудников органов Организации с юбилеем и выражает уверенность, что Договор и впредь будет надёжно служить обеспечению безопасности государств-членов.',
        ),
      },
    },
  },
  {
    slug: '2022-10-07-statement-20th-anniversary-of-charter',
    type: 'statement',
    section: SECTION,
    publishedAt: '2022-10-07T10:00:00+03:00',
    author: 'zas-secretary-general',
    contact: PRESS_CONTACT,
    bodies: ['csto', 'secretariat'],
    people: ['stanislav-zas'],
    translations: {
      en: {
        title: 'On the 20th anniversary of the signing of the CSTO Charter',
        summary:
          "The CSTO Secretary General marks twenty years since the signing of the Organization's Charter in Chisinau on 7 October 2002.",
        body: md(
          'On 7 October 2002 the heads of state of the parties to the Collective Security Treaty signed the Charter of the Collective Security Treaty Organization in Chisinau. The Charter turned a treaty alliance into a fully fledged international regional organization with its own statutory and permanent working bodies.',
          'CSTO Secretary General Stanislav Zas notes that the principles enshrined in the Charter — the sovereign equality of the member states, decision-making by consensus and the priority of political means over military ones — have stood the test of time.',
          'The Secretary General congratulates everyone who works in the bodies of the Organization and serves in the CSTO Collective Forces on the anniversary.',
        ),
      },
      ru: {
        title: 'В связи с 20-летием подписания Устава ОДКБ',
        summary:
          'Генеральный секретарь ОДКБ отмечает 20-летие подписания Устава Организации, состоявшегося в Кишинёве 7 октября 2002 года.',
        body: md(
          '7 октября 2002 года в Кишинёве главы государств — участников Договора о коллективной безопасности подписали Устав Организации Договора о коллективной безопасности. Устав превратил договорный союз в полноценную международную региональную организацию с собственными уставными и постоянно действующими рабочими органами.',
          'Генеральный секретарь ОДКБ Станислав Зась отмечает, что закреплённые в Уставе принципы — суверенное равенство государств-членов, принятие решений на основе консенсуса и приоритет политических средств над военными — выдержали проверку временем.',
          'Генеральный секретарь поздравляет с юбилеем всех, кто работает в органах Организации и проходит службу в Коллективных силах ОДКБ.',
        ),
      },
    },
  },
  {
    slug: '2024-06-26-statement-international-day-against-drug-abuse',
    type: 'statement',
    section: SECTION,
    publishedAt: '2024-06-26T10:00:00+03:00',
    author: 'tasmagambetov-secretary-general',
    contact: PRESS_CONTACT,
    bodies: ['secretariat'],
    people: ['imangali-tasmagambetov'],
    translations: {
      en: {
        title: 'On the International Day against Drug Abuse and Illicit Trafficking',
        summary:
          "The CSTO Secretary General highlights the joint efforts of the member states against drug trafficking in the Organization's area of responsibility.",
        body: md(
          'On 26 June 2024 the world marks the International Day against Drug Abuse and Illicit Trafficking. For the CSTO member states, countering drug trafficking is an integral part of collective security: the proceeds of the drug trade feed terrorism and organized crime.',
          'CSTO Secretary General Imangali Tasmagambetov notes the contribution of the regional anti-drug operation “Channel”, conducted by the competent authorities of the member states under the aegis of the Organization, to closing drug smuggling routes.',
          "The Secretary General calls for a broader exchange of information between the member states' law enforcement agencies and for stronger prevention work among young people.",
        ),
      },
      ru: {
        title: 'В связи с Международным днём борьбы со злоупотреблением наркотическими средствами и их незаконным оборотом',
        summary:
          'Генеральный секретарь ОДКБ отмечает совместные усилия государств-членов по противодействию наркотрафику в зоне ответственности Организации.',
        body: md(
          '26 июня 2024 года мировое сообщество отмечает Международный день борьбы со злоупотреблением наркотическими средствами и их незаконным оборотом. Для государств — членов ОДКБ противодействие наркотрафику — неотъемлемая часть обеспечения коллективной безопасности: доходы от наркоторговли питают терроризм и организованную преступность.',
          'Генеральный секретарь ОДКБ Имангали Тасмагамбетов отмечает вклад региональной антинаркотической операции «Канал», проводимой компетентными органами государств-членов под эгидой Организации, в перекрытие маршрутов контрабанды наркотиков.',
          'Генеральный секретарь призывает к расширению обмена информацией между правоохранительными органами государств-членов и к усилению профилактической работы среди молодёжи.',
        ),
      },
    },
  },
  {
    slug: '2025-05-08-statement-80th-anniversary-of-victory',
    type: 'statement',
    section: SECTION,
    publishedAt: '2025-05-08T12:00:00+03:00',
    author: 'tasmagambetov-secretary-general',
    contact: PRESS_CONTACT,
    bodies: ['secretariat'],
    people: ['imangali-tasmagambetov'],
    translations: {
      en: {
        title: 'On the 80th anniversary of Victory in the Great Patriotic War',
        summary:
          'The CSTO Secretary General congratulates the veterans and the citizens of the member states on the 80th anniversary of Victory.',
        body: md(
          'On 9 May 2025 the CSTO member states celebrate the 80th anniversary of Victory in the Great Patriotic War. The Victory was won by the common effort of the peoples of the Soviet Union, and families in all our countries keep the memory of those who fought and worked for it.',
          'CSTO Secretary General Imangali Tasmagambetov bows his head before the memory of the fallen and expresses deep gratitude to the veterans of the war and of the home front.',
          'The Secretary General stresses that the unity of the peoples that made the Victory possible lives on today in the alliance of the CSTO member states, whose common task is to preserve peace and security.',
        ),
      },
      ru: {
        title: 'В связи с 80-летием Победы в Великой Отечественной войне',
        summary:
          'Генеральный секретарь ОДКБ поздравляет ветеранов и граждан государств — членов Организации с 80-летием Победы.',
        body: md(
          '9 мая 2025 года государства — члены ОДКБ отмечают 80-летие Победы в Великой Отечественной войне. Победа была завоёвана общими усилиями народов Советского Союза, и в семьях всех наших стран хранят память о тех, кто сражался и трудился ради неё.',
          'Генеральный секретарь ОДКБ Имангали Тасмагамбетов склоняет голову перед памятью павших и выражает глубокую признательность ветеранам войны и труженикам тыла.',
          'Генеральный секретарь подчёркивает, что единство народов, обеспечившее Победу, сегодня находит продолжение в союзнических отношениях государств — членов ОДКБ, общая задача которых — сохранение мира и безопасности.',
        ),
      },
    },
  },
];
