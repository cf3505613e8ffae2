/** Named reads of published newsroom content. Route handlers call these; they contain no SQL. */
import type { Kysely } from 'kysely';
import type { DB, DocumentType } from '../platform/db/schema.ts';
import type { Locale } from '../platform/i18n/locales.ts';

type Db = Kysely<DB>;

export interface SectionSummary {
  id: number;
  slug: string;
  name: string;
  description: string | null;
}

export async function listSections(db: Db, locale: Locale): Promise<SectionSummary[]> {
  return db.selectFrom('section')
    .innerJoin('section_translation as t', (j) => j.onRef('t.section_id', '=', 'section.id').on('t.locale', '=', locale))
    .select(['section.id', 'section.slug', 't.name', 't.description'])
    .orderBy('section.sort_order').orderBy('section.id')
    .execute();
}

export async function findSection(db: Db, locale: Locale, slug: string): Promise<SectionSummary | undefined> {
  return db.selectFrom('section')
    .innerJoin('section_translation as t', (j) => j.onRef('t.section_id', '=', 'section.id').on('t.locale', '=', locale))
    .select(['section.id', 'section.slug', 't.name', 't.description'])
    .where('section.slug', '=', slug)
    .executeTakeFirst();
}

export interface ItemSummary {
  slug: string;
  type: DocumentType;
  sectionSlug: string;
  sectionName: string;
  title: string;
  summary: string;
  publicTimestamp: string;
}

/** Published items that have a version in `locale`, newest first. */
export async function listPublishedItems(
  db: Db,
  options: { locale: Locale; sectionId?: number; limit: number; offset: number },
): Promise<{ items: ItemSummary[]; total: number }> {
  const { locale } = options;
  let base = db.selectFrom('edition')
    .innerJoin('document', 'document.id', 'edition.document_id')
    .innerJoin('edition_translation as et', (j) => j.onRef('et.edition_id', '=', 'edition.id').on('et.locale', '=', locale))
    .where('edition.state', '=', 'published');
  if (options.sectionId !== undefined) base = base.where('document.section_id', '=', options.sectionId);
  const [rows, count] = await Promise.all([
    base
      .innerJoin('section', 'section.id', 'document.section_id')
      .innerJoin('section_translation as st', (j) => j.onRef('st.section_id', '=', 'section.id').on('st.locale', '=', locale))
      .select([
        'document.slug', 'document.type', 'section.slug as sectionSlug', 'st.name as sectionName',
        'et.title', 'et.summary', 'edition.public_timestamp as publicTimestamp',
      ])
      .orderBy('edition.public_timestamp', 'desc').orderBy('document.id', 'desc')
      .limit(options.limit).offset(options.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({ ...r, publicTimestamp: r.publicTimestamp ?? '' })),
    total: Number(count.n),
  };
}

export interface PublishedItem {
  documentId: number;
  slug: string;
  type: DocumentType;
  section: SectionSummary;
  title: string;
  summary: string;
  body: string;
  changeNote: string | null;
  publicTimestamp: string;
  firstPublishedAt: string;
  meetingId: number | null;
  authorAppointmentId: number | null;
  contactId: number | null;
  /** Locales in which this item is published (for the language switch and hreflang). */
  locales: Locale[];
}

export async function findPublishedItem(db: Db, locale: Locale, slug: string): Promise<PublishedItem | undefined> {
  const row = await db.selectFrom('document')
    .innerJoin('edition', (j) => j.onRef('edition.document_id', '=', 'document.id').on('edition.state', '=', 'published'))
    .innerJoin('edition_translation as et', (j) => j.onRef('et.edition_id', '=', 'edition.id').on('et.locale', '=', locale))
    .select([
      'document.id as documentId', 'document.slug', 'document.type', 'document.section_id as sectionId',
      'document.meeting_id as meetingId', 'document.author_appointment_id as authorAppointmentId', 'document.contact_id as contactId',
      'document.first_published_at as firstPublishedAt', 'edition.id as editionId', 'edition.public_timestamp as publicTimestamp',
      'et.title', 'et.summary', 'et.body', 'et.change_note as changeNote',
    ])
    .where('document.slug', '=', slug)
    .executeTakeFirst();
  if (!row) return undefined;
  const [section, locales] = await Promise.all([
    db.selectFrom('section')
      .innerJoin('section_translation as t', (j) => j.onRef('t.section_id', '=', 'section.id').on('t.locale', '=', locale))
      .select(['section.id', 'section.slug', 't.name', 't.description'])
      .where('section.id', '=', row.sectionId)
      .executeTakeFirstOrThrow(),
    db.selectFrom('edition_translation').select('locale').where('edition_id', '=', row.editionId).orderBy('locale').execute(),
  ]);
  return {
    documentId: row.documentId, slug: row.slug, type: row.type, section,
    title: row.title, summary: row.summary, body: row.body, changeNote: row.changeNote,
    publicTimestamp: row.publicTimestamp ?? '', firstPublishedAt: row.firstPublishedAt ?? row.publicTimestamp ?? '',
    meetingId: row.meetingId, authorAppointmentId: row.authorAppointmentId, contactId: row.contactId,
    locales: locales.map((l) => l.locale as Locale),
  };
}

export interface PressContact {
  name: string;
  role: string;
  phones: string[];
  email: string | null;
}

/** The press service's main contact: the first one recorded. */
export async function findPrimaryContact(db: Db, locale: Locale): Promise<PressContact | undefined> {
  const first = await db.selectFrom('contact').select('id').orderBy('id').executeTakeFirst();
  return first ? findContact(db, locale, first.id) : undefined;
}

export async function findContact(db: Db, locale: Locale, contactId: number): Promise<PressContact | undefined> {
  const contact = await db.selectFrom('contact')
    .innerJoin('contact_translation as t', (j) => j.onRef('t.contact_id', '=', 'contact.id').on('t.locale', '=', locale))
    .select(['contact.id', 'contact.email', 't.name', 't.role'])
    .where('contact.id', '=', contactId)
    .executeTakeFirst();
  if (!contact) return undefined;
  const phones = await db.selectFrom('contact_phone').select('e164').where('contact_id', '=', contactId).orderBy('position').execute();
  return { name: contact.name, role: contact.role, email: contact.email, phones: phones.map((p) => p.e164) };
}

/** Where a legacy (or moved) address leads now, if it was recorded. The query string is ignored. */
export async function findRedirect(db: Db, url: string): Promise<{ to: string; status: number } | undefined> {
  const path = url.split('?')[0] ?? url;
  const row = await db.selectFrom('redirect').select(['to_path', 'status_code']).where('from_path', '=', path).executeTakeFirst();
  return row ? { to: row.to_path, status: row.status_code } : undefined;
}
