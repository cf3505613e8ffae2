/** Strings of the office's directory and meeting editors, in English and Russian. */
import type { Locale } from '../platform/i18n/locales.ts';
import { ruPlural } from '../platform/i18n/format.ts';
import { inUseSentence, type DirectoryEntity, type InUse, type RecordRef } from '../directory/domain.ts';

const en = {
  directory: 'Directory',
  meetings: 'Meetings',
  readOnly: 'You may read the directory; only administrators change it.',
  kinds: {
    people: 'People', ranks: 'Ranks', roles: 'Roles', appointments: 'Appointments', states: 'Member states', bodies: 'Bodies',
    chairmanships: 'Chairmanships', contacts: 'Press contacts', sections: 'Sections',
  },
  add: 'Add',
  edit: 'Edit',
  save: 'Save',
  delete: 'Delete',
  saved: 'Saved.',
  deleted: 'Deleted.',
  none: '— none —',
  organization: '— the Organization —',
  required: 'This field is required.',
  notDate: 'Not a date in the form YYYY-MM-DD.',
  notTime: 'Not a time in the form HH:MM.',
  notNumber: 'Not a whole number.',
  notSlug: 'Use only lowercase Latin letters, digits and single hyphens.',
  notCode: 'Two capital Latin letters, e.g. AM.',
  taken: 'Already used by another record.',
  endsBeforeStart: 'The end is before the start.',
  timeZoneInvalid: 'Not a time zone such as Europe/Moscow.',
  locale: (l: string) => `(${l})`,
  slug: 'Address (slug)',
  gender: 'Gender',
  genders: { male: 'male', female: 'female' },
  given: 'Given name',
  patronymic: 'Patronymic',
  family: 'Family name',
  aliases: 'Other spellings (one per line, e.g. Papikian)',
  ranksHeld: 'Ranks held',
  rank: 'Rank',
  addRank: 'Add rank',
  remove: 'Remove',
  kind: 'Kind',
  name: 'Name',
  shortName: 'Short name',
  abbreviation: 'Abbreviation',
  plural: 'Plural group label (lowercase, e.g. defence ministers)',
  function: 'Function (shared across states, e.g. defence_minister)',
  state: 'Member state',
  body: 'Body',
  parent: 'Parent body',
  sortOrder: 'Order',
  singleHolder: 'One holder at a time',
  caseForm: (c: string) => `Russian ${c} form`,
  cases: { gen: 'genitive', dat: 'dative', acc: 'accusative', ins: 'instrumental', prep: 'prepositional' } as Record<string, string>,
  person: 'Person',
  role: 'Role',
  startedOn: 'Start (YYYY-MM-DD)',
  endDate: 'End (YYYY-MM-DD)',
  note: 'Note',
  endPrevious: "End the previous holder's term on the new start date",
  holderClash: (holder: string, from: string, to: string) =>
    `This role has one holder at a time, and ${holder} holds it ${from} – ${to}. Change the dates, or tick “End the previous holder's term on the new start date”.`,
  holderClashNotEndable: (holder: string, from: string, to: string) =>
    `This role has one holder at a time, and ${holder} holds it ${from} – ${to}; that term does not start before the new one, so it cannot be ended on the new start date.`,
  open: 'now',
  unknownStart: 'an unrecorded date',
  code: 'ISO code',
  protocolOrder: 'Protocol order',
  officialName: 'Official name',
  memberships: 'Membership periods (one per line: 2002-10-07 or 2002-10-07..2012-12-20)',
  membershipsInvalid: 'Write each period as YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD.',
  chairOverlap: 'This period overlaps another chairmanship of the same body.',
  email: 'E-mail',
  contactRole: 'Position',
  phones: 'Phones (one per line, with the country code, e.g. +7 495 795-27-10)',
  phoneInvalid: (p: string) => `“${p}” is not a valid international phone number; write it with its country code, e.g. +7 495 795-27-10.`,
  description: 'Description',
  // meetings
  newMeeting: 'New meeting',
  meeting: 'Meeting',
  noMeetings: 'No meetings recorded.',
  date: 'Date (YYYY-MM-DD)',
  time: 'Time (HH:MM, optional)',
  timeZone: 'Time zone',
  timeZoneHint: 'IANA name of the place where the meeting was held, e.g. Europe/Moscow, Asia/Almaty.',
  format: 'Format',
  formats: { in_person: 'in person', videoconference: 'videoconference', hybrid: 'hybrid' } as Record<string, string>,
  location: 'Location (city)',
  locationPrep: 'Russian prepositional form, without «в» (e.g. Минске)',
  chair: 'Chair',
  participants: 'Participants (protocol order)',
  noParticipants: 'No participants yet.',
  onDate: (d: string) => `Appointments valid on ${d}`,
  search: 'Find a participant (any spelling: Latin, Cyrillic, aliases)',
  searchButton: 'Search',
  results: 'Matches',
  noResults: 'No appointment valid on the meeting date matches.',
  addParticipant: 'Add',
  up: 'Up',
  down: 'Down',
  setDateFirst: 'Enter a valid date to choose the chair and participants.',
  agenda: 'Agenda items (one per line)',
  outcomes: 'Outcomes: documents adopted (one per line)',
  itemCounts: 'Give the same number of lines in every language.',
  newsItem: 'Linked news item (address/slug)',
  noSuchItem: 'No item has this address.',
  report: 'Report paragraph (generated from the record as it stands in this form)',
  reportMissing: (what: string) => `The text cannot be written yet: ${what}`,
  reportNoOrganization: 'The Organization (a body of kind “organization” with an abbreviation) is not recorded.',
  update: 'Update the preview',
  saveMeeting: 'Save the meeting',
  deleteMeeting: 'Delete the meeting',
  deleteMeetingConfirm: 'Yes, delete this meeting for good',
  deleteMeetingHint: 'Items linked to the meeting stay published; they lose the link to its record.',
  deleteMeetingNotConfirmed: 'Tick “Yes, delete this meeting for good” to delete it.',
  notHeldOnDate: 'This appointment was not held on the meeting date.',
  locationNeeded: 'A meeting in person or in a hybrid format needs a location in every language.',
  refused: 'Not saved:',
  changedMeanwhile: 'Not saved: someone else changed this record after you opened it. Your changes are still in the form; open the record in another tab to see theirs, then save again to replace them with yours.',
  fieldErrors: 'Please correct the marked fields.',
  // dates known to the year, the month or the day (appointments, ranks)
  termStart: 'Started on',
  termEnd: 'Ended on',
  rankSince: 'Since',
  partialDateHint: 'A year (2020), a month (2020-11) or a day (2020-11-20): write only what is known.',
  termEndHint: 'A year (2020), a month (2020-11) or a day (2020-11-20); leave empty while in office. An end known to the month or year counts until its last day.',
  notPartialDate: (field: string) => `${field}: write a year (2020), a month (2020-11) or a day (2020-11-20).`,
  // deletion
  deleteHeading: 'Delete this record',
  deleteHint: 'A record that anything still refers to (items, meetings, appointments, other records, redirects) is not deleted: you are told what refers to it.',
  deleteConfirm: 'Yes, delete this record for good',
  deleteNotConfirmed: 'Tick “Yes, delete this record for good” to delete it.',
  notDeleted: 'Not deleted:',
  inUse: (subject: RecordRef, uses: readonly InUse[]) => `${inUseSentence(subject, uses)}.`,
};

