/** Writes to the newsroom: sections, press contacts, documents and their editions. */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { DB } from '../platform/db/schema.ts';
import { AppError } from '../platform/errors.ts';
import { LOCALES, type Locale, type PerLocale } from '../platform/i18n/locales.ts';
import { toUtcIso } from '../platform/time.ts';
import { DOCUMENT_TYPES, failureReasons, isSlug, type ActionContext, type DocumentType, type EditionAction, type UnpublishKind, unpublishProblems } from './domain.ts';
import { paths } from '../site/paths.ts';
import { auditRecorder } from '../audit/commands.ts';

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
  /** The office account writing it (recorded as the edition's author and in the audit log). */
  actorId?: number;
  /** Language versions marked ready for publication at once (only with `actorId`, where readiness is tracked). */
  readyLocales?: Locale[];
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
  if (input.actorId !== undefined) {
    await trx.insertInto('edition_workflow').values({ edition_id: editionId, created_by: input.actorId, submitted_by: null, scheduled_for: null, rejection_note: null }).execute();
    for (const locale of input.readyLocales ?? []) {
      if (rows.some((r) => r.locale === locale)) await trx.insertInto('translation_ready').values({ edition_id: editionId, locale, ready_at: now, ready_by: input.actorId }).execute();
    }
    await auditRecorder(trx, { accountId: input.actorId, action: 'document.create', entity: 'edition', entityId: editionId, after: { slug: input.slug, type: input.type, translations: rows }, at: now });
  }
  return { documentId, editionId };
}

async function editionFacts(trx: Tx, editionId: number) {
  const edition = await trx.selectFrom('edition').selectAll().where('id', '=', editionId).executeTakeFirst();
  if (!edition) throw new AppError('not_found', `edition ${editionId} does not exist`, { where: 'edition_id' });
  const translations = await trx.selectFrom('edition_translation').selectAll().where('edition_id', '=', editionId).orderBy('locale').execute();
  const document = await trx.selectFrom('document').select(['id', 'slug', 'first_published_at']).where('id', '=', edition.document_id).executeTakeFirstOrThrow();
  const workflow = await trx.selectFrom('edition_workflow').selectAll().where('edition_id', '=', editionId).executeTakeFirst();
  // Readiness is tracked for editions written in the office (an author on record) or once any version was marked.
  const readyRows = await trx.selectFrom('translation_ready').select('locale').where('edition_id', '=', editionId).execute();
  const ready = (workflow?.created_by ?? null) !== null || readyRows.length > 0 ? readyRows : undefined;
  const inProgress = await trx.selectFrom('edition').select('id')
    .where('document_id', '=', edition.document_id).where('id', '!=', editionId)
    .where('state', 'in', ['draft', 'submitted', 'scheduled', 'rejected']).executeTakeFirst();
  return {
    edition, document, translations, workflow,
    facts: {
      state: edition.state,
      completeLocales: translations.filter((t) => t.title.trim() && t.body.trim()).map((t) => t.locale as Locale),
      majorChange: edition.major_change === 1,
      changeNotes: Object.fromEntries(translations.map((t) => [t.locale, t.change_note])),
      previouslyPublished: document.first_published_at !== null,
      submittedBy: workflow?.submitted_by ?? null,
      createdBy: workflow?.created_by ?? null,
      hasEditionInProgress: inProgress !== undefined,
      readyLocales: ready?.map((r) => r.locale as Locale),
      presentLocales: translations.map((t) => t.locale as Locale),
    },
  };
}

/** What an edition looks like, for the audit log's before/after. */
function snapshot(edition: { state: string; updated_at: string; major_change: number }, translations: readonly { locale: string; title: string; summary: string; body: string; change_note: string | null }[]) {
  return { state: edition.state, updatedAt: edition.updated_at, majorChange: edition.major_change === 1, translations: translations.map((t) => ({ ...t })) };
}

function refuse(reasons: string[], where: string): void {
  if (reasons.length > 0) throw new AppError('conflict', reasons.join(' '), { where });
}

async function workflowSet(trx: Tx, editionId: number, values: { submitted_by?: number | null; scheduled_for?: string | null; rejection_note?: string | null }): Promise<void> {
  const existing = await trx.selectFrom('edition_workflow').select('edition_id').where('edition_id', '=', editionId).executeTakeFirst();
  if (existing) await trx.updateTable('edition_workflow').set(values).where('edition_id', '=', editionId).execute();
  else await trx.insertInto('edition_workflow').values({ edition_id: editionId, created_by: null, submitted_by: null, scheduled_for: null, rejection_note: null, ...values }).execute();
}

