/**
 * Moving a site: backup → restore and migrate-data between SQLite and PostgreSQL give an equal
 * site (every table compared), and bad backups or non-empty targets change nothing.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, type TestDatabase } from '../support/databases.ts';
import type { Store } from '../../src/platform/db/connect.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { exportSite, importSite, readBackup, siteDigest, writeBackup } from '../../src/platform/db/transfer.ts';
import { listTables } from '../../src/platform/db/introspect.ts';
import { AppError } from '../../src/platform/errors.ts';
import { findPublishedItem } from '../../src/newsroom/queries.ts';
import { sectionCreator } from '../../src/newsroom/commands.ts';

describe('moving a site between databases', () => {
  const databases: TestDatabase[] = [];
  const stores: Store[] = [];
  let dir: string;
  let sqlite: Store;
  let postgres: Store;
  let sqliteCopy: Store;
  let original: Record<string, { rows: number; sha256: string }>;

  async function fresh(kind: 'sqlite' | 'postgres'): Promise<Store> {
    const database = await createDatabase(kind);
    databases.push(database);
    const store = await database.open();
    stores.push(store);
    await migrate(store);
    return store;
  }

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'communique-transfer-'));
    sqlite = await fresh('sqlite');
    await seedDemo(sqlite);
    // A body whose parent has a higher id: self-references must not depend on row order.
    await sqlite.db.transaction().execute(async (trx) => {
      const child = await trx.insertInto('body').values({ slug: 'test-child', kind: 'working_group', parent_id: null, sort_order: 99 }).returning('id').executeTakeFirstOrThrow();
      const parent = await trx.insertInto('body').values({ slug: 'test-parent', kind: 'committee', parent_id: null, sort_order: 98 }).returning('id').executeTakeFirstOrThrow();
      await trx.updateTable('body').set({ parent_id: parent.id }).where('id', '=', child.id).execute();
    });
    original = await siteDigest(sqlite);
    postgres = await fresh('postgres');
    sqliteCopy = await fresh('sqlite');
  });
  after(async () => {
    for (const s of stores) await s.close();
    for (const d of databases) await d.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('every content table is copied, none is forgotten', async () => {
    const tables = (await listTables(sqlite)).map((t) => t.name).filter((n) => n !== 'schema_migration' && !n.startsWith('search_'));
    assert.deepEqual(Object.keys(original).sort(), tables.sort());
    assert.ok(original.document!.rows > 30);
    assert.ok(original.edition_translation!.rows > 60);
  });

  test('SQLite → PostgreSQL (migrate-data) gives an equal site', async () => {
    const result = await importSite(postgres, exportSite(sqlite));
    assert.ok(result.rows > 0);
    assert.deepEqual(await siteDigest(postgres), original);
    const item = await findPublishedItem(postgres.db, 'ru', '2022-05-24-council-of-defence-ministers');
    assert.ok(item, 'the copied site serves its items');
  });

  test('ids continue after the copied rows on PostgreSQL', async () => {
    const id = await postgres.db.transaction().execute((trx) => sectionCreator(trx, {
      slug: 'test-after-copy', names: { en: { name: 'After' }, ru: { name: 'После' } },
    }));
    const max = await sqlite.db.selectFrom('section').select((eb) => eb.fn.max('id').as('m')).executeTakeFirstOrThrow();
    assert.ok(id > Number(max.m));
    await postgres.db.deleteFrom('section').where('id', '=', id).execute();
  });

  test('PostgreSQL → backup file → SQLite gives the same site again', async () => {
    const file = join(dir, 'site.backup.gz');
    await writeBackup(postgres, file);
    await importSite(sqliteCopy, readBackup(file));
    assert.deepEqual(await siteDigest(sqliteCopy), original);
  });

  test('a target that holds data is refused and left as it was, unless replacing', async () => {
    const before = await siteDigest(sqliteCopy);
    await assert.rejects(importSite(sqliteCopy, exportSite(postgres)), (e: unknown) => e instanceof AppError && /already holds data/.test(e.message));
    assert.deepEqual(await siteDigest(sqliteCopy), before);
    await importSite(sqliteCopy, exportSite(postgres), { replace: true });
    assert.deepEqual(await siteDigest(sqliteCopy), original);
  });

  test('a truncated or foreign backup is refused and changes nothing', async () => {
    const target = await fresh('sqlite');
    const empty = await siteDigest(target);
    const lines: string[] = [];
    for await (const r of exportSite(sqlite)) lines.push(JSON.stringify(r));
    const truncated = join(dir, 'truncated.gz');
    writeFileSync(truncated, gzipSync(lines.slice(0, Math.floor(lines.length / 2)).join('\n')));
    await assert.rejects(importSite(target, readBackup(truncated)), /truncated/);
    assert.deepEqual(await siteDigest(target), empty);
    const foreign = join(dir, 'foreign.gz');
    writeFileSync(foreign, gzipSync('{"hello":"world"}\n'));
    await assert.rejects(importSite(target, readBackup(foreign)), /not a Communiqué backup/);
    const notGzip = join(dir, 'plain.txt');
    writeFileSync(notGzip, 'plain text');
    await assert.rejects(importSite(target, readBackup(notGzip)), /cannot be read as a Communiqué backup/);
    assert.deepEqual(await siteDigest(target), empty);
  });
});
