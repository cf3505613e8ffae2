/** Reads for the back office: editions in every state, with their workflow records. */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, EditionState, DocumentType } from '../platform/db/schema.ts';
import type { Locale } from '../platform/i18n/locales.ts';
import { itemFromRow, type PublishedItem } from '../newsroom/queries.ts';

type Db = Kysely<DB>;

export interface OfficeEditionRow {
  editionId: number;
  documentId: number;
  number: number;
  slug: string;
  state: EditionState;
  title: string;
  locales: string[];
  updatedAt: string;
  createdBy: number | null;
  /** Taken off the site by unpublishing (410 or a redirect), not merely withdrawn; null otherwise. */
  unpublished: UnpublishedKind | null;
}

export type UnpublishedKind = 'gone' | 'replaced';

/** The newest edition of every document, most recently changed first. */
export async function listOfficeEditions(db: Db, locale: Locale, options: { limit?: number; createdBy?: number } = {}): Promise<OfficeEditionRow[]> {
  let q = db.selectFrom('edition')
    .innerJoin('document', 'document.id', 'edition.document_id')
    .leftJoin('edition_workflow as w', 'w.edition_id', 'edition.id')
    // An unpublication row lives only while the item is off the site (publishing again removes it).
    .leftJoin('unpublication as u', 'u.document_id', 'document.id')
    .select(['edition.id as editionId', 'document.id as documentId', 'edition.number', 'document.slug', 'edition.state', 'edition.updated_at as updatedAt', 'w.created_by as createdBy', 'u.kind as unpublished'])
    .where(({ not, exists, selectFrom }) => not(exists(
      selectFrom('edition as newer').select('newer.id').whereRef('newer.document_id', '=', 'edition.document_id').whereRef('newer.number', '>', 'edition.number'),
    )))
    .orderBy('edition.updated_at', 'desc').orderBy('edition.id', 'desc')
    .limit(options.limit ?? 100);
  if (options.createdBy !== undefined) q = q.where('w.created_by', '=', options.createdBy);
  const rows = await q.execute();
  if (rows.length === 0) return [];
  const translations = await db.selectFrom('edition_translation').select(['edition_id', 'locale', 'title'])
    .where('edition_id', 'in', rows.map((r) => r.editionId)).orderBy('locale').execute();
  return rows.map((r) => {
    const ts = translations.filter((t) => t.edition_id === r.editionId);
    return { ...r, unpublished: r.state === 'withdrawn' ? (r.unpublished ?? null) : null, title: (ts.find((t) => t.locale === locale) ?? ts[0])?.title ?? r.slug, locales: ts.map((t) => t.locale) };
  });
}

export interface OfficeEdition {
  id: number;
  documentId: number;
  number: number;
  slug: string;
  type: DocumentType;
  sectionSlug: string;
  state: EditionState;
  unpublished: UnpublishedKind | null;
  majorChange: boolean;
  updatedAt: string;
  firstPublishedAt: string | null;
  createdBy: number | null;
  submittedBy: number | null;
  scheduledFor: string | null;
  rejectionNote: string | null;
  translations: { locale: string; title: string; summary: string; body: string; changeNote: string | null }[];
  /** The document's published edition, when another one. */
  publishedEditionId: number | null;
  /** A newer edition of the same document, when there is one. */
  newerEditionId: number | null;
  /** Locales marked ready for publication; null when readiness is not tracked for this edition. */
  readyLocales: string[] | null;
}