/**
 * Optimistic locking: the change applies only when the edition is still at the version the
 * person saw (its `updated_at`); otherwise the second save is refused and nothing is lost.
 */
async function bumpVersion(trx: Tx, editionId: number, expected: string | undefined, set: Record<string, unknown>, now: string): Promise<void> {
  let q = trx.updateTable('edition').set({ ...set, updated_at: now }).where('id', '=', editionId);
  if (expected !== undefined) q = q.where('updated_at', '=', expected);
  const result = await q.executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    throw new AppError('conflict', 'Someone else changed this edition after you opened it. Your text was not saved over theirs: open the current version, compare, and apply your changes again.', { where: 'version' });
  }
}

/** A timestamp strictly later than `previous` (two changes within one millisecond still get two versions). */
function nextVersion(now: string, previous: string): string {
  return Date.parse(now) > Date.parse(previous) ? now : new Date(Date.parse(previous) + 1).toISOString();
}

interface TransitionInput {
  editionId: number;
  now?: string;
  actorId?: number | null;
  /** The version (updated_at) the person saw; refused when the edition changed since. */
  expectedVersion?: string;
}

async function transition(trx: Tx, input: TransitionInput, action: EditionAction, context: ActionContext, apply: (x: Awaited<ReturnType<typeof editionFacts>>, now: string) => Promise<void>) {
  const x = await editionFacts(trx, input.editionId);
  const now = nextVersion(input.now ?? new Date().toISOString(), x.edition.updated_at);
  refuse(failureReasons(x.facts, action, { ...context, actorId: input.actorId ?? null, now }), 'state');
  if (input.expectedVersion !== undefined && input.expectedVersion !== x.edition.updated_at) await bumpVersion(trx, x.edition.id, input.expectedVersion, {}, now);
  await apply(x, now);
  if (input.actorId !== undefined && input.actorId !== null) {
    const after = await trx.selectFrom('edition').select(['state', 'updated_at', 'major_change']).where('id', '=', x.edition.id).executeTakeFirstOrThrow();
    await auditRecorder(trx, {
      accountId: input.actorId, action: `edition.${action}`, entity: 'edition', entityId: x.edition.id, at: now,
      before: { state: x.edition.state, updatedAt: x.edition.updated_at },
      after: { state: after.state, updatedAt: after.updated_at, ...(context.reason ? { reason: context.reason } : {}), ...(context.publishAt ? { publishAt: context.publishAt } : {}), ...(context.explanation ? { explanation: context.explanation } : {}) },
    });
  }
  return x;
}

export async function editionSubmitter(trx: Tx, input: TransitionInput): Promise<void> {
  await transition(trx, input, 'submit', {}, async (x, now) => {
    await trx.updateTable('edition').set({ state: 'submitted', updated_at: now }).where('id', '=', x.edition.id).execute();
    await workflowSet(trx, x.edition.id, { submitted_by: input.actorId ?? null, rejection_note: null });
  });
}

/** Sends a submitted (or scheduled) edition back to its author, with a note. */
export async function editionRejecter(trx: Tx, input: TransitionInput & { note?: string }): Promise<void> {
  await transition(trx, input, 'reject', {}, async (x, now) => {
    await trx.updateTable('edition').set({ state: 'rejected', updated_at: now }).where('id', '=', x.edition.id).execute();
    await workflowSet(trx, x.edition.id, { scheduled_for: null, rejection_note: input.note?.trim() || null });
  });
}

/** Schedules a submitted edition for publication at `publishAt` (ISO with offset); the scheduler publishes it. */
export async function editionScheduler(trx: Tx, input: TransitionInput & { publishAt: string }): Promise<void> {
  const publishAt = toUtcIso(input.publishAt, 'publication time');
  await transition(trx, input, 'schedule', { publishAt }, async (x, now) => {
    await trx.updateTable('edition').set({ state: 'scheduled', updated_at: now }).where('id', '=', x.edition.id).execute();
    await workflowSet(trx, x.edition.id, { scheduled_for: publishAt });
  });
}