export type DirectoryMessages = typeof en;

// Russian sentences of a refused deletion: present-tense verbs, which do not agree in gender.
const RU_SUBJECT: Record<DirectoryEntity, string> = {
  person: 'персона', role: 'должность', body: 'орган', member_state: 'государство-член', section: 'раздел', contact: 'контакт для прессы', rank: 'звание', appointment: 'назначение',
};


function ruList(ids: string[], total: number): string {
  const more = total - ids.length;
  if (more > 0) return `${ids.join(', ')} и ещё ${more}`;
  return ids.length > 1 ? `${ids.slice(0, -1).join(', ')} и ${ids[ids.length - 1]}` : ids.join('');
}

function ruPhrase(use: InUse): string {
  const many = use.total > 1;
  const list = ruList(use.ids, use.total);
  const things = (one: string, several: string) => `${many ? several : one} ${list}`;
  switch (use.relation) {
    case 'holds_appointment': return `занимает должность по ${things('назначению', 'назначениям')}`;
    case 'appointment_to_role': return `занята по ${things('назначению', 'назначениям')}`;
    case 'meeting_participant': return `упоминается среди участников ${things('заседания', 'заседаний')}`;
    case 'meeting_body': return `упоминается как проводивший ${things('заседание', 'заседания')}`;
    case 'meeting_chair': return `указано как председательствующий на ${things('заседании', 'заседаниях')}`;
    case 'item_link': return `упоминается в ${things('материале', 'материалах')}`;
    case 'item_author': return `указано автором ${things('материала', 'материалов')}`;
    case 'item_text_link': return `упоминается ссылкой в тексте ${things('материала', 'материалов')}`;
    case 'search_entry': return `упоминается в поисковом индексе ${things('материала', 'материалов')} (перестройте индекс: communique reindex)`;
    case 'redirect': return `является целью ${many ? 'перенаправлений' : 'перенаправления'} с ${list}`;
    case 'child_body': return `является вышестоящим для ${things('органа', 'органов')}`;
    case 'role': return `упоминается в ${things('должности', 'должностях')}`;
    case 'section_body': return `упоминается в ${things('разделе', 'разделах')}`;
    case 'chairmanship': return `упоминается в ${things('записи о председательстве', 'записях о председательстве')}`;
    case 'section_item': return `содержит ${use.total} ${ruPlural(use.total, 'материал', 'материала', 'материалов')} (${list})`;
    case 'contact_item': return `указан в ${things('материале', 'материалах')}`;
    case 'contact_appointment': return `упоминается в ${things('контакте для прессы', 'контактах для прессы')}`;
    case 'rank_holder': return `присвоено ${things('персоне', 'персонам')}`;
  }
}

