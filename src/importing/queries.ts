/** Named reads for the importer: the directory's people with every spelling, and earlier imports. */
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import type { Locale } from '../platform/i18n/locales.ts';
import type { DirectoryPerson } from './domain.ts';

type Db = Kysely<DB>;

export interface DirectoryNames {
  people: DirectoryPerson[];
  /** The person's name as written in a locale ("given family"). */
  nameOf(id: number, locale: Locale): string | undefined;
}

/** Every person with names in each locale (with and without patronymic) and every alias. */
export async function directoryNames(db: Db): Promise<DirectoryNames> {
  const translations = await db.selectFrom('person_translation').select(['person_id', 'locale', 'given_name', 'patronymic', 'family_name']).execute();
  const aliases = await db.selectFrom('person_alias').select(['person_id', 'name']).execute();
  const byId = new Map<number, DirectoryPerson>();
  const display = new Map<string, string>();
  const add = (id: number, name: string) => {
    const p = byId.get(id) ?? { id, names: [] };
    if (!p.names.includes(name)) p.names.push(name);
    byId.set(id, p);
  };
  for (const t of translations) {
    add(t.person_id, `${t.given_name} ${t.family_name}`);
    if (t.patronymic) add(t.person_id, `${t.given_name} ${t.patronymic} ${t.family_name}`);
    display.set(`${t.person_id}:${t.locale}`, `${t.given_name} ${t.family_name}`);
  }
  for (const a of aliases) add(a.person_id, a.name);
  return { people: [...byId.values()], nameOf: (id, locale) => display.get(`${id}:${locale}`) };
}

export interface ImportedSource {
  id: number;
  contentHash: string;
  originalUrl: string | null;
  documentId: number | null;
}

/** An earlier import of the same bytes, or else of the same original address. */
export async function findImportedSource(db: Db, contentHash: string, originalUrl: string | null): Promise<ImportedSource | undefined> {
  const byHash = await db.selectFrom('import_source').select(['id', 'content_hash', 'original_url', 'document_id'])
    .where('content_hash', '=', contentHash).executeTakeFirst();
  const row = byHash ?? (originalUrl
    ? await db.selectFrom('import_source').select(['id', 'content_hash', 'original_url', 'document_id'])
      .where('original_url', '=', originalUrl).orderBy('id', 'desc').executeTakeFirst()
    : undefined);
  return row ? { id: row.id, contentHash: row.content_hash, originalUrl: row.original_url, documentId: row.document_id } : undefined;
}

export async function sectionIdBySlug(db: Db, slug: string): Promise<number | undefined> {
  return (await db.selectFrom('section').select('id').where('slug', '=', slug).executeTakeFirst())?.id;
}

export async function firstSectionSlug(db: Db): Promise<string | undefined> {
  return (await db.selectFrom('section').select('slug').orderBy('sort_order').orderBy('id').executeTakeFirst())?.slug;
}

export async function bodyIdsByName(db: Db, names: readonly string[]): Promise<number[]> {
  if (names.length === 0) return [];
  const rows = await db.selectFrom('body_translation').select('body_id').where('name', 'in', [...names]).execute();
  return [...new Set(rows.map((r) => r.body_id))];
}

export async function knownStateCodes(db: Db, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await db.selectFrom('member_state').select('code').where('code', 'in', [...codes]).execute();
  return rows.map((r) => r.code);
}