export async function editionUnscheduler(trx: Tx, input: TransitionInput): Promise<void> {
  await transition(trx, input, 'unschedule', {}, async (x, now) => {
    await trx.updateTable('edition').set({ state: 'submitted', updated_at: now }).where('id', '=', x.edition.id).execute();
    await workflowSet(trx, x.edition.id, { scheduled_for: null });
  });
}

export interface PublishResult {
  documentId: number;
  editionId: number;
  slug: string;
  firstPublication: boolean;
}

async function publishNow(trx: Tx, x: Awaited<ReturnType<typeof editionFacts>>, now: string, publicTimestamp?: string): Promise<PublishResult> {
  let stamp = publicTimestamp ? toUtcIso(publicTimestamp, 'public timestamp') : now;
  if (x.facts.previouslyPublished && !x.facts.majorChange && !publicTimestamp) {
    // A minor change does not tell readers anything: the public date stays that of the last major one.
    const previous = await trx.selectFrom('edition').select('public_timestamp')
      .where('document_id', '=', x.edition.document_id).where('state', 'in', ['published', 'withdrawn']).where('id', '!=', x.edition.id)
      .executeTakeFirst();
    if (previous?.public_timestamp) stamp = previous.public_timestamp;
  }
  // The state the edition was read in is part of the UPDATE: of two concurrent publishers
  // (e.g. the schedulers of two app instances) only one changes the row; the other is refused.
  const claimed = await trx.updateTable('edition').set({ state: 'published', published_at: now, public_timestamp: stamp, updated_at: now })
    .where('id', '=', x.edition.id).where('state', '=', x.edition.state).executeTakeFirst();
  if (Number(claimed.numUpdatedRows) === 0) throw new AppError('conflict', 'This edition was changed (or published) by someone else a moment ago.', { where: 'version' });
  await trx.updateTable('edition').set({ state: 'superseded', updated_at: now })
    .where('document_id', '=', x.edition.document_id).where('id', '!=', x.edition.id).where('state', 'in', ['published', 'withdrawn']).execute();
  await trx.updateTable('document').set({ first_published_at: x.document.first_published_at ?? stamp, updated_at: now })
    .where('id', '=', x.document.id).execute();
  await trx.deleteFrom('withdrawal').where('document_id', '=', x.document.id).execute();
  // Published again after being unpublished: its own addresses are its own again.
  const unpublished = await trx.selectFrom('unpublication').select('document_id').where('document_id', '=', x.document.id).executeTakeFirst();
  if (unpublished) {
    await trx.deleteFrom('unpublication').where('document_id', '=', x.document.id).execute();
    await trx.deleteFrom('redirect').where('from_path', 'in', await itemPaths(trx, x.document.id)).execute();
  }
  return { documentId: x.document.id, editionId: x.edition.id, slug: x.document.slug, firstPublication: x.document.first_published_at === null };
}

/**
 * Publishes a submitted (or scheduled) edition: the previously published edition is superseded,
 * the document's first publication time is kept, and the public timestamp is set. A publisher
 * may not approve their own submission. Emit 'edition.published' after the transaction commits.
 */
export async function editionPublisher(trx: Tx, input: TransitionInput & { publicTimestamp?: string }): Promise<PublishResult> {
  let result: PublishResult | undefined;
  await transition(trx, input, 'publish', {}, async (x, now) => { result = await publishNow(trx, x, now, input.publicTimestamp); });
  return result!;
}

/**
 * Publishes without (or against) review, with a written reason; recorded for another
 * publisher's retrospective review.
 */
export async function editionForcePublisher(trx: Tx, input: TransitionInput & { actorId: number; reason: string }): Promise<PublishResult> {
  let result: PublishResult | undefined;
  await transition(trx, input, 'force_publish', { reason: input.reason }, async (x, now) => {
    result = await publishNow(trx, x, now);
    await trx.insertInto('force_publication').values({ edition_id: x.edition.id, account_id: input.actorId, reason: input.reason.trim(), at: now, reviewed_by: null, reviewed_at: null }).execute();
  });
  return result!;
}