function ruInUse(subject: RecordRef, uses: readonly InUse[]): string {
  const parts = uses.map(ruPhrase);
  const joined = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} и ${parts[parts.length - 1]}` : parts.join('');
  const one = uses.length === 1 && uses[0]!.total === 1;
  const advice = subject.entity === 'appointment' ? 'завершите срок назначения вместо удаления' : `сначала удалите или измените ${one ? 'эту запись' : 'эти записи'}`;
  return `${RU_SUBJECT[subject.entity]} ${subject.label} ${joined}; ${advice}.`;
}

const ru: DirectoryMessages = {
  directory: 'Справочник',
  meetings: 'Заседания',
  readOnly: 'Вы можете просматривать справочник; изменяют его только администраторы.',
  kinds: {
    people: 'Персоны', ranks: 'Звания', roles: 'Должности', appointments: 'Назначения', states: 'Государства-члены', bodies: 'Органы',
    chairmanships: 'Председательство', contacts: 'Контакты для прессы', sections: 'Разделы',
  },
  add: 'Добавить',
  edit: 'Изменить',
  save: 'Сохранить',
  delete: 'Удалить',
  saved: 'Сохранено.',
  deleted: 'Удалено.',
  none: '— нет —',
  organization: '— Организация —',
  required: 'Это поле обязательно.',
  notDate: 'Дата должна быть в виде ГГГГ-ММ-ДД.',
  notTime: 'Время должно быть в виде ЧЧ:ММ.',
  notNumber: 'Нужно целое число.',
  notSlug: 'Только строчные латинские буквы, цифры и одиночные дефисы.',
  notCode: 'Две заглавные латинские буквы, например AM.',
  taken: 'Уже используется другой записью.',
  endsBeforeStart: 'Окончание раньше начала.',
  timeZoneInvalid: 'Это не часовой пояс вида Europe/Moscow.',
  locale: (l: string) => `(${l})`,
  slug: 'Адрес (slug)',
  gender: 'Пол',
  genders: { male: 'мужской', female: 'женский' },
  given: 'Имя',
  patronymic: 'Отчество',
  family: 'Фамилия',
  aliases: 'Другие написания (по одному в строке, например Papikian)',
  ranksHeld: 'Звания',
  rank: 'Звание',
  addRank: 'Добавить звание',
  remove: 'Убрать',
  kind: 'Вид',
  name: 'Название',
  shortName: 'Краткое название',
  abbreviation: 'Аббревиатура',
  plural: 'Название группы во множественном числе (строчными, например министры обороны)',
  function: 'Функция (общая для государств, например defence_minister)',
  state: 'Государство-член',
  body: 'Орган',
  parent: 'Вышестоящий орган',
  sortOrder: 'Порядок',
  singleHolder: 'Одновременно только один человек',
  caseForm: (c: string) => `Форма: ${c} падеж`,
  cases: { gen: 'родительный', dat: 'дательный', acc: 'винительный', ins: 'творительный', prep: 'предложный' },
  person: 'Персона',
  role: 'Должность',
  startedOn: 'Начало (ГГГГ-ММ-ДД)',
  endDate: 'Окончание (ГГГГ-ММ-ДД)',
  note: 'Примечание',
  endPrevious: 'Завершить срок предыдущего в должности датой нового назначения',
  holderClash: (holder: string, from: string, to: string) =>
    `Эту должность одновременно занимает только один человек, а ${holder} занимает её ${from} – ${to}. Измените даты или отметьте «Завершить срок предыдущего в должности датой нового назначения».`,
  holderClashNotEndable: (holder: string, from: string, to: string) =>
    `Эту должность одновременно занимает только один человек, а ${holder} занимает её ${from} – ${to}; этот срок начинается не раньше нового, поэтому его нельзя завершить датой нового назначения.`,
  open: 'по настоящее время',
  unknownStart: 'неизвестной даты',
  code: 'Код ISO',
  protocolOrder: 'Протокольный порядок',
  officialName: 'Официальное название',
  memberships: 'Периоды членства (по одному в строке: 2002-10-07 или 2002-10-07..2012-12-20)',
  membershipsInvalid: 'Запишите каждый период как ГГГГ-ММ-ДД или ГГГГ-ММ-ДД..ГГГГ-ММ-ДД.',
  chairOverlap: 'Этот период пересекается с другим председательством в том же органе.',
  email: 'Эл. почта',
  contactRole: 'Должность',
  phones: 'Телефоны (по одному в строке, с кодом страны, например +7 495 795-27-10)',
  phoneInvalid: (p: string) => `«${p}» — не международный номер телефона; укажите его с кодом страны, например +7 495 795-27-10.`,
  description: 'Описание',
  newMeeting: 'Новое заседание',
  meeting: 'Заседание',
  noMeetings: 'Заседаний нет.',
  date: 'Дата (ГГГГ-ММ-ДД)',
  time: 'Время (ЧЧ:ММ, необязательно)',
  timeZone: 'Часовой пояс',
  timeZoneHint: 'Название IANA для места проведения, например Europe/Moscow, Asia/Almaty.',
  format: 'Формат',
  formats: { in_person: 'очно', videoconference: 'видеоконференция', hybrid: 'смешанный' },
  location: 'Место (город)',
  locationPrep: 'Предложный падеж, без «в» (например Минске)',
  chair: 'Председательствующий',
  participants: 'Участники (в протокольном порядке)',
  noParticipants: 'Участников пока нет.',
  onDate: (d: string) => `Назначения, действующие на ${d}`,
  search: 'Найти участника (любое написание: латиница, кириллица, варианты)',
  searchButton: 'Найти',
  results: 'Найдено',
  noResults: 'Нет назначений на дату заседания, подходящих под запрос.',
  addParticipant: 'Добавить',
  up: 'Выше',
  down: 'Ниже',
  setDateFirst: 'Укажите правильную дату, чтобы выбрать председательствующего и участников.',
  agenda: 'Вопросы повестки (по одному в строке)',
  outcomes: 'Итоги: принятые документы (по одному в строке)',
  itemCounts: 'Во всех языках должно быть одинаковое число строк.',
  newsItem: 'Связанная новость (адрес/slug)',
  noSuchItem: 'Материала с таким адресом нет.',
  report: 'Абзац отчёта (формируется из записи в том виде, в каком она сейчас в форме)',
  reportMissing: (what: string) => `Текст пока нельзя составить: ${what}`,
  reportNoOrganization: 'Не записана сама Организация (орган вида «organization» с аббревиатурой).',
  update: 'Обновить предпросмотр',
  saveMeeting: 'Сохранить заседание',
  deleteMeeting: 'Удалить заседание',
  deleteMeetingConfirm: 'Да, удалить это заседание безвозвратно',
  deleteMeetingHint: 'Связанные с заседанием материалы остаются опубликованными, но теряют ссылку на его запись.',
  deleteMeetingNotConfirmed: 'Отметьте «Да, удалить это заседание безвозвратно», чтобы удалить его.',
  notHeldOnDate: 'Это назначение не действовало на дату заседания.',
  locationNeeded: 'Для очного или смешанного заседания нужно место на всех языках.',
  refused: 'Не сохранено:',
  changedMeanwhile: 'Не сохранено: после того как вы открыли эту запись, её изменил кто-то другой. Ваши правки остались в форме; откройте запись в другой вкладке, чтобы увидеть чужие изменения, и сохраните ещё раз, чтобы заменить их своими.',
  fieldErrors: 'Исправьте отмеченные поля.',
  termStart: 'Начало',
  termEnd: 'Окончание',
  rankSince: 'Присвоено',
  partialDateHint: 'Год (2020), месяц (2020-11) или день (2020-11-20): укажите только то, что известно.',
  termEndHint: 'Год (2020), месяц (2020-11) или день (2020-11-20); пусто — в должности. Окончание, известное с точностью до месяца или года, действует до последнего дня этого периода.',
  notPartialDate: (field: string) => `${field}: укажите год (2020), месяц (2020-11) или день (2020-11-20).`,
  deleteHeading: 'Удалить запись',
  deleteHint: 'Запись, на которую ещё что-либо ссылается (материалы, заседания, назначения, другие записи, перенаправления), не удаляется: будет указано, что на неё ссылается.',
  deleteConfirm: 'Да, удалить эту запись безвозвратно',
  deleteNotConfirmed: 'Отметьте «Да, удалить эту запись безвозвратно», чтобы удалить её.',
  notDeleted: 'Не удалено:',
  inUse: ruInUse,
};

export function directoryMessages(locale: Locale): DirectoryMessages {
  return locale === 'ru' ? ru : en;
}
