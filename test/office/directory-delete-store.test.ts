/**
 * Deleting directory records on both databases: a record nothing refers to goes with what belongs
 * only to it (translations, aliases, ranks held, membership periods, phones); a record something
 * refers to — by a foreign key or loosely (search index facets, redirects, links in items' texts)
 * — is kept, refused with a RecordInUseError naming what refers to it, and nothing changes.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DATABASE_KINDS, createDatabase, type TestDatabase } from '../support/databases.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import type { Store } from '../../src/platform/db/connect.ts';
import type { DB } from '../../src/platform/db/schema.ts';
import { AppError } from '../../src/platform/errors.ts';
import {
  RecordInUseError, appointmentCreator, appointmentDeleter, bodyCreator, bodyDeleter, chairmanshipCreator, contactDeleter, memberStateCreator, memberStateDeleter,
  personCreator, personDeleter, rankCreator, rankDeleter, roleCreator, roleDeleter, sectionDeleter,
} from '../../src/directory/commands.ts';
import { contactCreator, documentCreator, sectionCreator } from '../../src/newsroom/commands.ts';
import { meetingRecorder } from '../../src/meetings/commands.ts';

/** Every table a deletion could touch: their row counts must not move when a deletion is refused. */
const TABLES = [
  'person', 'person_translation', 'person_alias', 'person_rank', 'rank', 'rank_translation', 'role', 'role_translation', 'appointment', 'appointment_translation',
  'body', 'body_translation', 'member_state', 'member_state_translation', 'membership', 'chairmanship', 'section', 'section_translation',
  'contact', 'contact_translation', 'contact_phone', 'document', 'document_person', 'document_body', 'document_state', 'meeting', 'meeting_participant',
  'search_entry', 'redirect',
] as const satisfies readonly (keyof DB)[];

const stateNames = (name: string) => ({ en: { shortName: name, officialName: `Republic of ${name}` }, ru: { shortName: name, officialName: `Республика ${name}` } });
const roleNames = (name: string) => ({ en: { name, shortName: name }, ru: { name, shortName: name } });
const personNames = (given: string, family: string) => ({ en: { given, family }, ru: { given, family } });
const text = (title: string, body = 'Text.') => ({ en: { title, summary: title, body } });