/** Another publisher confirms they have looked at a forced publication. */
export async function forcePublicationReviewer(trx: Tx, input: { id: number; actorId: number; now?: string }): Promise<void> {
  const row = await trx.selectFrom('force_publication').selectAll().where('id', '=', input.id).executeTakeFirst();
  if (!row) throw new AppError('not_found', `forced publication ${input.id} does not exist`, { where: 'id' });
  if (row.account_id === input.actorId) throw new AppError('conflict', 'A forced publication has to be reviewed by another publisher, not by the one who forced it.', { where: 'reviewer' });
  if (row.reviewed_at) throw new AppError('conflict', 'This forced publication has already been reviewed.', { where: 'reviewer' });
  const now = input.now ?? new Date().toISOString();
  await trx.updateTable('force_publication').set({ reviewed_by: input.actorId, reviewed_at: now }).where('id', '=', input.id).execute();
  await auditRecorder(trx, { accountId: input.actorId, action: 'edition.force_publish_reviewed', entity: 'edition', entityId: row.edition_id, at: now, after: { forcePublicationId: row.id } });
}

/** Withdraws the published edition of a document; the page stays with a banner and the explanation. Emit 'document.withdrawn' after commit. */
export async function documentWithdrawer(trx: Tx, input: { documentId: number; actorId?: number | null; explanation: Partial<PerLocale<string>>; now?: string; expectedVersion?: string }): Promise<{ documentId: number; slug: string; editionId: number }> {
  const published = await trx.selectFrom('edition').select('id').where('document_id', '=', input.documentId).where('state', '=', 'published').executeTakeFirst();
  if (!published) throw new AppError('conflict', 'This item has no published edition, so there is nothing to withdraw.', { where: 'state' });
  const x = await transition(trx, { editionId: published.id, actorId: input.actorId, now: input.now, expectedVersion: input.expectedVersion }, 'withdraw', { explanation: input.explanation }, async (x, now) => {
    await trx.updateTable('edition').set({ state: 'withdrawn', updated_at: now }).where('id', '=', x.edition.id).execute();
    await trx.deleteFrom('withdrawal').where('document_id', '=', input.documentId).execute();
    for (const locale of LOCALES) {
      const text = input.explanation[locale]?.trim();
      if (text) await trx.insertInto('withdrawal').values({ document_id: input.documentId, locale, explanation: text, at: now }).execute();
    }
  });
  return { documentId: input.documentId, slug: x.document.slug, editionId: published.id };
}

/** The public addresses of a document's page, one per configured locale. */
async function itemPaths(trx: Tx, documentId: number): Promise<string[]> {
  const doc = await trx.selectFrom('document').innerJoin('section', 'section.id', 'document.section_id')
    .select(['document.slug', 'section.slug as sectionSlug']).where('document.id', '=', documentId).executeTakeFirstOrThrow();
  return LOCALES.map((l) => paths.item(l, doc.sectionSlug, doc.slug));
}

export interface UnpublishInput {
  documentId: number;
  kind: UnpublishKind | string;
  /** The slug of the published item that replaces this one (kind 'replaced'). */
  replacementSlug?: string | null;
  /** An internal note on why (kept in the audit log). */
  reason?: string | null;
  actorId?: number | null;
  now?: string;
  expectedVersion?: string;
  /** The language of refusals about the form (the office's interface language). */
  reasonLocale?: 'en' | 'ru';
}

/**
 * Takes an item off the site: its public edition becomes withdrawn and the document is marked
 * gone (its address answers 410) or replaced (its address in every locale is recorded as a 301
 * redirect to the replacement). A new draft can bring it back. Emit 'document.withdrawn' after commit.
 */
