/**
 * The directory's editing commands on both databases: the single-holder rule (refusal naming the
 * other holder's term; ending the previous term on request, in the same transaction), updates
 * of people, roles, states, bodies, chairmanships, contacts (E.164) and sections, and the
 * type-ahead's appointments valid on a date.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DATABASE_KINDS, createDatabase, type TestDatabase } from '../support/databases.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import type { Store } from '../../src/platform/db/connect.ts';
import { AppError } from '../../src/platform/errors.ts';
import {
  appointmentCreator, appointmentDeleter, appointmentUpdater, bodyCreator, bodyUpdater, chairmanshipCreator, chairmanshipDeleter, chairmanshipUpdater,
  contactUpdater, findHolderClash, memberStateCreator, memberStateUpdater, personCreator, personRankAdder, personRankRemover, personUpdater,
  rankCreator, rankUpdater, roleCreator, roleUpdater, sectionUpdater,
} from '../../src/directory/commands.ts';
import {
  listAppointmentsOn, loadAppointmentRecord, loadBodyRecord, loadContactRecord, loadPersonRecord, loadRankRecord, loadRoleRecord, loadSectionRecord, loadStateRecord,
} from '../../src/directory/queries.ts';
import { contactCreator, sectionCreator } from '../../src/newsroom/commands.ts';
import { nameMatches } from '../../src/directory/domain.ts';

const names = (en: [string, string], ru: [string, string], patronymic?: string) => ({
  en: { given: en[0], family: en[1] }, ru: { given: ru[0], family: ru[1], ...(patronymic ? { patronymic } : {}) },
});
const roleNames = { en: { name: 'Minister of Defence of the Republic of Armenia', shortName: 'Minister of Defence' }, ru: { name: 'Министр обороны Республики Армения', shortName: 'Министр обороны', cases: { gen: 'Министра обороны Республики Армения' } } };

for (const kind of DATABASE_KINDS) {
  describe(`directory editing on ${kind}`, () => {
    let database: TestDatabase;
    let store: Store;
    let roleId = 0;
    let papikyan = 0;
    let tonoyan = 0;
    const tx = <T>(f: (trx: Store['db']) => Promise<T>) => store.db.transaction().execute(f);

    before(async () => {
      database = await createDatabase(kind);
      store = await database.open();
      await migrate(store);
      await tx(async (trx) => {
        await memberStateCreator(trx, {
          code: 'AM', protocolOrder: 1, memberships: [{ startedOn: '2002-10-07' }],
          names: { en: { shortName: 'Armenia', officialName: 'Republic of Armenia' }, ru: { shortName: 'Армения', officialName: 'Республика Армения', officialCases: { gen: 'Республики Армения' } } },
        });
        roleId = await roleCreator(trx, { slug: 'defence-minister-am', function: 'defence_minister', stateCode: 'AM', singleHolder: true, names: roleNames });
        papikyan = await personCreator(trx, { slug: 'suren-papikyan', gender: 'male', names: names(['Suren', 'Papikyan'], ['Сурен', 'Папикян'], 'Грачевич'), aliases: [{ locale: 'en', name: 'Suren Papikian' }] });
        tonoyan = await personCreator(trx, { slug: 'david-tonoyan', gender: 'male', names: names(['David', 'Tonoyan'], ['Давид', 'Тоноян']) });
      });
    });
    after(async () => {
      await store?.close();
      await database?.drop();
    });

    test('an overlapping appointment to a single-holder role is refused, naming the other holder and term', async () => {
      const first = await tx((trx) => appointmentCreator(trx, { personId: tonoyan, roleId, startedOn: '2018-05-11', endedOn: null }));
      await assert.rejects(tx((trx) => appointmentCreator(trx, { personId: papikyan, roleId, startedOn: '2020-11-20', endedOn: null })), (error: unknown) => {
        assert.ok(error instanceof AppError);
        assert.equal(error.code, 'conflict');
        assert.match(error.message, /overlaps the term of David Tonoyan 2018-05-11\.\.now/);
        return true;
      });
      assert.equal((await loadAppointmentRecord(store.db, first))!.endedOn, null, 'nothing changed');
      const clash = await findHolderClash(store.db, { roleId, term: { startedOn: '2020-11-20', endedOn: null }, locale: 'ru' });
      assert.deepEqual(clash, { appointmentId: first, personName: 'Давид Тоноян', startedOn: '2018-05-11', endedOn: null });
    });

    test('"end the previous holder\'s term" ends it on the new start date in the same transaction', async () => {
      const [previous] = (await listAppointmentsOn(store.db, 'en', '2020-01-01')).filter((a) => a.personId === tonoyan);
      const id = await tx((trx) => appointmentCreator(trx, { personId: papikyan, roleId, startedOn: '2020-11-20', endedOn: null, endPrevious: true }));
      assert.equal((await loadAppointmentRecord(store.db, previous!.appointmentId))!.endedOn, '2020-11-20');
      assert.equal((await loadAppointmentRecord(store.db, id))!.startedOn, '2020-11-20');
      // The hand-over day: both listed on it (one leaves, one arrives), only the new holder after.
      assert.deepEqual((await listAppointmentsOn(store.db, 'en', '2021-01-01')).map((a) => a.personId), [papikyan]);
    });

    test('a failure after ending the previous term rolls the ending back too', async () => {
      const holders = await listAppointmentsOn(store.db, 'en', '2022-01-01');
      await assert.rejects(tx(async (trx) => {
        await appointmentCreator(trx, { personId: tonoyan, roleId, startedOn: '2022-01-01', endedOn: null, endPrevious: true });
        throw new Error('later step failed');
      }), /later step failed/);
      assert.deepEqual(await listAppointmentsOn(store.db, 'en', '2022-01-01'), holders);
      assert.equal((await loadAppointmentRecord(store.db, holders[0]!.appointmentId))!.endedOn, null);
    });

    test('a later term cannot be "ended" by an earlier start; an update keeps the rule but not against itself', async () => {
      await assert.rejects(tx((trx) => appointmentCreator(trx, { personId: tonoyan, roleId, startedOn: '2019-01-01', endedOn: null, endPrevious: true })), /overlaps/);
      const current = (await listAppointmentsOn(store.db, 'en', '2021-01-01'))[0]!.appointmentId;
      await tx((trx) => appointmentUpdater(trx, current, { personId: papikyan, roleId, startedOn: '2020-11-21', endedOn: null, note: { en: 'Appointed by decree', ru: 'Назначен указом' } }));
      assert.equal((await loadAppointmentRecord(store.db, current))!.note.ru, 'Назначен указом');
      await assert.rejects(tx((trx) => appointmentUpdater(trx, current, { personId: papikyan, roleId, startedOn: '2020-01-01', endedOn: null })), /overlaps the term of David Tonoyan/);
      await assert.rejects(tx((trx) => appointmentUpdater(trx, current, { personId: papikyan, roleId, startedOn: '2021-01-01', endedOn: '2020-01-01' })), /ends .* before it starts/);
    });

    test('appointments may be deleted unless something refers to them', async () => {
      const id = await tx((trx) => appointmentCreator(trx, { personId: tonoyan, roleId, startedOn: '2010-01-01', endedOn: '2011-01-01' }));
      await tx((trx) => appointmentDeleter(trx, id));
      assert.equal(await loadAppointmentRecord(store.db, id), undefined);
      await assert.rejects(tx((trx) => appointmentDeleter(trx, id)), /does not exist/);
    });

    test('a role cannot become single-holder while its appointments overlap', async () => {
      const adviser = { en: { name: 'Adviser to the Secretary General', shortName: 'Adviser' }, ru: { name: 'Советник Генерального секретаря', shortName: 'Советник' } };
      const shared = await tx((trx) => roleCreator(trx, { slug: 'adviser', function: 'adviser', singleHolder: false, names: adviser }));
      await tx((trx) => appointmentCreator(trx, { personId: tonoyan, roleId: shared, startedOn: '2020-01-01', endedOn: null }));
      await tx((trx) => appointmentCreator(trx, { personId: papikyan, roleId: shared, startedOn: '2021-01-01', endedOn: null }));
      await assert.rejects(tx((trx) => roleUpdater(trx, shared, { slug: 'adviser', function: 'adviser', singleHolder: true, names: adviser })), /cannot become single-holder/);
      await tx((trx) => roleUpdater(trx, shared, { slug: 'senior-adviser', function: 'adviser', singleHolder: false, names: { ...adviser, ru: { ...adviser.ru, plural: 'советники', cases: { gen: 'Советника', ins: 'Советником' } } } }));
      const role = await loadRoleRecord(store.db, shared);
      assert.equal(role!.slug, 'senior-adviser');
      assert.deepEqual(role!.names.ru!.cases, { gen: 'Советника', ins: 'Советником' });
      assert.equal(role!.names.ru!.plural, 'советники');
    });

    test('people: names per locale with the patronymic, aliases replaced, ranks added and removed', async () => {
      await tx((trx) => personUpdater(trx, tonoyan, { slug: 'davit-tonoyan', gender: 'male', names: names(['Davit', 'Tonoyan'], ['Давид', 'Тоноян'], 'Ованесович'), aliases: [{ locale: 'en', name: 'David Tonoyan' }] }));
      const rank = await tx((trx) => rankCreator(trx, { slug: 'lieutenant-general', kind: 'military', names: { en: { name: 'Lieutenant General' }, ru: { name: 'генерал-лейтенант', cases: { gen: 'генерал-лейтенанта' } } } }));
      await tx((trx) => rankUpdater(trx, rank, { slug: 'lieutenant-general', kind: 'military', names: { en: { name: 'Lieutenant General' }, ru: { name: 'генерал-лейтенант', cases: { gen: 'генерал-лейтенанта', ins: 'генерал-лейтенантом' } } } }));
      assert.equal((await loadRankRecord(store.db, rank))!.names.ru!.cases!.ins, 'генерал-лейтенантом');
      const held = await tx((trx) => personRankAdder(trx, { personId: tonoyan, rankId: rank, since: '2019-01-01' }));
      await assert.rejects(tx((trx) => personRankAdder(trx, { personId: tonoyan, rankId: rank, since: '2019-01-01' })), /already has a rank from 2019-01-01/);
      await assert.rejects(tx((trx) => personRankAdder(trx, { personId: tonoyan, rankId: rank, since: '2019-13-01' })), /not a calendar date/);
      let person = await loadPersonRecord(store.db, tonoyan, 'ru');
      assert.equal(person!.slug, 'davit-tonoyan');
      assert.deepEqual(person!.names.ru, { given: 'Давид', patronymic: 'Ованесович', family: 'Тоноян' });
      assert.deepEqual(person!.aliases, [{ locale: 'en', name: 'David Tonoyan' }]);
      assert.deepEqual(person!.ranks.map((r) => [r.rankName, r.since]), [['генерал-лейтенант', '2019-01-01']]);
      await tx((trx) => personRankRemover(trx, { personId: tonoyan, personRankId: held }));
      person = await loadPersonRecord(store.db, tonoyan);
      assert.deepEqual(person!.ranks, []);
      await assert.rejects(tx((trx) => personUpdater(trx, tonoyan, { slug: 'x', gender: 'male', names: names(['', 'T'], ['Д', 'Т']) })), /given name \(en\) is empty/);
    });

    test('member states, bodies, sections: names and case forms updated; memberships replaced', async () => {
      await tx((trx) => memberStateUpdater(trx, 'AM', {
        protocolOrder: 2, memberships: [{ startedOn: '2002-10-07', endedOn: '2024-01-01' }, { startedOn: '2025-01-01' }],
        names: { en: { shortName: 'Armenia', officialName: 'Republic of Armenia' }, ru: { shortName: 'Армения', officialName: 'Республика Армения', officialCases: { gen: 'Республики Армения', prep: 'Республике Армения' } } },
      }));
      const state = await loadStateRecord(store.db, 'AM');
      assert.equal(state!.protocolOrder, 2);
      assert.deepEqual(state!.memberships, [{ startedOn: '2002-10-07', endedOn: '2024-01-01' }, { startedOn: '2025-01-01', endedOn: null }]);
      assert.equal(state!.names.ru!.officialCases!.prep, 'Республике Армения');
      await assert.rejects(tx((trx) => memberStateUpdater(trx, 'ZZ', { protocolOrder: 1, memberships: [], names: { en: { shortName: 'Z', officialName: 'Z' }, ru: { shortName: 'Z', officialName: 'Z' } } })), /does not exist/);

      const org = await tx((trx) => bodyCreator(trx, { slug: 'csto', kind: 'organization', names: { en: { name: 'Collective Security Treaty Organization', abbreviation: 'CSTO' }, ru: { name: 'Организация Договора о коллективной безопасности', abbreviation: 'ОДКБ' } } }));
      const council = await tx((trx) => bodyCreator(trx, { slug: 'cdm', kind: 'council', parentId: org, names: { en: { name: 'Council of Defence Ministers' }, ru: { name: 'Совет министров обороны' } } }));
      await tx((trx) => bodyUpdater(trx, council, { slug: 'council-of-defence-ministers', kind: 'council', parentId: org, names: { en: { name: 'Council of Defence Ministers', abbreviation: 'CDM' }, ru: { name: 'Совет министров обороны', abbreviation: 'СМО', cases: { gen: 'Совета министров обороны' } } } }));
      const body = await loadBodyRecord(store.db, council);
      assert.equal(body!.slug, 'council-of-defence-ministers');
      assert.equal(body!.names.ru!.cases!.gen, 'Совета министров обороны');
      await assert.rejects(tx((trx) => bodyUpdater(trx, org, { slug: 'csto', kind: 'organization', parentId: council, names: { en: { name: 'X' }, ru: { name: 'Х' } } })), /inside this body/);

      const section = await tx((trx) => sectionCreator(trx, { slug: 'statements', names: { en: { name: 'Statements' }, ru: { name: 'Заявления' } } }));
      await tx((trx) => sectionUpdater(trx, section, { slug: 'statements', bodyId: council, sortOrder: 3, names: { en: { name: 'Statements and declarations' }, ru: { name: 'Заявления и декларации' } } }));
      const s = await loadSectionRecord(store.db, section);
      assert.equal(s!.names.ru!.name, 'Заявления и декларации');
      assert.equal(s!.bodyId, council);
      await assert.rejects(tx((trx) => sectionUpdater(trx, section, { slug: 'Not A Slug', names: { en: { name: 'S' }, ru: { name: 'С' } } })), /lowercase Latin/);
    });

    test('chairmanships of one body do not overlap, also when edited', async () => {
      const a = await tx((trx) => chairmanshipCreator(trx, { stateCode: 'AM', startedOn: '2022-01-01', endedOn: '2022-12-31' }));
      const b = await tx((trx) => chairmanshipCreator(trx, { stateCode: 'AM', startedOn: '2023-01-01', endedOn: '2023-12-31' }));
      await tx((trx) => chairmanshipUpdater(trx, a, { stateCode: 'AM', startedOn: '2021-12-01', endedOn: '2022-12-31' }));
      await assert.rejects(tx((trx) => chairmanshipUpdater(trx, a, { stateCode: 'AM', startedOn: '2022-01-01', endedOn: '2023-02-01' })), /overlaps the chairmanship of AM \(2023-01-01\.\.2023-12-31\)/);
      await tx((trx) => chairmanshipDeleter(trx, b));
      await tx((trx) => chairmanshipUpdater(trx, a, { stateCode: 'AM', startedOn: '2022-01-01', endedOn: '2023-02-01' }));
    });

    test('press contacts: phones validated and stored as E.164', async () => {
      const id = await tx((trx) => contactCreator(trx, { slug: 'press', names: { en: { name: 'Vladimir Zainetdinov', role: 'Press Secretary' }, ru: { name: 'Владимир Зайнетдинов', role: 'Пресс-секретарь' } }, phones: ['+7 495 795-27-10'] }));
      await tx((trx) => contactUpdater(trx, id, {
        slug: 'press', email: 'press@csto.test', names: { en: { name: 'Vladimir Zainetdinov', role: 'Press Secretary' }, ru: { name: 'Владимир Зайнетдинов', role: 'Пресс-секретарь' } },
        phones: ['+7 (495) 795 27 10', '+374 10 123456'],
      }));
      const contact = await loadContactRecord(store.db, id);
      assert.deepEqual(contact!.phones, ['+74957952710', '+37410123456']);
      assert.equal(contact!.email, 'press@csto.test');
      await assert.rejects(tx((trx) => contactUpdater(trx, id, { ...contact!, names: contact!.names as never, phones: ['8 495 795-27-10'] })), (error: unknown) => {
        assert.ok(error instanceof AppError);
        assert.equal(error.where, 'phone 1');
        assert.match(error.message, /"8 495 795-27-10" is not a valid international phone number/);
        return true;
      });
      assert.deepEqual((await loadContactRecord(store.db, id))!.phones, ['+74957952710', '+37410123456'], 'unchanged after the refusal');
    });

    test('the type-ahead lists the appointments held on a date with every name form of their holders', async () => {
      const on = await listAppointmentsOn(store.db, 'en', '2021-06-01');
      const holder = on.find((a) => a.personId === papikyan && /Minister of Defence/.test(a.label))!;
      assert.ok(holder);
      for (const q of ['Papikian', 'Папикян', 'papik', 'Сурен', 'Грачевич', 'suren papikyan']) assert.ok(nameMatches(q, holder.nameForms), q);
      assert.ok(!nameMatches('Tonoyan', holder.nameForms));
      assert.ok(!on.some((a) => a.personId === tonoyan && /Minister of Defence/.test(a.label)), 'the previous minister is not offered after his term');
    });
  });
}