export async function findOfficeEdition(db: Db, editionId: number): Promise<OfficeEdition | undefined> {
  const row = await db.selectFrom('edition')
    .innerJoin('document', 'document.id', 'edition.document_id')
    .innerJoin('section', 'section.id', 'document.section_id')
    .leftJoin('edition_workflow as w', 'w.edition_id', 'edition.id')
    .leftJoin('unpublication as u', 'u.document_id', 'document.id')
    .select([
      'u.kind as unpublished',
      'edition.id', 'edition.document_id as documentId', 'edition.number', 'document.slug', 'document.type', 'section.slug as sectionSlug',
      'edition.state', 'edition.major_change', 'edition.updated_at as updatedAt', 'document.first_published_at as firstPublishedAt',
      'w.created_by as createdBy', 'w.submitted_by as submittedBy', 'w.scheduled_for as scheduledFor', 'w.rejection_note as rejectionNote',
    ])
    .where('edition.id', '=', editionId).executeTakeFirst();
  if (!row) return undefined;
  const [translations, published, newer, ready] = await Promise.all([
    db.selectFrom('edition_translation').selectAll().where('edition_id', '=', editionId).orderBy('locale').execute(),
    db.selectFrom('edition').select('id').where('document_id', '=', row.documentId).where('state', '=', 'published').where('id', '!=', editionId).executeTakeFirst(),
    db.selectFrom('edition').select('id').where('document_id', '=', row.documentId).where('number', '>', row.number).orderBy('number', 'desc').executeTakeFirst(),
    db.selectFrom('translation_ready').select('locale').where('edition_id', '=', editionId).orderBy('locale').execute(),
  ]);
  return {
    id: row.id, documentId: row.documentId, number: row.number, slug: row.slug, type: row.type, sectionSlug: row.sectionSlug,
    state: row.state, unpublished: row.state === 'withdrawn' ? (row.unpublished ?? null) : null, majorChange: row.major_change === 1, updatedAt: row.updatedAt, firstPublishedAt: row.firstPublishedAt,
    createdBy: row.createdBy ?? null, submittedBy: row.submittedBy ?? null, scheduledFor: row.scheduledFor ?? null, rejectionNote: row.rejectionNote ?? null,
    translations: translations.map((t) => ({ locale: t.locale, title: t.title, summary: t.summary, body: t.body, changeNote: t.change_note })),
    publishedEditionId: published?.id ?? null, newerEditionId: newer?.id ?? null,
    // Readiness is tracked for editions written in the office (an author on record) or once any version was marked.
    readyLocales: (row.createdBy ?? null) !== null || ready.length > 0 ? ready.map((r) => r.locale) : null,
  };
}

export interface ForcePublicationRow {
  id: number;
  editionId: number;
  accountId: number;
  accountEmail: string;
  reason: string;
  at: string;
  reviewedAt: string | null;
  slug: string;
}

export async function listForcePublications(db: Db): Promise<ForcePublicationRow[]> {
  return db.selectFrom('force_publication as f')
    .innerJoin('account', 'account.id', 'f.account_id')
    .innerJoin('edition', 'edition.id', 'f.edition_id')
    .innerJoin('document', 'document.id', 'edition.document_id')
    .select(['f.id', 'f.edition_id as editionId', 'f.account_id as accountId', 'account.email as accountEmail', 'f.reason', 'f.at', 'f.reviewed_at as reviewedAt', 'document.slug'])
    .orderBy('f.at', 'desc').limit(200).execute();
}

/** Every edition of a document, oldest first. */
export async function listDocumentEditions(db: Db, documentId: number): Promise<{ id: number; number: number; state: EditionState }[]> {
  return db.selectFrom('edition').select(['id', 'number', 'state']).where('document_id', '=', documentId).orderBy('number').execute();
}

/** A withdrawn item as the public site shows it: its last public text, the explanation and when. */
export type WithdrawnItem = PublishedItem & { explanation: string | null; withdrawnAt: string };

/**
 * For the public site: a withdrawn item's last published text with the public explanation, so
 * the page can stay up with a banner. Undefined when the item is not withdrawn (or was unpublished).
 */
export async function findWithdrawnItem(db: Db, locale: Locale, slug: string): Promise<WithdrawnItem | undefined> {
  const row = await db.selectFrom('document')
    .innerJoin('edition', (j) => j.onRef('edition.document_id', '=', 'document.id').on('edition.state', '=', 'withdrawn'))
    .innerJoin('edition_translation as t', (j) => j.onRef('t.edition_id', '=', 'edition.id').on('t.locale', '=', locale))
    .leftJoin('withdrawal as w', (j) => j.onRef('w.document_id', '=', 'document.id').on('w.locale', '=', locale))
    .select([
      'document.id as documentId', 'document.slug', 'document.type', 'document.section_id as sectionId',
      'document.meeting_id as meetingId', 'document.author_appointment_id as authorAppointmentId', 'document.contact_id as contactId',
      'document.first_published_at as firstPublishedAt', 'edition.id as editionId', 'edition.public_timestamp as publicTimestamp',
      't.title', 't.summary', 't.body', 't.change_note as changeNote', 'w.explanation', 'w.at as explainedAt', 'edition.updated_at as withdrawnAt',
    ])
    .where('document.slug', '=', slug)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('unpublication as u').select('u.document_id').whereRef('u.document_id', '=', 'document.id'))))
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('edition as p').select('p.id').whereRef('p.document_id', '=', 'document.id').where('p.state', '=', 'published'))))
    .orderBy('edition.number', 'desc')
    .executeTakeFirst();
  if (!row) return undefined;
  let explanation = row.explanation ?? null;
  let at = row.explainedAt ?? null;
  if (!explanation) {
    const any = await db.selectFrom('withdrawal').select(['explanation', 'at']).where('document_id', '=', row.documentId).orderBy('locale').executeTakeFirst();
    explanation = any?.explanation ?? null;
    at = any?.at ?? null;
  }
  return { ...(await itemFromRow(db, locale, row)), explanation, withdrawnAt: at ?? row.withdrawnAt };
}