export async function documentUnpublisher(trx: Tx, input: UnpublishInput): Promise<{ documentId: number; slug: string; editionId: number }> {
  const current = await trx.selectFrom('edition').select('id').where('document_id', '=', input.documentId)
    .where('state', 'in', ['published', 'withdrawn']).orderBy('number', 'desc').executeTakeFirst();
  if (!current) throw new AppError('conflict', 'This item has no published or withdrawn edition, so there is nothing to unpublish.', { where: 'state' });
  const slug = input.replacementSlug?.trim() ?? '';
  let replacement: { id: number; slug: string; sectionSlug: string; published: boolean; locales: string[] } | null = null;
  if (input.kind === 'replaced' && slug) {
    const doc = await trx.selectFrom('document').innerJoin('section', 'section.id', 'document.section_id')
      .select(['document.id', 'document.slug', 'section.slug as sectionSlug']).where('document.slug', '=', slug).executeTakeFirst();
    if (doc) {
      const published = await trx.selectFrom('edition').select('id').where('document_id', '=', doc.id).where('state', '=', 'published').executeTakeFirst();
      const locales = published ? (await trx.selectFrom('edition_translation').select('locale').where('edition_id', '=', published.id).orderBy('locale').execute()).map((r) => r.locale) : [];
      replacement = { ...doc, published: published !== undefined, locales };
    }
  }
  const context: ActionContext = {
    reason: input.reason?.trim() || null,
    unpublish: {
      kind: input.kind,
      replacement: input.kind === 'replaced' && slug ? { exists: replacement !== null, published: replacement?.published ?? false, same: replacement?.id === input.documentId } : null,
    },
  };
  const problem = unpublishProblems(context.unpublish, input.reasonLocale)[0];
  if (problem) throw new AppError('input.invalid', problem.reason, { where: problem.where });
  const x = await transition(trx, { editionId: current.id, actorId: input.actorId, now: input.now, expectedVersion: input.expectedVersion }, 'unpublish', context, async (x, now) => {
    await trx.updateTable('edition').set({ state: 'withdrawn', updated_at: now }).where('id', '=', x.edition.id).execute();
    await trx.deleteFrom('withdrawal').where('document_id', '=', input.documentId).execute();
    await trx.deleteFrom('unpublication').where('document_id', '=', input.documentId).execute();
    await trx.insertInto('unpublication').values({
      document_id: input.documentId, kind: input.kind as UnpublishKind, replacement_document_id: replacement?.id ?? null,
      reason: context.reason ?? null, account_id: input.actorId ?? null, at: now,
    }).execute();
    const from = await itemPaths(trx, input.documentId);
    await trx.deleteFrom('redirect').where('from_path', 'in', from).execute();
    if (input.kind === 'replaced' && replacement) {
      const r = replacement;
      const rows = LOCALES.map((l, i) => {
        const target = r.locales.includes(l) ? l : (r.locales[0] as Locale | undefined) ?? l;
        return { from_path: from[i]!, to_path: paths.item(target, r.sectionSlug, r.slug), status_code: 301, created_at: now };
      });
      await trx.insertInto('redirect').values(rows).execute();
    }
    if (input.actorId !== undefined && input.actorId !== null) {
      await auditRecorder(trx, { accountId: input.actorId, action: 'document.unpublish', entity: 'document', entityId: input.documentId, at: now, after: { kind: input.kind, replacement: replacement?.slug ?? null, reason: context.reason ?? null } });
    }
  });
  return { documentId: input.documentId, slug: x.document.slug, editionId: current.id };
}

export interface OverriddenFinding { code: string; sentence: string; where: { field: string; locale: string | null; offset: number | null } }

/**
 * A publisher lets an edition through despite error-level editorial checks, with a written
 * reason: stored, audited, and listed for another publisher's retrospective review.
 */
export async function checkOverrideRecorder(trx: Tx, input: { editionId: number; actorId: number; action: string; reason: string; findings: readonly OverriddenFinding[]; now?: string }): Promise<number> {
  const reason = input.reason.trim();
  if (!reason) throw new AppError('input.invalid', 'Overriding the editorial checks needs a written reason.', { where: 'override_reason' });
  const now = input.now ?? new Date().toISOString();
  const findings = input.findings.map((f) => ({ code: f.code, sentence: f.sentence, where: f.where }));
  const { id } = await trx.insertInto('check_override').values({
    edition_id: input.editionId, account_id: input.actorId, action: input.action, reason, findings: JSON.stringify(findings), at: now, reviewed_by: null, reviewed_at: null,
  }).returning('id').executeTakeFirstOrThrow();
  await auditRecorder(trx, { accountId: input.actorId, action: 'edition.checks_overridden', entity: 'edition', entityId: input.editionId, at: now, after: { action: input.action, reason, findings } });
  return id;
}

/** Another publisher confirms they have looked at an override of the editorial checks. */
export async function checkOverrideReviewer(trx: Tx, input: { id: number; actorId: number; now?: string }): Promise<void> {
  const row = await trx.selectFrom('check_override').selectAll().where('id', '=', input.id).executeTakeFirst();
  if (!row) throw new AppError('not_found', `check override ${input.id} does not exist`, { where: 'id' });
  if (row.account_id === input.actorId) throw new AppError('conflict', 'An override of the editorial checks has to be reviewed by another publisher, not by the one who made it.', { where: 'reviewer' });
  if (row.reviewed_at) throw new AppError('conflict', 'This override has already been reviewed.', { where: 'reviewer' });
  const now = input.now ?? new Date().toISOString();
  await trx.updateTable('check_override').set({ reviewed_by: input.actorId, reviewed_at: now }).where('id', '=', input.id).execute();
  await auditRecorder(trx, { accountId: input.actorId, action: 'edition.checks_override_reviewed', entity: 'edition', entityId: row.edition_id, at: now, after: { checkOverrideId: row.id } });
}

