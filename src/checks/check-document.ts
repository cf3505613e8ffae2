/**
 * Editorial checks over stored documents: gathers the facts the pure rules of domain.ts need
 * (latest edition's texts, the item's date, the directory, link targets, contact phones).
 * `checkDocument` is what the back office calls before submit.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import { AppError } from '../platform/errors.ts';
import { LOCALES, type Locale } from '../platform/i18n/locales.ts';
import { checkFacts, internalLinks, type DirectoryFacts, type DocumentFacts, type Finding } from './domain.ts';

type Db = Kysely<DB>;

/** Every person with spellings, terms of office and ranks. */
export async function loadDirectoryFacts(db: Db): Promise<DirectoryFacts[]> {
  const translations = await db.selectFrom('person_translation').select(['person_id', 'locale', 'given_name', 'patronymic', 'family_name']).execute();
  const aliases = await db.selectFrom('person_alias').select(['person_id', 'name']).execute();
  const terms = await db.selectFrom('appointment')
    .innerJoin('role', 'role.id', 'appointment.role_id')
    .leftJoin('role_translation as rt', (j) => j.onRef('rt.role_id', '=', 'role.id').on('rt.locale', '=', 'en'))
    .select(['appointment.person_id', 'role.function', 'role.state_code', 'rt.name', 'appointment.started_on', 'appointment.ended_on'])
    .execute();
  const ranks = await db.selectFrom('person_rank')
    .innerJoin('rank_translation as t', 't.rank_id', 'person_rank.rank_id')
    .select(['person_rank.person_id', 'person_rank.rank_id', 'person_rank.since_on', 't.name', 't.cases'])
    .execute();
  const people = new Map<number, DirectoryFacts>();
  const get = (id: number) => {
    let p = people.get(id);
    if (!p) { p = { id, names: [], display: '', terms: [], ranks: [] }; people.set(id, p); }
    return p;
  };
  for (const t of translations) {
    const p = get(t.person_id);
    p.names.push(`${t.given_name} ${t.family_name}`);
    if (t.locale === 'en' || !p.display) p.display = `${t.given_name} ${t.family_name}`;
    if ((LOCALES as readonly string[]).includes(t.locale)) (p.displays ??= {})[t.locale as Locale] = `${t.given_name} ${t.family_name}`;
  }
  for (const a of aliases) get(a.person_id).names.push(a.name);
  for (const t of terms) get(t.person_id).terms.push({ function: t.function, roleName: t.name ?? t.function, stateCode: t.state_code, startedOn: t.started_on, endedOn: t.ended_on });
  const rankKey = new Map<string, { names: string[]; since: string }>();
  for (const r of ranks) {
    const key = `${r.person_id}:${r.rank_id}:${r.since_on}`;
    let entry = rankKey.get(key);
    if (!entry) { entry = { names: [], since: r.since_on }; rankKey.set(key, entry); get(r.person_id).ranks.push(entry); }
    entry.names.push(r.name);
    if (r.cases) {
      try { entry.names.push(...Object.values(JSON.parse(r.cases) as Record<string, string>)); } catch { /* cases are optional */ }
    }
  }
  return [...people.values()];
}

export interface CheckOptions {
  directory?: DirectoryFacts[];
  locales?: readonly Locale[];
}

/** The findings for a document's latest edition. */
export async function checkDocument(db: Db, documentId: number, options: CheckOptions = {}): Promise<Finding[]> {
  const document = await db.selectFrom('document').select(['id', 'meeting_id', 'contact_id', 'first_published_at']).where('id', '=', documentId).executeTakeFirst();
  if (!document) throw new AppError('not_found', `document ${documentId} does not exist`, { where: 'DOCUMENT_ID' });
  const edition = await db.selectFrom('edition').select(['id', 'public_timestamp']).where('document_id', '=', documentId).orderBy('number', 'desc').executeTakeFirstOrThrow();
  const texts = await db.selectFrom('edition_translation').select(['locale', 'title', 'summary', 'body']).where('edition_id', '=', edition.id).execute();
  const meeting = document.meeting_id
    ? await db.selectFrom('meeting').select('date').where('id', '=', document.meeting_id).executeTakeFirst()
    : undefined;
  const date = meeting?.date ?? edition.public_timestamp?.slice(0, 10) ?? document.first_published_at?.slice(0, 10) ?? null;
  const contactPhones = document.contact_id
    ? (await db.selectFrom('contact_phone').select('e164').where('contact_id', '=', document.contact_id).orderBy('position').execute()).map((r) => r.e164)
    : [];
  const links: DocumentFacts['links'] = {};
  for (const t of texts) {
    for (const l of internalLinks(t.body)) {
      if (links[l.path]) continue;
      const slug = l.path.split('/').filter(Boolean).pop() ?? '';
      const target = await db.selectFrom('document').select('id').where('slug', '=', slug).executeTakeFirst();
      if (!target) { links[l.path] = 'missing'; continue; }
      const published = await db.selectFrom('edition').select('id').where('document_id', '=', target.id).where('state', '=', 'published').executeTakeFirst();
      links[l.path] = published ? 'published' : 'unpublished';
    }
  }
  const facts: DocumentFacts = {
    documentId, date,
    texts: texts.filter((t) => (LOCALES as readonly string[]).includes(t.locale)).map((t) => ({ locale: t.locale as Locale, title: t.title, summary: t.summary, body: t.body })),
    expectedLocales: options.locales ?? LOCALES,
    people: options.directory ?? (await loadDirectoryFacts(db)),
    contactPhones, links,
  };
  return checkFacts(facts);
}

export async function allDocumentIds(db: Db): Promise<number[]> {
  return (await db.selectFrom('document').select('id').orderBy('id').execute()).map((r) => r.id);
}
