/** Writes to the newsroom: sections, press contacts, documents and their editions. */
import type { Kysely } from 'kysely';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { DB } from '../platform/db/schema.ts';
import { AppError } from '../platform/errors.ts';
import { LOCALES, type Locale, type PerLocale } from '../platform/i18n/locales.ts';
import { toUtcIso } from '../platform/time.ts';
import { DOCUMENT_TYPES, failureReasons, isSlug, type DocumentType } from './domain.ts';

type Tx = Kysely<DB>;

function slugOrThrow(slug: string, what: string): string {
  if (!isSlug(slug)) throw new AppError('input.invalid', `${what} slug "${slug}" must be lowercase Latin letters, digits and single hyphens`, { where: 'slug' });
  return slug;
}

export interface SectionInput {
  slug: string;
  bodyId?: number | null;
  sortOrder?: number;
  names: PerLocale<{ name: string; description?: string }>;
}

export async function sectionCreator(trx: Tx, input: SectionInput): Promise<number> {
  const { id } = await trx.insertInto('section')
    .values({ slug: slugOrThrow(input.slug, 'section'), body_id: input.bodyId ?? null, sort_order: input.sortOrder ?? 0 })
    .returning('id').executeTakeFirstOrThrow();
  await trx.insertInto('section_translation')
    .values(LOCALES.map((locale) => ({ section_id: id, locale, name: input.names[locale].name, description: input.names[locale].description ?? null })))
    .execute();
  return id;
}

/** A phone number as E.164, or an error naming the number. Numbers without a country code are refused. */
export function toE164(raw: string, where: string): string {
  const parsed = parsePhoneNumberFromString(raw.trim());
  if (!parsed || !parsed.isValid()) {
    throw new AppError('input.invalid', `${where}: "${raw}" is not a valid international phone number (write it with its country code, e.g. +7 495 795-27-10)`, { where });
  }
  return parsed.number;
}

export interface ContactInput {
  slug: string;
  appointmentId?: number | null;
  email?: string | null;
  names: PerLocale<{ name: string; role: string }>;
  phones: string[];
}

export async function contactCreator(trx: Tx, input: ContactInput): Promise<number> {
  const phones = input.phones.map((p, i) => toE164(p, `contact ${input.slug}: phone ${i + 1}`));
  if (input.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email)) {
    throw new AppError('input.invalid', `contact ${input.slug}: "${input.email}" is not an e-mail address`, { where: 'email' });
  }
  const { id } = await trx.insertInto('contact')
    .values({ slug: slugOrThrow(input.slug, 'contact'), appointment_id: input.appointmentId ?? null, email: input.email ?? null })
    .returning('id').executeTakeFirstOrThrow();
  await trx.insertInto('contact_translation')
    .values(LOCALES.map((locale) => ({ contact_id: id, locale, name: input.names[locale].name, role: input.names[locale].role })))
    .execute();
  for (const [position, e164] of phones.entries()) {
    await trx.insertInto('contact_phone').values({ contact_id: id, position, e164 }).execute();
  }
  return id;
}

export interface DocumentInput {
  slug: string;
  type: DocumentType;
  sectionId: number;
  meetingId?: number | null;
  authorAppointmentId?: number | null;
  contactId?: number | null;
  bodyIds?: number[];
  stateCodes?: string[];
  personIds?: number[];
  translations: Partial<PerLocale<{ title: string; summary: string; body: string }>>;
  now?: string;
}