/** Starts a new draft edition from the published (or withdrawn) one, copying its text. */
export async function newDraftCreator(trx: Tx, input: { editionId: number; actorId?: number | null; now?: string }): Promise<number> {
  let newId = 0;
  await transition(trx, input, 'new_draft', {}, async (x, now) => {
    const last = await trx.selectFrom('edition').select((eb) => eb.fn.max('number').as('n')).where('document_id', '=', x.edition.document_id).executeTakeFirstOrThrow();
    const { id } = await trx.insertInto('edition').values({
      document_id: x.edition.document_id, number: Number(last.n ?? 0) + 1, state: 'draft', public_timestamp: null, published_at: null,
      major_change: 0, created_at: now, updated_at: now,
    }).returning('id').executeTakeFirstOrThrow();
    if (x.translations.length > 0) {
      await trx.insertInto('edition_translation').values(x.translations.map((t) => ({ edition_id: id, locale: t.locale, title: t.title, summary: t.summary, body: t.body, change_note: null }))).execute();
    }
    await trx.insertInto('edition_workflow').values({ edition_id: id, created_by: input.actorId ?? null, submitted_by: null, scheduled_for: null, rejection_note: null }).execute();
    // The copied text was released together before, so it starts ready; changing it clears that.
    for (const t of x.translations) await trx.insertInto('translation_ready').values({ edition_id: id, locale: t.locale, ready_at: now, ready_by: input.actorId ?? null }).execute();
    newId = id;
  });
  return newId;
}

export interface EditionTextInput {
  editionId: number;
  /** The version (updated_at) the editor loaded; a save against an older version is refused. */
  expectedVersion: string;
  actorId?: number | null;
  majorChange?: boolean;
  /** Locales to write; a locale given with an empty title and body is removed. */
  translations: Partial<PerLocale<{ title: string; summary: string; body: string; changeNote?: string | null }>>;
  now?: string;
}

/** Saves the text of a draft (or rejected) edition, with optimistic locking. */
export async function editionUpdater(trx: Tx, input: EditionTextInput): Promise<string> {
  const x = await editionFacts(trx, input.editionId);
  refuse(failureReasons(x.facts, 'edit'), 'state');
  const now = nextVersion(input.now ?? new Date().toISOString(), x.edition.updated_at);
  const majorChange = input.majorChange ?? x.edition.major_change === 1;
  await bumpVersion(trx, x.edition.id, input.expectedVersion, { major_change: majorChange ? 1 : 0 }, now);
  for (const locale of LOCALES) {
    const t = input.translations[locale];
    if (!t) continue;
    const title = t.title.trim();
    const previous = x.translations.find((p) => p.locale === locale);
    if (!previous || previous.title !== title || previous.summary !== t.summary.trim() || previous.body !== t.body) {
      await trx.deleteFrom('translation_ready').where('edition_id', '=', x.edition.id).where('locale', '=', locale).execute();
    }
    await trx.deleteFrom('edition_translation').where('edition_id', '=', x.edition.id).where('locale', '=', locale).execute();
    if (!title && !t.body.trim() && !t.summary.trim()) continue;
    if (!title) throw new AppError('input.invalid', `the ${locale} version has text but no title`, { where: `title_${locale}` });
    // Change notes belong to major changes after first publication; a minor change carries none.
    const changeNote = majorChange && x.facts.previouslyPublished ? t.changeNote?.trim() || null : null;
    await trx.insertInto('edition_translation').values({ edition_id: x.edition.id, locale, title, summary: t.summary.trim(), body: t.body, change_note: changeNote }).execute();
  }
  const remaining = await trx.selectFrom('edition_translation').select('locale').where('edition_id', '=', x.edition.id).execute();
  if (remaining.length === 0) throw new AppError('input.invalid', 'an edition needs at least one language version with a title', { where: `title_${LOCALES[0]}` });
  if (input.actorId !== undefined && input.actorId !== null) {
    const after = await trx.selectFrom('edition_translation').selectAll().where('edition_id', '=', x.edition.id).orderBy('locale').execute();
    await auditRecorder(trx, {
      accountId: input.actorId, action: 'edition.edit', entity: 'edition', entityId: x.edition.id, at: now,
      before: snapshot(x.edition, x.translations), after: snapshot({ state: x.edition.state, updated_at: now, major_change: majorChange ? 1 : 0 }, after),
    });
  }
  return now;
}

