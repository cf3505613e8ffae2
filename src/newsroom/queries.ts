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
  return row ? itemFromRow(db, locale, row) : undefined;
}

/** The columns an item read selects (published or withdrawn edition, one locale). */
export interface ItemRow {
  documentId: number;
  slug: string;
  type: DocumentType;
  sectionId: number;
  meetingId: number | null;
  authorAppointmentId: number | null;
  contactId: number | null;
  firstPublishedAt: string | null;
  editionId: number;
  publicTimestamp: string | null;
  title: string;
  summary: string;
  body: string;
  changeNote: string | null;
}

/** Completes an item read with its section and the locales its edition has. */
export async function itemFromRow(db: Db, locale: Locale, row: ItemRow): Promise<PublishedItem> {
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

/**
 * Where a legacy (or moved) address leads now, if it was recorded: the address with its query
 * string first (old sites told items apart by `?id=`), then without it.
 */
export async function findRedirect(db: Db, url: string): Promise<{ to: string; status: number } | undefined> {
  const path = url.split('?')[0] ?? url;
  const candidates = path === url ? [url] : [url, path];
  const rows = await db.selectFrom('redirect').select(['from_path', 'to_path', 'status_code']).where('from_path', 'in', candidates).execute();
  const row = candidates.map((c) => rows.find((r) => r.from_path === c)).find((r) => r !== undefined);
  return row ? { to: row.to_path, status: row.status_code } : undefined;
}

/** The published item's slug, section and title per locale (for notifications such as webhooks). */
export async function publishedItemHeadlines(db: Db, documentId: number): Promise<{ slug: string; sectionSlug: string; titles: { locale: Locale; title: string }[] } | undefined> {
  const rows = await db.selectFrom('document')
    .innerJoin('section', 'section.id', 'document.section_id')
    .innerJoin('edition', (j) => j.onRef('edition.document_id', '=', 'document.id').on('edition.state', '=', 'published'))
    .innerJoin('edition_translation as et', 'et.edition_id', 'edition.id')
    .select(['document.slug', 'section.slug as sectionSlug', 'et.locale', 'et.title'])
    .where('document.id', '=', documentId)
    .orderBy('et.locale')
    .execute();
  const first = rows[0];
  if (!first) return undefined;
  return { slug: first.slug, sectionSlug: first.sectionSlug, titles: rows.map((r) => ({ locale: r.locale as Locale, title: r.title })) };
}

export interface ItemPageRow {
  documentId: number;
  slug: string;
  type: DocumentType;
  sectionSlug: string;
  sectionName: string;
  title: string;
  summary: string;
  publicTimestamp: string;
  firstPublishedAt: string;
}

export interface ItemPageFilter {
  sectionSlug?: string;
  bodySlug?: string;
  stateCode?: string;
  personSlug?: string;
  /** Calendar year (UTC) of the public timestamp. */
  year?: number;
  type?: DocumentType;
}

/**
 * Published items in `locale`, newest first, one page by keyset: `after` is the (public timestamp,
 * document id) of the last item of the previous page. Unknown filter values give an empty page.
 * With `now`, items whose public timestamp is later are left out.
 */
export async function listItemsPage(
  db: Db,
  options: { locale: Locale; filter: ItemPageFilter; after?: { publicTimestamp: string; documentId: number }; limit: number; now?: string },
): Promise<ItemPageRow[]> {
  const { locale, filter } = options;
  let q = db.selectFrom('edition')
    .innerJoin('document', 'document.id', 'edition.document_id')
    .innerJoin('edition_translation as et', (j) => j.onRef('et.edition_id', '=', 'edition.id').on('et.locale', '=', locale))
    .innerJoin('section', 'section.id', 'document.section_id')
    .innerJoin('section_translation as st', (j) => j.onRef('st.section_id', '=', 'section.id').on('st.locale', '=', locale))
    .where('edition.state', '=', 'published')
    .where('edition.public_timestamp', 'is not', null);
  // Items whose public time is still ahead (embargoed) are left out.
  if (options.now !== undefined) q = q.where('edition.public_timestamp', '<=', options.now);
  if (filter.sectionSlug !== undefined) q = q.where('section.slug', '=', filter.sectionSlug);
  if (filter.type !== undefined) q = q.where('document.type', '=', filter.type);
  if (filter.year !== undefined) {
    q = q.where('edition.public_timestamp', '>=', `${String(filter.year).padStart(4, '0')}-01-01T00:00:00.000Z`)
      .where('edition.public_timestamp', '<', `${String(filter.year + 1).padStart(4, '0')}-01-01T00:00:00.000Z`);
  }
  if (filter.bodySlug !== undefined) {
    const slug = filter.bodySlug;
    q = q.where((eb) => eb.exists(eb.selectFrom('document_body').innerJoin('body', 'body.id', 'document_body.body_id')
      .select('document_body.body_id').whereRef('document_body.document_id', '=', 'document.id').where('body.slug', '=', slug)));
  }
  if (filter.stateCode !== undefined) {
    const code = filter.stateCode;
    q = q.where((eb) => eb.exists(eb.selectFrom('document_state').select('document_state.state_code')
      .whereRef('document_state.document_id', '=', 'document.id').where('document_state.state_code', '=', code)));
  }
  if (filter.personSlug !== undefined) {
    const slug = filter.personSlug;
    q = q.where((eb) => eb.exists(eb.selectFrom('document_person').innerJoin('person', 'person.id', 'document_person.person_id')
      .select('document_person.person_id').whereRef('document_person.document_id', '=', 'document.id').where('person.slug', '=', slug)));
  }
  if (options.after) {
    const { publicTimestamp, documentId } = options.after;
    q = q.where((eb) => eb.or([
      eb('edition.public_timestamp', '<', publicTimestamp),
      eb.and([eb('edition.public_timestamp', '=', publicTimestamp), eb('document.id', '<', documentId)]),
    ]));
  }
  const rows = await q
    .select([
      'document.id as documentId', 'document.slug', 'document.type', 'section.slug as sectionSlug', 'st.name as sectionName',
      'et.title', 'et.summary', 'edition.public_timestamp as publicTimestamp', 'document.first_published_at as firstPublishedAt',
    ])
    .orderBy('edition.public_timestamp', 'desc').orderBy('document.id', 'desc')
    .limit(options.limit)
    .execute();
  return rows.map((r) => ({ ...r, publicTimestamp: r.publicTimestamp ?? '', firstPublishedAt: r.firstPublishedAt ?? r.publicTimestamp ?? '' }));
}

/** Locales in which each of these documents' published edition exists. */
export async function publishedLocales(db: Db, documentIds: readonly number[]): Promise<Map<number, Locale[]>> {
  const result = new Map<number, Locale[]>();
  if (documentIds.length === 0) return result;
  const rows = await db.selectFrom('edition')
    .innerJoin('edition_translation as et', 'et.edition_id', 'edition.id')
    .select(['edition.document_id', 'et.locale'])
    .where('edition.state', '=', 'published').where('edition.document_id', 'in', documentIds)
    .orderBy('et.locale').execute();
  for (const r of rows) result.set(r.document_id, [...(result.get(r.document_id) ?? []), r.locale as Locale]);
  return result;
}
