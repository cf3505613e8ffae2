/**
 * Writes of the importer: one extracted source becomes a draft document (never published), its
 * original address a redirect to the new page, and a record that recognises the source again.
 * Runs inside the caller's transaction, so a source is imported whole or not at all.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import { AppError } from '../platform/errors.ts';
import { documentCreator } from '../newsroom/commands.ts';
import { paths } from '../site/paths.ts';
import { transliterate, type ExtractedItem, type Extraction } from './domain.ts';
import { bodyIdsByName, findImportedSource, knownStateCodes, sectionIdBySlug } from './queries.ts';

type Tx = Kysely<DB>;

export function slugify(title: string): string {
  const ascii = transliterate(title).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  let slug = ascii.slice(0, 80).replace(/-[^-]*$/, (tail) => (ascii.length > 80 ? '' : tail)).replace(/-+$/, '');
  if (slug === '') slug = 'item';
  return slug;
}

async function uniqueSlug(trx: Tx, base: string): Promise<string> {
  let slug = base;
  for (let n = 2; await trx.selectFrom('document').select('id').where('slug', '=', slug).executeTakeFirst(); n++) slug = `${base}-${n}`;
  return slug;
}

/** The path of an address as the site sees it in request.url: "/news/item.php?id=5". */
export function legacyPath(url: string): string | null {
  try {
    const u = new URL(url);
    return `${u.pathname}${u.search}` || '/';
  } catch {
    return null;
  }
}

function summaryOf(body: string): string {
  const first = body.split('\n')[0] ?? '';
  const sentence = first.split(/(?<=[.!?])\s+(?=[A-ZА-ЯЁ«"])/u)[0] ?? first;
  return sentence.length > 300 ? `${sentence.slice(0, 297)}…` : sentence;
}

export interface ImportInput {
  sourceName: string;
  contentHash: string;
  extraction: Extraction;
  sectionSlug: string;
  now?: string;
}

export interface ImportOutcome {
  status: 'imported' | 'updated' | 'skipped';
  documentId: number | null;
  path: string | null;
  redirectFrom: string | null;
  reason?: string;
}

/** Imports one source's main item as a draft; skips a source seen before, updates the draft of a changed page at a known address. */
export async function sourceImporter(trx: Tx, input: ImportInput): Promise<ImportOutcome> {
  const now = input.now ?? new Date().toISOString();
  const item: ExtractedItem | undefined = input.extraction.items[0];
  if (!item) throw new AppError('input.invalid', `${input.sourceName}: nothing to import`, { where: input.sourceName });
  const sectionId = await sectionIdBySlug(trx, input.sectionSlug);
  if (sectionId === undefined) throw new AppError('input.invalid', `section "${input.sectionSlug}" does not exist`, { where: '--section' });
  const originalUrl = input.extraction.originalUrl;
  const earlier = await findImportedSource(trx, input.contentHash, originalUrl);
  if (earlier && earlier.contentHash === input.contentHash) {
    return { status: 'skipped', documentId: earlier.documentId, path: null, redirectFrom: null, reason: `already imported${earlier.documentId ? ` as document ${earlier.documentId}` : ''}` };
  }
  const summary = summaryOf(item.body);
  if (earlier && earlier.documentId !== null) {
    // Same address, new content: update the draft if it is still one, never add a second document.
    const draft = await trx.selectFrom('edition').select(['id', 'state']).where('document_id', '=', earlier.documentId).orderBy('number', 'desc').executeTakeFirst();
    if (!draft || draft.state !== 'draft') {
      return { status: 'skipped', documentId: earlier.documentId, path: null, redirectFrom: null, reason: `the page at ${originalUrl} was imported before and its document is no longer a draft` };
    }
    const existing = await trx.selectFrom('edition_translation').select('locale').where('edition_id', '=', draft.id).where('locale', '=', item.locale).executeTakeFirst();
    if (existing) {
      await trx.updateTable('edition_translation').set({ title: item.title, summary, body: item.body }).where('edition_id', '=', draft.id).where('locale', '=', item.locale).execute();
    } else {
      await trx.insertInto('edition_translation').values({ edition_id: draft.id, locale: item.locale, title: item.title, summary, body: item.body, change_note: null }).execute();
    }
    await trx.updateTable('edition').set({ updated_at: now }).where('id', '=', draft.id).execute();
    await trx.updateTable('import_source').set({ content_hash: input.contentHash, source_name: input.sourceName, warnings: JSON.stringify(item.warnings), updated_at: now })
      .where('id', '=', earlier.id).execute();
    return { status: 'updated', documentId: earlier.documentId, path: null, redirectFrom: null };
  }

  const slug = await uniqueSlug(trx, slugify(item.title));
  const personIds = [...new Set([item.meeting?.chair?.personId, ...(item.meeting?.participants ?? []).map((p) => p.personId), item.author?.personId]
    .filter((id): id is number => typeof id === 'number'))];
  const stateCodes = await knownStateCodes(trx, [...new Set([item.meeting?.chair?.state, ...(item.meeting?.participants ?? []).map((p) => p.state)]
    .filter((s): s is string => typeof s === 'string'))]);
  const bodyIds = await bodyIdsByName(trx, item.meeting?.body ? [item.meeting.body] : []);
  const { documentId } = await documentCreator(trx, {
    slug, type: item.kind, sectionId, personIds, stateCodes, bodyIds,
    translations: { [item.locale]: { title: item.title, summary, body: item.body } },
    now,
  });
  if (item.date && item.dateCertain) {
    // The legacy item's own date, kept on the draft (midday in Moscow) so checks and the publisher see it.
    await trx.updateTable('edition').set({ public_timestamp: `${item.date}T09:00:00.000Z` }).where('document_id', '=', documentId).execute();
  }
  const path = paths.item(item.locale, input.sectionSlug, slug);
  let redirectFrom: string | null = null;
  const from = originalUrl ? legacyPath(originalUrl) : null;
  if (from && from !== path) {
    const taken = await trx.selectFrom('redirect').select('to_path').where('from_path', '=', from).executeTakeFirst();
    if (taken) await trx.updateTable('redirect').set({ to_path: path }).where('from_path', '=', from).execute();
    else await trx.insertInto('redirect').values({ from_path: from, to_path: path, status_code: 301, created_at: now }).execute();
    redirectFrom = from;
  }
  await trx.insertInto('import_source').values({
    content_hash: input.contentHash, original_url: originalUrl, source_name: input.sourceName, document_id: documentId,
    warnings: JSON.stringify(item.warnings), imported_at: now, updated_at: now,
  }).execute();
  return { status: 'imported', documentId, path, redirectFrom };
}
