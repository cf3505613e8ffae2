/**
 * The store on both databases: migrations, the demo archive through the commands, the rules the
 * commands enforce, and the reads the site uses. Every test runs on SQLite and on PostgreSQL.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import { DATABASE_KINDS, createDatabase, type TestDatabase } from '../support/databases.ts';
import type { Store } from '../../src/platform/db/connect.ts';
import { migrate, appliedMigrations, type Migration } from '../../src/platform/db/migrate.ts';
import { migrations } from '../../src/platform/db/migrations/index.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { demoArchive } from '../../src/demo/archive.ts';
import { appointmentCreator, personCreator, roleCreator } from '../../src/directory/commands.ts';
import { contactCreator, documentCreator, editionPublisher, editionSubmitter } from '../../src/newsroom/commands.ts';
import { findContact, findPublishedItem, listPublishedItems, listSections } from '../../src/newsroom/queries.ts';
import { findMeeting } from '../../src/meetings/queries.ts';
import { generateMeetingReport } from '../../src/meetings/report-text.ts';
import { AppError } from '../../src/platform/errors.ts';

for (const kind of DATABASE_KINDS) {
  describe(`store on ${kind}`, () => {
    let database: TestDatabase;
    let store: Store;

    before(async () => {
      database = await createDatabase(kind);
      store = await database.open();
    });
    after(async () => {
      await store?.close();
      await database?.drop();
    });

    test('migrations apply once and are recorded', async () => {
      const all = migrations.map((m) => m.name);
      const first = await migrate(store);
      assert.deepEqual(first.applied, all);
      const second = await migrate(store);
      assert.deepEqual(second.applied, []);
      assert.equal(second.alreadyApplied, all.length);
      assert.deepEqual(await appliedMigrations(store), [...all].sort());
    });

    test('a failing migration leaves the database as it was', async () => {
      const broken: Migration = {
        name: '999-broken',
        async up(db: Kysely<any>) {
          await db.schema.createTable('half_done').addColumn('id', 'integer').execute();
          await db.insertInto('section').values({ slug: 'half', body_id: null, sort_order: 0 }).execute();
          throw new Error('boom');
        },
      };
      await assert.rejects(migrate(store, [broken]), (e: unknown) => e instanceof AppError && /999-broken failed and was rolled back: boom/.test(e.message));
      const tables = kind === 'sqlite'
        ? await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name = 'half_done'`.execute(store.db)
        : await sql<{ name: string }>`select table_name as name from information_schema.tables where table_name = 'half_done'`.execute(store.db);
      assert.equal(tables.rows.length, 0);
      assert.equal(await store.db.selectFrom('section').select('id').where('slug', '=', 'half').executeTakeFirst(), undefined);
      assert.deepEqual(await appliedMigrations(store), migrations.map((m) => m.name).sort());
    });

    test('the demo archive loads once, completely', async () => {
      const result = await seedDemo(store);
      assert.equal(result.seeded, true);
      assert.equal(result.documents, demoArchive.documents.length);
      const again = await seedDemo(store);
      assert.equal(again.seeded, false, 'a second run leaves existing content alone');
      const counts = await store.db.selectFrom('document').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(counts.n), demoArchive.documents.length);
      const published = await store.db.selectFrom('edition').select((eb) => eb.fn.countAll<number>().as('n')).where('state', '=', 'published').executeTakeFirstOrThrow();
      assert.equal(Number(published.n), demoArchive.documents.length);
    });

    test('all news lists every published item newest first, per locale', async () => {
      for (const locale of ['en', 'ru'] as const) {
        const { items, total } = await listPublishedItems(store.db, { locale, limit: 1000, offset: 0 });
        assert.equal(total, demoArchive.documents.length);
        const stamps = items.map((i) => i.publicTimestamp);
        assert.deepEqual(stamps, [...stamps].sort().reverse());
      }
      const sections = await listSections(store.db, 'ru');
      assert.ok(sections.length >= 3);
      assert.ok(sections.every((s) => /[а-яё]/i.test(s.name)), 'Russian section names');
    });

    test('the 24 May 2022 meeting report reads its record in both languages', async () => {
      const item = await findPublishedItem(store.db, 'en', '2022-05-24-council-of-defence-ministers');
      assert.ok(item && item.meetingId);
      const en = await findMeeting(store.db, 'en', item.meetingId);
      const ru = await findMeeting(store.db, 'ru', item.meetingId);
      assert.ok(en?.report && ru?.report);
      assert.equal(en.format, 'videoconference');
      assert.equal(en.chair?.name, 'Suren Papikyan');
      assert.deepEqual(en.participants.map((p) => p.name), [
        'Viktor Khrenin', 'Ruslan Zhaksylykov', 'Baktybek Bekbolotov', 'Sergei Shoigu', 'Sherali Mirzo', 'Stanislav Zas', 'Anatoly Sidorov',
      ]);
      assert.equal(en.participants[0]?.rank, 'Lieutenant General');
      const [enFirst] = generateMeetingReport(en.report);
      const [ruFirst, ruSecond] = generateMeetingReport(ru.report);
      assert.match(enFirst!, /^On 24 May 2022 the Council of Defence Ministers/);
      assert.match(ruFirst!, /под председательством Министра обороны Республики Армения Сурена Папикяна/);
      assert.match(ruSecond!, /министры обороны Республики Беларусь \(генерал-лейтенант Виктор Хренин\)/);
    });

    test('the statement of 28 September 2020 keeps its date and author', async () => {
      const item = await findPublishedItem(store.db, 'en', '2020-09-28-statement-nagorno-karabakh');
      assert.ok(item);
      assert.equal(item.type, 'statement');
      assert.equal(item.publicTimestamp.slice(0, 10), '2020-09-28');
      assert.deepEqual(item.locales, ['en', 'ru']);
      assert.match(item.title, /Nagorno-Karabakh/);
      const contact = await findContact(store.db, 'ru', item.contactId!);
      assert.deepEqual(contact?.phones, ['+74957952710', '+74956213323']);
    });

    test('a single-holder role refuses overlapping appointments, and nothing is half-written', async () => {
      const before = await store.db.selectFrom('appointment').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      await assert.rejects(
        store.db.transaction().execute(async (trx) => {
          const role = await trx.selectFrom('role').select('id').where('slug', '=', 'secretary-general').executeTakeFirstOrThrow();
          const personId = await personCreator(trx, {
            slug: 'test-overlap-person', gender: 'female',
            names: { en: { given: 'Anna', family: 'Testova' }, ru: { given: 'Анна', family: 'Тестова' } },
          });
          await appointmentCreator(trx, { personId, roleId: role.id, startedOn: '2022-06-01', endedOn: '2022-07-01' });
        }),
        (e: unknown) => e instanceof AppError && e.code === 'conflict' && /one holder at a time/.test(e.message),
      );
      const afterCount = await store.db.selectFrom('appointment').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(afterCount.n), Number(before.n));
      assert.equal(await store.db.selectFrom('person').select('id').where('slug', '=', 'test-overlap-person').executeTakeFirst(), undefined);
    });

    test('a hand-over on the same day is not an overlap', async () => {
      await store.db.transaction().execute(async (trx) => {
        const roleId = await roleCreator(trx, {
          slug: 'test-handover-role', function: 'test', singleHolder: true,
          names: { en: { name: 'Test Officer', shortName: 'Officer' }, ru: { name: 'Проверяющий', shortName: 'Проверяющий' } },
        });
        const a = await personCreator(trx, { slug: 'test-a', gender: 'male', names: { en: { given: 'A', family: 'One' }, ru: { given: 'А', family: 'Один' } } });
        const b = await personCreator(trx, { slug: 'test-b', gender: 'male', names: { en: { given: 'B', family: 'Two' }, ru: { given: 'Б', family: 'Два' } } });
        await appointmentCreator(trx, { personId: a, roleId, startedOn: '2020-01-01', endedOn: '2021-01-01' });
        await appointmentCreator(trx, { personId: b, roleId, startedOn: '2021-01-01', endedOn: null });
        await assert.rejects(appointmentCreator(trx, { personId: a, roleId, startedOn: '2022-01-01', endedOn: null }), /overlaps/);
        throw new RollbackSignal();
      }).catch((e) => { if (!(e instanceof RollbackSignal)) throw e; });
    });

    test('phones are stored as E.164 and a bad number names itself', async () => {
      await store.db.transaction().execute(async (trx) => {
        const id = await contactCreator(trx, {
          slug: 'test-contact', names: { en: { name: 'N', role: 'R' }, ru: { name: 'Н', role: 'Р' } },
          phones: ['+7 (495) 795-27-10', '+7 495 621 33 23'],
        });
        const phones = await trx.selectFrom('contact_phone').select('e164').where('contact_id', '=', id).orderBy('position').execute();
        assert.deepEqual(phones.map((p) => p.e164), ['+74957952710', '+74956213323']);
        await assert.rejects(
          contactCreator(trx, { slug: 'test-bad', names: { en: { name: 'N', role: 'R' }, ru: { name: 'Н', role: 'Р' } }, phones: ['12'] }),
          (e: unknown) => e instanceof AppError && e.code === 'input.invalid' && /phone 1: "12" is not a valid/.test(e.message),
        );
        throw new RollbackSignal();
      }).catch((e) => { if (!(e instanceof RollbackSignal)) throw e; });
    });

    test('publishing a new edition supersedes the old one and keeps the first publication time', async () => {
      const section = await store.db.selectFrom('section').select('id').orderBy('id').executeTakeFirstOrThrow();
      const { documentId, editionId } = await store.db.transaction().execute((trx) => documentCreator(trx, {
        slug: 'test-edition-flow', type: 'news', sectionId: section.id,
        translations: { en: { title: 'First', summary: 'S', body: 'Body' }, ru: { title: 'Первая', summary: 'С', body: 'Текст' } },
      }));
      await assert.rejects(store.db.transaction().execute((trx) => editionPublisher(trx, { editionId })), /is a draft, so it cannot be published/);
      await store.db.transaction().execute(async (trx) => {
        await editionSubmitter(trx, { editionId });
        await editionPublisher(trx, { editionId, publicTimestamp: '2024-03-01T10:00:00+03:00' });
      });
      const firstPublished = await store.db.selectFrom('document').select('first_published_at').where('id', '=', documentId).executeTakeFirstOrThrow();
      assert.equal(firstPublished.first_published_at, '2024-03-01T07:00:00.000Z');
      const second = await store.db.insertInto('edition').values({
        document_id: documentId, number: 2, state: 'draft', public_timestamp: null, published_at: null, major_change: 0,
        created_at: '2024-03-02T00:00:00.000Z', updated_at: '2024-03-02T00:00:00.000Z',
      }).returning('id').executeTakeFirstOrThrow();
      await store.db.insertInto('edition_translation').values({ edition_id: second.id, locale: 'en', title: 'Second', summary: 'S', body: 'B', change_note: null }).execute();
      await store.db.transaction().execute(async (trx) => {
        await editionSubmitter(trx, { editionId: second.id });
        await editionPublisher(trx, { editionId: second.id, publicTimestamp: '2024-03-02T10:00:00+03:00' });
      });
      const states = await store.db.selectFrom('edition').select(['number', 'state']).where('document_id', '=', documentId).orderBy('number').execute();
      assert.deepEqual(states, [{ number: 1, state: 'superseded' }, { number: 2, state: 'published' }]);
      const item = await findPublishedItem(store.db, 'en', 'test-edition-flow');
      assert.equal(item?.title, 'Second');
      assert.equal(item?.firstPublishedAt, '2024-03-01T07:00:00.000Z');
      assert.equal(await findPublishedItem(store.db, 'ru', 'test-edition-flow'), undefined, 'the new edition has no Russian version');
    });

    test('unique violations are recognised by the dialect', async () => {
      try {
        await store.db.insertInto('section').values({ slug: 'organization-news', body_id: null, sort_order: 0 }).execute();
        assert.fail('duplicate slug was accepted');
      } catch (error) {
        assert.equal(store.dialect.isUniqueViolation(error), true);
        assert.equal(store.dialect.isForeignKeyViolation(error), false);
      }
    });

    test('dates, timestamps and flags read back alike on both databases', async () => {
      const meeting = await store.db.selectFrom('meeting').select(['date', 'starts_at', 'time_zone']).where('date', '=', '2022-05-24').executeTakeFirstOrThrow();
      assert.equal(meeting.date, '2022-05-24');
      assert.match(meeting.starts_at, /^2022-05-2[34]T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      const role = await store.db.selectFrom('role').select('single_holder').where('slug', '=', 'secretary-general').executeTakeFirstOrThrow();
      assert.equal(role.single_holder, 1);
    });
  });
}

class RollbackSignal extends Error {}