/** Creates a document with its first edition as a draft. Returns the ids of both. */
export async function documentCreator(trx: Tx, input: DocumentInput): Promise<{ documentId: number; editionId: number }> {
  if (!DOCUMENT_TYPES.includes(input.type)) throw new AppError('input.invalid', `document type "${input.type}" is not one of ${DOCUMENT_TYPES.join(', ')}`, { where: 'type' });
  const now = input.now ?? new Date().toISOString();
  const { id: documentId } = await trx.insertInto('document')
    .values({
      slug: slugOrThrow(input.slug, 'document'), type: input.type, section_id: input.sectionId,
      meeting_id: input.meetingId ?? null, author_appointment_id: input.authorAppointmentId ?? null, contact_id: input.contactId ?? null,
      first_published_at: null, created_at: now, updated_at: now,
    })
    .returning('id').executeTakeFirstOrThrow();
  const { id: editionId } = await trx.insertInto('edition')
    .values({ document_id: documentId, number: 1, state: 'draft', public_timestamp: null, published_at: null, major_change: 1, created_at: now, updated_at: now })
    .returning('id').executeTakeFirstOrThrow();
  const rows = LOCALES.flatMap((locale) => {
    const t = input.translations[locale];
    if (!t) return [];
    if (!t.title.trim()) throw new AppError('input.invalid', `document ${input.slug}: title (${locale}) is empty`, { where: `title.${locale}` });
    return [{ edition_id: editionId, locale, title: t.title.trim(), summary: t.summary.trim(), body: t.body, change_note: null }];
  });
  if (rows.length === 0) throw new AppError('input.invalid', `document ${input.slug} has no language version`, { where: 'translations' });
  await trx.insertInto('edition_translation').values(rows).execute();
  for (const bodyId of input.bodyIds ?? []) await trx.insertInto('document_body').values({ document_id: documentId, body_id: bodyId }).execute();
  for (const code of input.stateCodes ?? []) await trx.insertInto('document_state').values({ document_id: documentId, state_code: code }).execute();
  for (const personId of input.personIds ?? []) await trx.insertInto('document_person').values({ document_id: documentId, person_id: personId }).execute();
  return { documentId, editionId };
}

async function editionFacts(trx: Tx, editionId: number) {
  const edition = await trx.selectFrom('edition').selectAll().where('id', '=', editionId).executeTakeFirst();
  if (!edition) throw new AppError('not_found', `edition ${editionId} does not exist`, { where: 'edition_id' });
  const translations = await trx.selectFrom('edition_translation').selectAll().where('edition_id', '=', editionId).execute();
  const document = await trx.selectFrom('document').select(['id', 'first_published_at']).where('id', '=', edition.document_id).executeTakeFirstOrThrow();
  return {
    edition, document,
    facts: {
      state: edition.state,
      completeLocales: translations.filter((t) => t.title.trim() && t.body.trim()).map((t) => t.locale as Locale),
      majorChange: edition.major_change === 1,
      changeNotes: Object.fromEntries(translations.map((t) => [t.locale, t.change_note])),
      previouslyPublished: document.first_published_at !== null,
    },
  };
}

function refuse(reasons: string[], where: string): void {
  if (reasons.length > 0) throw new AppError('conflict', reasons.join(' '), { where });
}

export async function editionSubmitter(trx: Tx, input: { editionId: number; now?: string }): Promise<void> {
  const { facts } = await editionFacts(trx, input.editionId);
  refuse(failureReasons(facts, 'submit'), 'state');
  await trx.updateTable('edition').set({ state: 'submitted', updated_at: input.now ?? new Date().toISOString() }).where('id', '=', input.editionId).execute();
}

/**
 * Publishes a submitted (or scheduled) edition: the previously published edition is superseded,
 * the document's first publication time is kept, and the public timestamp is set.
 */
export async function editionPublisher(trx: Tx, input: { editionId: number; publicTimestamp?: string; now?: string }): Promise<void> {
  const { edition, document, facts } = await editionFacts(trx, input.editionId);
  refuse(failureReasons(facts, 'publish'), 'state');
  const now = input.now ?? new Date().toISOString();
  const publicTimestamp = input.publicTimestamp ? toUtcIso(input.publicTimestamp, 'public timestamp') : now;
  await trx.updateTable('edition').set({ state: 'superseded', updated_at: now })
    .where('document_id', '=', edition.document_id).where('state', '=', 'published').execute();
  await trx.updateTable('edition').set({ state: 'published', published_at: now, public_timestamp: publicTimestamp, updated_at: now })
    .where('id', '=', edition.id).execute();
  await trx.updateTable('document').set({ first_published_at: document.first_published_at ?? publicTimestamp, updated_at: now })
    .where('id', '=', document.id).execute();
}
