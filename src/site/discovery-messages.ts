/** Strings of the directory pages, meetings archive, feeds and sitemaps, per locale. */
import type { Locale } from '../platform/i18n/locales.ts';

export interface DiscoveryMessages {
  meetings: string;
  meetingsArchive: string;
  meetingsIntro: string;
  people: string;
  bodies: string;
  states: string;
  person: string;
  body: string;
  memberState: string;
  aliases: string;
  ranks: string;
  rankSince: (since: string) => string;
  appointments: string;
  officials: string;
  meetingsAttended: string;
  chaired: string;
  mentionedIn: string;
  news: string;
  noMeetings: string;
  noItems: string;
  chairmanship: string;
  chairmanshipOfOrganization: string;
  chairmanshipBody: (body: string) => string;
  organizationItself: string;
  parentBody: string;
  subordinateBodies: string;
  officialName: string;
  memberSince: string;
  term: (from: string, to: string) => string;
  since: (from: string) => string;
  until: (to: string) => string;
  present: string;
  notRecorded: string;
  currentUndated: string;
  filterBody: string;
  filterYear: string;
  filterFormat: string;
  any: string;
  applyFilters: string;
  filters: string;
  meetingOf: (bodyName: string, bodyGenitive: string | undefined) => string;
  meetingTitle: (bodyName: string, bodyGenitive: string | undefined, date: string) => string;
  coverage: string;
  related: string;
  linkedPeople: string;
  linkedBodies: string;
  linkedStates: string;
  meetingPage: string;
  subscribe: string;
  feedTitle: (subject: string) => string;
  feedAbout: (subject: string) => string;
  feedRss: string;
  feedAtom: string;
  feedJson: string;
  allNewsFeed: string;
  badFilter: (name: string, value: string) => string;
  bodyFilterUnknown: (value: string) => string;
  formatValues: string;
  resultCount: (n: number) => string;
}

const en: DiscoveryMessages = {
  meetings: 'Meetings',
  meetingsArchive: 'Meetings archive',
  meetingsIntro: 'Meetings of the statutory bodies: when, where, in which format and who took part.',
  people: 'People',
  bodies: 'Bodies',
  states: 'Member states',
  person: 'Person',
  body: 'Body',
  memberState: 'Member state',
  aliases: 'Also written as',
  ranks: 'Ranks',
  rankSince: (since) => `since ${since}`,
  appointments: 'Positions',
  officials: 'Officials',
  meetingsAttended: 'Meetings attended',
  chaired: 'chair',
  mentionedIn: 'In the news',
  news: 'News',
  noMeetings: 'No meetings are recorded.',
  noItems: 'No published items yet.',
  chairmanship: 'Chairmanship',
  chairmanshipOfOrganization: 'Chairmanship of the Organization',
  chairmanshipBody: (body) => `Chairmanship of the ${body}`,
  organizationItself: 'the Organization',
  parentBody: 'Part of',
  subordinateBodies: 'Bodies',
  officialName: 'Official name',
  memberSince: 'Member since',
  term: (from, to) => `${from} – ${to}`,
  since: (from) => `since ${from}`,
  until: (to) => `until ${to}`,
  present: 'present',
  notRecorded: 'dates not recorded',
  currentUndated: 'in office; dates not recorded',
  filterBody: 'Body',
  filterYear: 'Year',
  filterFormat: 'Format',
  any: 'Any',
  applyFilters: 'Show meetings',
  filters: 'Filter meetings',
  meetingOf: (body) => `Meeting of the ${body}`,
  meetingTitle: (body, _gen, date) => `Meeting of the ${body}, ${date}`,
  coverage: 'Coverage',
  related: 'Related pages',
  linkedPeople: 'People',
  linkedBodies: 'Bodies',
  linkedStates: 'Member states',
  meetingPage: 'Meeting record',
  subscribe: 'Subscribe',
  feedTitle: (subject) => `${subject} — CSTO Press Center`,
  feedAbout: (subject) => `Items of the CSTO Press Center about: ${subject}`,
  feedRss: 'RSS',
  feedAtom: 'Atom',
  feedJson: 'JSON Feed',
  allNewsFeed: 'All news',
  badFilter: (name, value) => `The ${name} "${value}" is not one this archive can filter by.`,
  bodyFilterUnknown: (value) => `There is no body "${value}" to filter by.`,
  formatValues: 'in_person, videoconference or hybrid',
  resultCount: (n) => `${n} meeting${n === 1 ? '' : 's'}`,
};

const ru: DiscoveryMessages = {
  meetings: 'Заседания',
  meetingsArchive: 'Архив заседаний',
  meetingsIntro: 'Заседания уставных органов: когда, где, в каком формате и кто участвовал.',
  people: 'Персоналии',
  bodies: 'Органы',
  states: 'Государства-члены',
  person: 'Персоналия',
  body: 'Орган',
  memberState: 'Государство-член',
  aliases: 'Другие написания',
  ranks: 'Звания',
  rankSince: (since) => `с ${since}`,
  appointments: 'Должности',
  officials: 'Должностные лица',
  meetingsAttended: 'Участие в заседаниях',
  chaired: 'председатель',
  mentionedIn: 'В новостях',
  news: 'Новости',
  noMeetings: 'Заседаний не записано.',
  noItems: 'Опубликованных материалов пока нет.',
  chairmanship: 'Председательство',
  chairmanshipOfOrganization: 'Председательство в Организации',
  chairmanshipBody: (body) => `Председательство: ${body}`,
  organizationItself: 'Организация',
  parentBody: 'Входит в',
  subordinateBodies: 'Органы',
  officialName: 'Официальное название',
  memberSince: 'Член с',
  term: (from, to) => `${from} — ${to}`,
  since: (from) => `с ${from}`,
  until: (to) => `по ${to}`,
  present: 'по настоящее время',
  notRecorded: 'даты не указаны',
  currentUndated: 'в должности; даты не указаны',
  filterBody: 'Орган',
  filterYear: 'Год',
  filterFormat: 'Формат',
  any: 'Все',
  applyFilters: 'Показать заседания',
  filters: 'Отбор заседаний',
  meetingOf: (body, gen) => `Заседание ${gen ?? body}`,
  meetingTitle: (body, gen, date) => `Заседание ${gen ?? body}, ${date}`,
  coverage: 'Материалы',
  related: 'Связанные страницы',
  linkedPeople: 'Персоналии',
  linkedBodies: 'Органы',
  linkedStates: 'Государства-члены',
  meetingPage: 'Запись о заседании',
  subscribe: 'Подписка',
  feedTitle: (subject) => `${subject} — Пресс-центр ОДКБ`,
  feedAbout: (subject) => `Материалы Пресс-центра ОДКБ по теме: ${subject}`,
  feedRss: 'RSS',
  feedAtom: 'Atom',
  feedJson: 'JSON Feed',
  allNewsFeed: 'Все новости',
  badFilter: (name, value) => `Значение «${value}» параметра «${name}» для отбора не подходит.`,
  bodyFilterUnknown: (value) => `Органа «${value}» для отбора нет.`,
  formatValues: 'in_person, videoconference или hybrid',
  resultCount: (n) => `Заседаний: ${n}`,
};

export const DISCOVERY_MESSAGES: Record<Locale, DiscoveryMessages> = { en, ru };

export function discoveryMessages(locale: Locale): DiscoveryMessages {
  return DISCOVERY_MESSAGES[locale];
}
