/**
 * The demo archive: a small, factual press archive of the Collective Security Treaty
 * Organization (2020–2026) in English and Russian, loaded by `seed-demo`.
 *
 * The directory (bodies, states, people, roles, appointments) follows the public record; where the
 * record gives only a month or a year, the date is the first day of that period and its precision
 * says so. The texts are written for this project; none is copied from the legacy site.
 */

import type { ContactData, DemoArchive, DocumentData, SectionData } from './types.ts';
import {
  ORGANIZATION,
  demoAppointments,
  demoBodies,
  demoChairmanships,
  demoPeople,
  demoRanks,
  demoRoles,
  demoStates,
} from './archive-directory.ts';
import { demoMeetings } from './archive-meetings.ts';
import { demoNewsDocuments } from './archive-documents-news.ts';
import { demoStatementDocuments } from './archive-documents-statements.ts';
import { demoMediaDocuments } from './archive-documents-media.ts';
import { PRESS_CONTACT } from './archive-text.ts';

export const demoSections: SectionData[] = [
  {
    slug: 'organization-news',
    names: {
      en: {
        name: 'Organization news',
        description: 'News of the Organization and its statutory bodies, meeting reports and announcements.',
      },
      ru: {
        name: 'Новости организации',
        description: 'Новости Организации и её уставных органов, сообщения о заседаниях и анонсы.',
      },
    },
  },
  {
    slug: 'statements',
    names: {
      en: { name: 'Statements', description: 'Statements of the Secretary General and of the statutory bodies.' },
      ru: { name: 'Заявления', description: 'Заявления Генерального секретаря и уставных органов ОДКБ.' },
    },
  },
  {
    slug: 'media-about-us',
    names: {
      en: { name: 'Media about us', description: 'Interviews and press coverage of the Organization.' },
      ru: { name: 'СМИ о нас', description: 'Интервью и публикации средств массовой информации об Организации.' },
    },
  },
];

export const demoContacts: ContactData[] = [
  {
    key: PRESS_CONTACT,
    appointment: 'zaynetdinov-press-secretary',
    names: {
      en: { name: 'Vladimir Zaynetdinov', role: 'CSTO Press Secretary' },
      ru: { name: 'Владимир Зайнетдинов', role: 'Пресс-секретарь ОДКБ' },
    },
    phones: ['+74957952710', '+74956213323'],
  },
];

/** All documents, oldest first. */
export const demoDocuments: DocumentData[] = [
  ...demoNewsDocuments,
  ...demoStatementDocuments,
  ...demoMediaDocuments,
].sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt));

export const demoArchive: DemoArchive = {
  organization: ORGANIZATION,
  bodies: demoBodies,
  states: demoStates,
  chairmanships: demoChairmanships,
  ranks: demoRanks,
  people: demoPeople,
  roles: demoRoles,
  appointments: demoAppointments,
  meetings: demoMeetings,
  sections: demoSections,
  contacts: demoContacts,
  documents: demoDocuments,
};