/** Whether an item was taken off the site, and how; undefined when it was not. */
export async function findUnpublication(db: Db, slug: string): Promise<{ documentId: number; kind: 'gone' | 'replaced'; at: string } | undefined> {
  return db.selectFrom('unpublication as u').innerJoin('document', 'document.id', 'u.document_id')
    .select(['u.document_id as documentId', 'u.kind', 'u.at'])
    .where('document.slug', '=', slug)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('edition as p').select('p.id').whereRef('p.document_id', '=', 'document.id').where('p.state', '=', 'published'))))
    .executeTakeFirst();
}

export interface CheckOverrideRow {
  id: number;
  editionId: number;
  accountId: number;
  accountEmail: string;
  action: string;
  reason: string;
  findings: { code: string; sentence: string; where: { field: string; locale: string | null; offset: number | null } }[];
  at: string;
  reviewedAt: string | null;
  slug: string;
}

function overrideRows(rows: { id: number; editionId: number; accountId: number; accountEmail: string; action: string; reason: string; findings: string; at: string; reviewedAt: string | null; slug: string }[]): CheckOverrideRow[] {
  return rows.map((r) => {
    let findings: CheckOverrideRow['findings'] = [];
    try { findings = JSON.parse(r.findings) as CheckOverrideRow['findings']; } catch { findings = []; }
    return { ...r, findings };
  });
}

function overrideQuery(db: Db) {
  return db.selectFrom('check_override as o')
    .innerJoin('account', 'account.id', 'o.account_id')
    .innerJoin('edition', 'edition.id', 'o.edition_id')
    .innerJoin('document', 'document.id', 'edition.document_id')
    .select(['o.id', 'o.edition_id as editionId', 'o.account_id as accountId', 'account.email as accountEmail', 'o.action', 'o.reason', 'o.findings', 'o.at', 'o.reviewed_at as reviewedAt', 'document.slug']);
}

/** Overrides of the editorial checks, newest first (for retrospective review). */
export async function listCheckOverrides(db: Db): Promise<CheckOverrideRow[]> {
  return overrideRows(await overrideQuery(db).orderBy('o.at', 'desc').orderBy('o.id', 'desc').limit(200).execute());
}

/** The overrides recorded for one edition. */
export async function listEditionCheckOverrides(db: Db, editionId: number): Promise<CheckOverrideRow[]> {
  return overrideRows(await overrideQuery(db).where('o.edition_id', '=', editionId).orderBy('o.id').execute());
}

export interface EmbargoView {
  expired: boolean;
  state: EditionState;
  scheduledFor: string | null;
  sectionSlug: string;
  slug: string;
  /** Whether the document has a published edition now (the link then leads to the public page). */
  published: boolean;
  translations: { locale: string; title: string; summary: string; body: string }[];
}

/** What an embargo link shows, by its token; undefined for an unknown token. */
export async function findEmbargoView(db: Db, token: string, now: Date = new Date()): Promise<EmbargoView | undefined> {
  const link = await db.selectFrom('embargo_link')
    .innerJoin('edition', 'edition.id', 'embargo_link.edition_id')
    .innerJoin('document', 'document.id', 'edition.document_id')
    .innerJoin('section', 'section.id', 'document.section_id')
    .leftJoin('edition_workflow as w', 'w.edition_id', 'edition.id')
    .select(['embargo_link.expires_at', 'embargo_link.revoked_at', 'edition.id as editionId', 'edition.state', 'edition.document_id as documentId', 'w.scheduled_for', 'section.slug as sectionSlug', 'document.slug'])
    .where('embargo_link.token_digest', '=', createHash('sha256').update(token).digest('base64url'))
    .executeTakeFirst();
  if (!link) return undefined;
  const [published, translations] = await Promise.all([
    db.selectFrom('edition').select('id').where('document_id', '=', link.documentId).where('state', '=', 'published').executeTakeFirst(),
    db.selectFrom('edition_translation').select(['locale', 'title', 'summary', 'body']).where('edition_id', '=', link.editionId).orderBy('locale').execute(),
  ]);
  return {
    expired: link.revoked_at !== null || Date.parse(link.expires_at) <= now.getTime(),
    state: link.state, scheduledFor: link.scheduled_for ?? null, sectionSlug: link.sectionSlug, slug: link.slug,
    published: published !== undefined, translations,
  };
}

export async function listEmbargoLinks(db: Db, editionId: number): Promise<{ recipient: string; expiresAt: string }[]> {
  return db.selectFrom('embargo_link').select(['recipient', 'expires_at as expiresAt']).where('edition_id', '=', editionId).where('revoked_at', 'is', null).orderBy('id').execute();
}