for (const kind of DATABASE_KINDS) {
  describe(`deleting directory records on ${kind}`, () => {
    let database: TestDatabase;
    let store: Store;
    let section = 0;
    let org = 0;
    let n = 0;
    const tx = <T>(f: (trx: Store['db']) => Promise<T>) => store.db.transaction().execute(f);
    const slug = (what: string) => `${what}-${++n}`;

    async function counts(): Promise<Record<string, number>> {
      const out: Record<string, number> = {};
      for (const table of TABLES) {
        const row = await store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
        out[table] = Number(row.n);
      }
      return out;
    }

    /** Runs a deletion that must be refused: the sentence matches, and no table's row count moves. */
    async function refused(remove: (trx: Store['db']) => Promise<void>, sentence: RegExp): Promise<RecordInUseError> {
      const before = await counts();
      let caught: unknown;
      await assert.rejects(tx(remove), (error: unknown) => {
        caught = error;
        return true;
      });
      assert.ok(caught instanceof RecordInUseError, `a RecordInUseError, not ${String(caught)}`);
      assert.equal(caught.code, 'conflict');
      assert.equal(caught.status, 409);
      assert.match(caught.message, sentence);
      assert.deepEqual(await counts(), before, 'nothing changed');
      return caught;
    }

    const person = () => tx((trx) => personCreator(trx, { slug: slug('person'), gender: 'male', names: personNames('Ivan', 'Testov') }));
    const state = async (code: string) => tx((trx) => memberStateCreator(trx, { code, protocolOrder: 1, names: stateNames(code), memberships: [{ startedOn: '2002-10-07' }] }));
    const document = (input: { personIds?: number[]; bodyIds?: number[]; stateCodes?: string[]; contactId?: number; sectionId?: number; body?: string; authorAppointmentId?: number }) =>
      tx(async (trx) => (await documentCreator(trx, {
        slug: slug('item'), type: 'news', sectionId: input.sectionId ?? section, translations: text('An item', input.body),
        personIds: input.personIds, bodyIds: input.bodyIds, stateCodes: input.stateCodes, contactId: input.contactId ?? null, authorAppointmentId: input.authorAppointmentId ?? null,
      })).documentId);
    const searchEntry = (documentId: number, facets: { people?: string; bodies?: string; states?: string }, sectionId = section) =>
      store.db.insertInto('search_entry').values({
        document_id: documentId, locale: 'en', edition_id: 1, section_id: sectionId, type: 'news', year: 2020, public_timestamp: '2020-01-01T00:00:00.000Z',
        facet_people: facets.people ?? '', facet_bodies: facets.bodies ?? '', facet_states: facets.states ?? '', indexed_at: '2020-01-01T00:00:00.000Z',
      }).execute();
    const redirect = (from: string, to: string) => store.db.insertInto('redirect').values({ from_path: from, to_path: to, status_code: 301, created_at: '2020-01-01T00:00:00.000Z' }).execute();

    before(async () => {
      database = await createDatabase(kind);
      store = await database.open();
      await migrate(store);
      section = await tx((trx) => sectionCreator(trx, { slug: 'news', names: { en: { name: 'News' }, ru: { name: 'Новости' } } }));
      org = await tx((trx) => bodyCreator(trx, { slug: 'org', kind: 'organization', names: { en: { name: 'Organization', abbreviation: 'ORG' }, ru: { name: 'Организация', abbreviation: 'ОРГ' } } }));
    });
    after(async () => {
      await store?.close();
      await database?.drop();
    });

    test('a person nobody refers to goes with names, aliases and ranks held', async () => {
      const rank = await tx((trx) => rankCreator(trx, { slug: slug('rank'), kind: 'military', names: { en: { name: 'General' }, ru: { name: 'генерал' } } }));
      const id = await tx((trx) => personCreator(trx, {
        slug: slug('person'), gender: 'female', names: personNames('Anna', 'Testova'), aliases: [{ locale: 'en', name: 'Anna Testowa' }], ranks: [{ rankId: rank, since: '2020-01-01', sincePrecision: 'year' }],
      }));
      const other = await person();
      // Loose references that only look alike must not block it: person 1x in a facet, another slug in a redirect.
      const doc = await document({ personIds: [other] });
      await searchEntry(doc, { people: `${id}000,9${id}9,${other}` });
      const slugOf = (await store.db.selectFrom('person').select('slug').where('id', '=', id).executeTakeFirstOrThrow()).slug;
      await redirect('/old/similar', `/en/people/${slugOf}-junior/`);
      const before = await counts();
      await tx((trx) => personDeleter(trx, id));
      const afterward = await counts();
      assert.equal(await store.db.selectFrom('person').select('id').where('id', '=', id).executeTakeFirst(), undefined);
      for (const table of ['person_translation', 'person_alias', 'person_rank'] as const) {
        assert.equal((await store.db.selectFrom(table).select('person_id').where('person_id', '=', id).execute()).length, 0, `${table} rows gone`);
      }
      assert.deepEqual(
        { person: afterward.person, translations: afterward.person_translation, aliases: afterward.person_alias, ranks: afterward.person_rank, rank: afterward.rank },
        { person: before.person! - 1, translations: before.person_translation! - 2, aliases: before.person_alias! - 1, ranks: before.person_rank! - 1, rank: before.rank },
        'only its own rows went; the rank itself stays',
      );
      await assert.rejects(tx((trx) => personDeleter(trx, id)), (e: unknown) => e instanceof AppError && e.code === 'not_found');
    });

    test('a person is kept while an appointment, a meeting, an item, the search index, a redirect or an item\'s text refers to them', async () => {
      const role = await tx((trx) => roleCreator(trx, { slug: slug('role'), function: 'adviser', singleHolder: false, names: roleNames('Adviser') }));
      const holder = await person();
      const appointment = await tx((trx) => appointmentCreator(trx, { personId: holder, roleId: role, startedOn: '2020-01-01', endedOn: null }));
      await refused((trx) => personDeleter(trx, holder), new RegExp(`^person ${holder} holds appointment ${appointment}; delete or change it first$`));

      const guest = await person();
      const meeting = await tx((trx) => meetingRecorder(trx, {
        bodyId: org, date: '2021-05-24', timeZone: 'Europe/Moscow', format: 'videoconference',
        participants: [{ personId: guest, roleAsWritten: { en: 'Guest', ru: 'Гость' } }], agenda: [], outcomes: [],
      }));
      await refused((trx) => personDeleter(trx, guest), new RegExp(`^person ${guest} is named among the participants of meeting ${meeting};`));

      const named = await person();
      const doc = await document({ personIds: [named] });
      await refused((trx) => personDeleter(trx, named), new RegExp(`^person ${named} is named in item ${doc};`));

      const stale = await person();
      const indexed = await document({});
      await searchEntry(indexed, { people: `900000,${stale},900001` });
      await refused((trx) => personDeleter(trx, stale), new RegExp(`^person ${stale} is in the search index entries of item ${indexed} \\(rebuild the index: communique reindex\\);`));

      const target = await person();
      const targetSlug = (await store.db.selectFrom('person').select('slug').where('id', '=', target).executeTakeFirstOrThrow()).slug;
      await redirect('/legacy/people/42.html', `/ru/people/${targetSlug}/`);
      await redirect('/legacy/people/43.html', `/EN/People/${targetSlug}`);
      await refused((trx) => personDeleter(trx, target), new RegExp(`^person ${target} is where the redirects from /legacy/people/42\\.html and /legacy/people/43\\.html lead; delete or change them first$`));

      const linked = await person();
      const linkedSlug = (await store.db.selectFrom('person').select('slug').where('id', '=', linked).executeTakeFirstOrThrow()).slug;
      const mention = await document({ body: `See [the profile](https://press.test/en/people/${linkedSlug}/#bio).` });
      await refused((trx) => personDeleter(trx, linked), new RegExp(`^person ${linked} is linked from the text of item ${mention};`));

      // Every reference at once: each named, in one sentence.
      const all = await person();
      await tx((trx) => appointmentCreator(trx, { personId: all, roleId: role, startedOn: '2020-01-01', endedOn: null }));
      const linkedItem = await document({ personIds: [all] });
      await searchEntry(linkedItem, { people: String(all) });
      // The index entry only repeats the item's link: the sentence names the item, not the index.
      const error = await refused((trx) => personDeleter(trx, all), new RegExp(`^person ${all} holds appointment \\d+ and is named in item \\d+; delete or change them first$`));
      assert.deepEqual(error.uses.map((u) => u.relation), ['holds_appointment', 'item_link']);
      assert.deepEqual(error.subject, { entity: 'person', label: String(all) });
    });

    test('a role goes with its names unless an appointment holds it', async () => {
      const free = await tx((trx) => roleCreator(trx, { slug: slug('role'), function: 'adviser', singleHolder: true, names: { ...roleNames('Adviser'), ru: { name: 'Советник', shortName: 'Советник', cases: { gen: 'Советника' } } } }));
      await tx((trx) => roleDeleter(trx, free));
      assert.equal((await store.db.selectFrom('role_translation').select('role_id').where('role_id', '=', free).execute()).length, 0);
      assert.equal(await store.db.selectFrom('role').select('id').where('id', '=', free).executeTakeFirst(), undefined);

      const held = await tx((trx) => roleCreator(trx, { slug: slug('role'), function: 'adviser', singleHolder: false, names: roleNames('Adviser') }));
      const ids: number[] = [];
      for (let i = 0; i < 7; i++) {
        const p = await person();
        ids.push(await tx((trx) => appointmentCreator(trx, { personId: p, roleId: held, startedOn: '2020-01-01', endedOn: null })));
      }
      await refused((trx) => roleDeleter(trx, held), new RegExp(`^role ${held} is held in appointments ${ids.slice(0, 5).join(', ')} and 2 more; delete or change them first$`));
    });

    test('a body goes with its names unless a child body, role, section, chairmanship, meeting, item, search entry, redirect or text refers to it', async () => {
      const free = await tx((trx) => bodyCreator(trx, { slug: slug('body'), kind: 'committee', parentId: org, names: { en: { name: 'Committee' }, ru: { name: 'Комитет', cases: { gen: 'Комитета' } } } }));
      await tx((trx) => bodyDeleter(trx, free));
      assert.equal((await store.db.selectFrom('body_translation').select('body_id').where('body_id', '=', free).execute()).length, 0);

      const body = () => tx((trx) => bodyCreator(trx, { slug: slug('body'), kind: 'council', names: { en: { name: 'Council' }, ru: { name: 'Совет' } } }));
      const parent = await body();
      const child = await tx((trx) => bodyCreator(trx, { slug: slug('body'), kind: 'committee', parentId: parent, names: { en: { name: 'Sub' }, ru: { name: 'Под' } } }));
      await refused((trx) => bodyDeleter(trx, parent), new RegExp(`^body ${parent} is the parent of body ${child};`));
      assert.ok(await store.db.selectFrom('body').select('id').where('id', '=', parent).executeTakeFirst(), 'still there');

      const withRole = await body();
      const role = await tx((trx) => roleCreator(trx, { slug: slug('role'), function: 'chair', bodyId: withRole, singleHolder: false, names: roleNames('Chair') }));
      await refused((trx) => bodyDeleter(trx, withRole), new RegExp(`^body ${withRole} is named in role ${role};`));

      const withSection = await body();
      const sec = await tx((trx) => sectionCreator(trx, { slug: slug('section'), bodyId: withSection, names: { en: { name: 'S' }, ru: { name: 'С' } } }));
      await refused((trx) => bodyDeleter(trx, withSection), new RegExp(`^body ${withSection} is named in section ${sec};`));

      await state('KZ');
      const chaired = await body();
      const chair = await tx((trx) => chairmanshipCreator(trx, { stateCode: 'KZ', bodyId: chaired, startedOn: '2022-01-01', endedOn: '2022-12-31' }));
      await refused((trx) => bodyDeleter(trx, chaired), new RegExp(`^body ${chaired} is named in chairmanship ${chair};`));

      const met = await body();
      const meeting = await tx((trx) => meetingRecorder(trx, { bodyId: met, date: '2022-05-24', timeZone: 'Europe/Moscow', format: 'videoconference', participants: [], agenda: [], outcomes: [] }));
      await refused((trx) => bodyDeleter(trx, met), new RegExp(`^body ${met} held meeting ${meeting};`));

      const linked = await body();
      const doc = await document({ bodyIds: [linked] });
      await refused((trx) => bodyDeleter(trx, linked), new RegExp(`^body ${linked} is named in item ${doc};`));

      const indexed = await body();
      const entry = await document({});
      await searchEntry(entry, { bodies: String(indexed) });
      await refused((trx) => bodyDeleter(trx, indexed), new RegExp(`^body ${indexed} is in the search index entries of item ${entry}`));

      const pointed = await body();
      const pointedSlug = (await store.db.selectFrom('body').select('slug').where('id', '=', pointed).executeTakeFirstOrThrow()).slug;
      await redirect('/old/council', `/en/bodies/${pointedSlug}/?from=old`);
      await refused((trx) => bodyDeleter(trx, pointed), new RegExp(`^body ${pointed} is where the redirect from /old/council leads; delete or change it first$`));

      // A Markdown link without the final slash counts; a link to a body whose slug only begins alike does not.
      const mentioned = await body();
      const mentionedSlug = (await store.db.selectFrom('body').select('slug').where('id', '=', mentioned).executeTakeFirstOrThrow()).slug;
      await document({ body: `The [council](/ru/bodies/${mentionedSlug}-2/) met.` });
      const before = await counts();
      await tx((trx) => bodyDeleter(trx, mentioned));
      assert.equal((await counts()).body, before.body! - 1, 'a link to another page does not keep it');
      const linked2 = await body();
      const linked2Slug = (await store.db.selectFrom('body').select('slug').where('id', '=', linked2).executeTakeFirstOrThrow()).slug;
      const item = await document({ body: `The [council](/ru/bodies/${linked2Slug}) met.` });
      await refused((trx) => bodyDeleter(trx, linked2), new RegExp(`^body ${linked2} is linked from the text of item ${item}; delete or change it first$`));
    });

    test('a member state goes with its names and membership periods unless a role, chairmanship, meeting, item, search entry, redirect or text refers to it', async () => {
      await state('ZZ');
      await tx((trx) => memberStateDeleter(trx, 'ZZ'));
      for (const table of ['member_state', 'member_state_translation', 'membership'] as const) {
        const column = table === 'member_state' ? 'code' : 'state_code';
        assert.equal((await store.db.selectFrom(table).select(column).where(column, '=', 'ZZ').execute()).length, 0, `${table} rows gone`);
      }

      await state('AM');
      const role = await tx((trx) => roleCreator(trx, { slug: slug('role'), function: 'defence_minister', stateCode: 'AM', singleHolder: true, names: roleNames('Minister') }));
      await refused((trx) => memberStateDeleter(trx, 'AM'), new RegExp(`^member state AM is named in role ${role}; delete or change it first$`));

      await state('BY');
      const chair = await tx((trx) => chairmanshipCreator(trx, { stateCode: 'BY', startedOn: '2021-01-01', endedOn: '2021-12-31' }));
      await refused((trx) => memberStateDeleter(trx, 'BY'), new RegExp(`^member state BY is named in chairmanship ${chair};`));

      await state('KG');
      const guest = await person();
      const meeting = await tx((trx) => meetingRecorder(trx, {
        bodyId: org, date: '2021-05-24', timeZone: 'Europe/Moscow', format: 'videoconference',
        participants: [{ personId: guest, stateCode: 'KG', roleAsWritten: { en: 'Minister', ru: 'Министр' } }], agenda: [], outcomes: [],
      }));
      await refused((trx) => memberStateDeleter(trx, 'KG'), new RegExp(`^member state KG is named among the participants of meeting ${meeting};`));

      await state('TJ');
      const doc = await document({ stateCodes: ['TJ'] });
      await refused((trx) => memberStateDeleter(trx, 'TJ'), new RegExp(`^member state TJ is named in item ${doc};`));

      await state('RU');
      const entry = await document({});
      await searchEntry(entry, { states: 'AM,RU' });
      await refused((trx) => memberStateDeleter(trx, 'RU'), new RegExp(`^member state RU is in the search index entries of item ${entry}`));

      await state('UZ');
      const mention = await document({ body: 'See /ru/states/uz/ for the history.' });
      await refused((trx) => memberStateDeleter(trx, 'UZ'), new RegExp(`^member state UZ is linked from the text of item ${mention};`));
    });

    test('a section goes with its names unless it holds items or a search entry, redirect or text refers to it', async () => {
      const free = await tx((trx) => sectionCreator(trx, { slug: slug('section'), names: { en: { name: 'Free', description: 'D' }, ru: { name: 'Свободный' } } }));
      await tx((trx) => sectionDeleter(trx, free));
      assert.equal((await store.db.selectFrom('section_translation').select('section_id').where('section_id', '=', free).execute()).length, 0);

      await tx((trx) => sectionCreator(trx, { slug: 'statements', names: { en: { name: 'Statements' }, ru: { name: 'Заявления' } } }));
      const statements = (await store.db.selectFrom('section').select('id').where('slug', '=', 'statements').executeTakeFirstOrThrow()).id;
      const docs: number[] = [];
      for (let i = 0; i < 14; i++) docs.push(await document({ sectionId: statements }));
      await refused((trx) => sectionDeleter(trx, statements), new RegExp(`^section statements holds 14 items \\(${docs.slice(0, 5).join(', ')} and 9 more\\); delete or change them first$`));

      const indexedSlug = slug('section');
      const indexed = await tx((trx) => sectionCreator(trx, { slug: indexedSlug, names: { en: { name: 'I' }, ru: { name: 'И' } } }));
      const elsewhere = await document({});
      await searchEntry(elsewhere, {}, indexed);
      await refused((trx) => sectionDeleter(trx, indexed), new RegExp(`^section ${indexedSlug} is in the search index entries of item ${elsewhere}`));

      const pointedSlug = slug('section');
      await tx((trx) => sectionCreator(trx, { slug: pointedSlug, names: { en: { name: 'P' }, ru: { name: 'П' } } }));
      const pointed = (await store.db.selectFrom('section').select('id').where('slug', '=', pointedSlug).executeTakeFirstOrThrow()).id;
      await redirect('/old/news.html', `/en/news/${pointedSlug}/some-item/`);
      await refused((trx) => sectionDeleter(trx, pointed), new RegExp(`^section ${pointedSlug} is where the redirect from /old/news\\.html leads;`));
    });

    test('a press contact goes with its names and phones unless an item names it', async () => {
      const contact = () => tx((trx) => contactCreator(trx, { slug: slug('contact'), names: { en: { name: 'Press', role: 'Press Secretary' }, ru: { name: 'Пресса', role: 'Пресс-секретарь' } }, phones: ['+7 495 795-27-10', '+7 495 606-97-77'] }));
      const free = await contact();
      await tx((trx) => contactDeleter(trx, free));
      assert.equal((await store.db.selectFrom('contact_phone').select('id').where('contact_id', '=', free).execute()).length, 0);
      assert.equal((await store.db.selectFrom('contact_translation').select('contact_id').where('contact_id', '=', free).execute()).length, 0);

      const used = await contact();
      const doc = await document({ contactId: used });
      await refused((trx) => contactDeleter(trx, used), new RegExp(`^press contact ${used} is the press contact of item ${doc}; delete or change it first$`));
    });

    test('a rank goes with its names unless somebody holds it', async () => {
      const rank = () => tx((trx) => rankCreator(trx, { slug: slug('rank'), kind: 'military', names: { en: { name: 'Colonel' }, ru: { name: 'полковник', cases: { gen: 'полковника' } } } }));
      const free = await rank();
      await tx((trx) => rankDeleter(trx, free));
      assert.equal((await store.db.selectFrom('rank_translation').select('rank_id').where('rank_id', '=', free).execute()).length, 0);

      const held = await rank();
      const holder = await tx((trx) => personCreator(trx, { slug: slug('person'), gender: 'male', names: personNames('P', 'Q'), ranks: [{ rankId: held, since: '2019-01-01' }, { rankId: held, since: '2020-01-01' }] }));
      await refused((trx) => rankDeleter(trx, held), new RegExp(`^rank ${held} is held by person ${holder}; delete or change it first$`));
    });

    test('an appointment is kept while a meeting, item or contact refers to it, with a sentence that says to end its term', async () => {
      const role = await tx((trx) => roleCreator(trx, { slug: slug('role'), function: 'adviser', singleHolder: false, names: roleNames('Adviser') }));
      const p = await person();
      const appointment = await tx((trx) => appointmentCreator(trx, { personId: p, roleId: role, startedOn: '2020-01-01', endedOn: null }));
      const meeting = await tx((trx) => meetingRecorder(trx, { bodyId: org, date: '2021-05-24', timeZone: 'Europe/Moscow', format: 'videoconference', chairAppointmentId: appointment, participants: [], agenda: [], outcomes: [] }));
      const doc = await document({ authorAppointmentId: appointment });
      await refused((trx) => appointmentDeleter(trx, appointment), new RegExp(`^appointment ${appointment} is the chair of meeting ${meeting} and is the author of item ${doc}; end its term instead of deleting it$`));
      // A participant's appointment and a press contact's position hold it too.
      const other = await tx((trx) => appointmentCreator(trx, { personId: p, roleId: role, startedOn: '2021-01-01', endedOn: null }));
      const attended = await tx((trx) => meetingRecorder(trx, { bodyId: org, date: '2021-06-01', timeZone: 'Europe/Moscow', format: 'videoconference', participants: [{ appointmentId: other }], agenda: [], outcomes: [] }));
      const press = await tx((trx) => contactCreator(trx, { slug: slug('contact'), appointmentId: other, names: { en: { name: 'Press', role: 'Adviser' }, ru: { name: 'Пресса', role: 'Советник' } }, phones: ['+7 495 795-27-10'] }));
      await refused((trx) => appointmentDeleter(trx, other), new RegExp(`^appointment ${other} is named among the participants of meeting ${attended} and is the position of press contact ${press}; end its term instead of deleting it$`));
    });

    test('a deletion and a later step fail together: the record comes back', async () => {
      const id = await person();
      await assert.rejects(tx(async (trx) => {
        await personDeleter(trx, id);
        throw new Error('audit failed');
      }), /audit failed/);
      assert.ok(await store.db.selectFrom('person').select('id').where('id', '=', id).executeTakeFirst());
      assert.equal((await store.db.selectFrom('person_translation').select('locale').where('person_id', '=', id).execute()).length, 2);
    });
  });
}