/** Publishes every scheduled edition whose time has come; each exactly once (the state check is in the UPDATE). */
export async function dueEditionsPublisher(trx: Tx, input: { now?: string } = {}): Promise<PublishResult[]> {
  const now = input.now ?? new Date().toISOString();
  const due = await trx.selectFrom('edition').innerJoin('edition_workflow as w', 'w.edition_id', 'edition.id')
    .select(['edition.id', 'w.scheduled_for']).where('edition.state', '=', 'scheduled').where('w.scheduled_for', '<=', now).orderBy('w.scheduled_for').execute();
  const results: PublishResult[] = [];
  for (const row of due) {
    const x = await editionFacts(trx, row.id);
    if (x.edition.state !== 'scheduled') continue;
    try {
      results.push(await publishNow(trx, x, nextVersion(now, x.edition.updated_at), row.scheduled_for ?? undefined));
    } catch (error) {
      if (error instanceof AppError && error.code === 'conflict') continue; // another instance published it
      throw error;
    }
    await auditRecorder(trx, { accountId: null, action: 'edition.publish_scheduled', entity: 'edition', entityId: row.id, at: now, before: { state: 'scheduled' }, after: { state: 'published' } });
  }
  return results;
}

/** Marks one language version of a draft ready for publication (or not ready). Only a version with a title and a body can be ready. */
export async function translationReadySetter(trx: Tx, input: { editionId: number; locale: Locale; ready: boolean; actorId: number; expectedVersion?: string; now?: string }): Promise<void> {
  const x = await editionFacts(trx, input.editionId);
  refuse(failureReasons(x.facts, 'edit'), 'state');
  const t = x.translations.find((tr) => tr.locale === input.locale);
  if (input.ready && (!t || !t.title.trim() || !t.body.trim())) {
    throw new AppError('input.invalid', `the ${input.locale} version needs a title and a text before it can be marked ready`, { where: `ready_${input.locale}` });
  }
  const now = nextVersion(input.now ?? new Date().toISOString(), x.edition.updated_at);
  await bumpVersion(trx, x.edition.id, input.expectedVersion, {}, now);
  if (!x.workflow) await workflowSet(trx, x.edition.id, {});
  await trx.deleteFrom('translation_ready').where('edition_id', '=', x.edition.id).where('locale', '=', input.locale).execute();
  if (input.ready) await trx.insertInto('translation_ready').values({ edition_id: x.edition.id, locale: input.locale, ready_at: now, ready_by: input.actorId }).execute();
  await auditRecorder(trx, { accountId: input.actorId, action: input.ready ? 'edition.locale_ready' : 'edition.locale_not_ready', entity: 'edition', entityId: x.edition.id, at: now, after: { locale: input.locale } });
}

/**
 * An expiring link to a scheduled (embargoed) edition for a named outside recipient. Returns the
 * token for the link; only its digest is stored.
 */
export async function embargoLinkCreator(trx: Tx, input: { editionId: number; recipient: string; expiresAt: string; actorId: number; now?: string }): Promise<string> {
  const x = await editionFacts(trx, input.editionId);
  if (x.edition.state !== 'scheduled') throw new AppError('conflict', 'Only a scheduled (embargoed) edition can be shared before publication.', { where: 'state' });
  const recipient = input.recipient.trim();
  if (!recipient) throw new AppError('input.invalid', 'name the recipient of the link', { where: 'recipient' });
  const now = input.now ?? new Date().toISOString();
  const expiresAt = toUtcIso(input.expiresAt, 'link expiry');
  if (Date.parse(expiresAt) <= Date.parse(now)) throw new AppError('input.invalid', 'the link must expire in the future', { where: 'expires' });
  const token = randomBytes(24).toString('base64url');
  await trx.insertInto('embargo_link').values({ edition_id: x.edition.id, token_digest: createHash('sha256').update(token).digest('base64url'), recipient, created_by: input.actorId, created_at: now, expires_at: expiresAt, revoked_at: null }).execute();
  await auditRecorder(trx, { accountId: input.actorId, action: 'edition.embargo_link', entity: 'edition', entityId: x.edition.id, at: now, after: { recipient, expiresAt } });
  return token;
}
