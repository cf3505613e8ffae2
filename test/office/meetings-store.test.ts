/**
 * The meeting editor's commands on both databases: a meeting replaced (participants reordered,
 * agenda and outcomes, location with its Russian prepositional form), appointments checked
 * against the meeting date, a news item linked, a meeting deleted; the generated Russian
 * paragraph follows the record.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DATABASE_KINDS, createDatabase, type TestDatabase } from '../support/databases.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import type { Store } from '../../src/platform/db/connect.ts';
import { appointmentCreator, bodyCreator, memberStateCreator, personCreator, roleCreator } from '../../src/directory/commands.ts';
import { meetingDeleter, meetingDocumentLinker, meetingRecorder, meetingUpdater, type MeetingInput } from '../../src/meetings/commands.ts';
import { findMeeting, loadMeetingEditRecord } from '../../src/meetings/queries.ts';
import { generateMeetingReport } from '../../src/meetings/report-text.ts';
import { documentCreator, sectionCreator } from '../../src/newsroom/commands.ts';

for (const kind of DATABASE_KINDS) {
  describe(`meeting editing on ${kind}`, () => {
    let database: TestDatabase;
    let store: Store;
    let council = 0;
    let chair = 0;
    let am = 0;
    let by = 0;
    let old = 0;
    let base: MeetingInput;
    const tx = <T>(f: (trx: Store['db']) => Promise<T>) => store.db.transaction().execute(f);

    before(async () => {
      database = await createDatabase(kind);
      store = await database.open();
      await migrate(store);
      await tx(async (trx) => {
        const org = await bodyCreator(trx, { slug: 'csto', kind: 'organization', names: {
          en: { name: 'Collective Security Treaty Organization', abbreviation: 'CSTO' },
          ru: { name: 'Организация Договора о коллективной безопасности', abbreviation: 'ОДКБ', cases: { gen: 'Организации Договора о коллективной безопасности' } },
        } });
        council = await bodyCreator(trx, { slug: 'cdm', kind: 'council', parentId: org, names: { en: { name: 'Council of Defence Ministers' }, ru: { name: 'Совет министров обороны', cases: { gen: 'Совета министров обороны' } } } });
        for (const [code, en, ru, gen] of [['AM', 'Republic of Armenia', 'Республика Армения', 'Республики Армения'], ['BY', 'Republic of Belarus', 'Республика Беларусь', 'Республики Беларусь']] as const) {
          await memberStateCreator(trx, { code, protocolOrder: code === 'AM' ? 1 : 2, memberships: [{ startedOn: '2002-10-07' }], names: { en: { shortName: en, officialName: en }, ru: { shortName: ru, officialName: ru, officialCases: { gen } } } });
        }
        const role = (state: 'AM' | 'BY', en: string, ru: string, gen: string) => roleCreator(trx, {
          slug: `defence-minister-${state.toLowerCase()}`, function: 'defence_minister', stateCode: state, singleHolder: true,
          names: { en: { name: en, shortName: 'Minister of Defence', plural: 'defence ministers' }, ru: { name: ru, shortName: 'Министр обороны', plural: 'министры обороны', cases: { gen } } },
        });
        const amRole = await role('AM', 'Minister of Defence of the Republic of Armenia', 'Министр обороны Республики Армения', 'Министра обороны Республики Армения');
        const byRole = await role('BY', 'Minister of Defence of the Republic of Belarus', 'Министр обороны Республики Беларусь', 'Министра обороны Республики Беларусь');
        const papikyan = await personCreator(trx, { slug: 'suren-papikyan', gender: 'male', names: { en: { given: 'Suren', family: 'Papikyan' }, ru: { given: 'Сурен', family: 'Папикян' } } });
        const khrenin = await personCreator(trx, { slug: 'viktor-khrenin', gender: 'male', names: { en: { given: 'Viktor', family: 'Khrenin' }, ru: { given: 'Виктор', family: 'Хренин' } } });
        const tonoyan = await personCreator(trx, { slug: 'david-tonoyan', gender: 'male', names: { en: { given: 'David', family: 'Tonoyan' }, ru: { given: 'Давид', family: 'Тоноян' } } });
        old = await appointmentCreator(trx, { personId: tonoyan, roleId: amRole, startedOn: '2018-05-11', endedOn: '2020-11-20' });
        am = await appointmentCreator(trx, { personId: papikyan, roleId: amRole, startedOn: '2020-11-20', endedOn: null });
        by = await appointmentCreator(trx, { personId: khrenin, roleId: byRole, startedOn: '2021-01-20', endedOn: null });
        chair = by;
      });
      base = {
        bodyId: council, date: '2022-05-24', time: '10:00', timeZone: 'Europe/Moscow', format: 'in_person',
        location: { en: { name: 'Minsk' }, ru: { name: 'Минск', cases: { prep: 'Минске' } } },
        chairAppointmentId: chair, participants: [{ appointmentId: am }], agenda: [{ en: 'Cooperation', ru: 'О сотрудничестве' }], outcomes: [],
      };
    });
    after(async () => {
      await store?.close();
      await database?.drop();
    });

    test('a meeting is replaced as edited: participants in the new order, items, location', async () => {
      const id = await tx((trx) => meetingRecorder(trx, base));
      await tx((trx) => meetingUpdater(trx, id, {
        ...base, format: 'hybrid', chairAppointmentId: null, participants: [{ appointmentId: by }, { appointmentId: am }],
        agenda: [{ en: 'Second item', ru: 'Второй вопрос' }, { en: 'First item', ru: 'Первый вопрос' }], outcomes: [{ en: 'Plan adopted', ru: 'Принят план' }],
      }));
      const rec = await loadMeetingEditRecord(store.db, id);
      assert.equal(rec!.format, 'hybrid');
      assert.equal(rec!.chairAppointmentId, null);
      assert.deepEqual(rec!.participantAppointmentIds, [by, am]);
      assert.deepEqual(rec!.agenda, [{ en: 'Second item', ru: 'Второй вопрос' }, { en: 'First item', ru: 'Первый вопрос' }]);
      assert.deepEqual(rec!.outcomes, [{ en: 'Plan adopted', ru: 'Принят план' }]);
      assert.equal(rec!.location!.ru!.cases!.prep, 'Минске');
      const ru = await findMeeting(store.db, 'ru', id);
      assert.deepEqual(ru!.participants.map((p) => p.name), ['Виктор Хренин', 'Сурен Папикян']);
      assert.equal(generateMeetingReport(ru!.report!)[1], 'В заседании приняли участие министры обороны Республики Беларусь (Виктор Хренин) и Республики Армения (Сурен Папикян).');
    });

    test('the chair appears in the genitive in the Russian paragraph', async () => {
      const id = await tx((trx) => meetingRecorder(trx, base));
      const ru = await findMeeting(store.db, 'ru', id);
      assert.match(generateMeetingReport(ru!.report!)[0]!, /^24 мая 2022 года под председательством Министра обороны Республики Беларусь Виктора Хренина в Минске состоялось заседание Совета министров обороны Организации Договора о коллективной безопасности\.$/);
    });

    test('appointments not held on the meeting date, unknown bodies and doubled participants are refused; nothing changes', async () => {
      const id = await tx((trx) => meetingRecorder(trx, base));
      await assert.rejects(tx((trx) => meetingUpdater(trx, id, { ...base, chairAppointmentId: old })), (e: Error & { where?: string }) => e.where === 'chair' && /not held on the meeting date 2022-05-24/.test(e.message));
      await assert.rejects(tx((trx) => meetingUpdater(trx, id, { ...base, participants: [{ appointmentId: am }, { appointmentId: am }] })), /listed twice/);
      await assert.rejects(tx((trx) => meetingUpdater(trx, id, { ...base, bodyId: 999999 })), /body 999999 does not exist/);
      await assert.rejects(tx((trx) => meetingUpdater(trx, id, { ...base, timeZone: 'Mars/Olympus' })), /IANA time zone/);
      await assert.rejects(tx((trx) => meetingUpdater(trx, 999999, base)), /meeting 999999 does not exist/);
      assert.deepEqual((await loadMeetingEditRecord(store.db, id))!.participantAppointmentIds, [am]);
    });

    test('participants recorded without an appointment are read back for the editor to keep', async () => {
      const person = await tx((trx) => personCreator(trx, { slug: 'guest-observer', gender: 'female', names: { en: { given: 'Anna', family: 'Guest' }, ru: { given: 'Анна', family: 'Гость' } } }));
      const loose = { personId: person, stateCode: 'AM', roleAsWritten: { en: 'Observer', ru: 'Наблюдатель' } };
      const id = await tx((trx) => meetingRecorder(trx, { ...base, participants: [{ appointmentId: am }, loose] }));
      const rec = (await loadMeetingEditRecord(store.db, id))!;
      assert.deepEqual(rec.participantAppointmentIds, [am]);
      assert.deepEqual(rec.looseParticipants, [loose]);
      await tx((trx) => meetingUpdater(trx, id, { ...base, participants: [{ appointmentId: by }, ...rec.looseParticipants.map((p) => ({ ...p, roleAsWritten: { en: p.roleAsWritten.en!, ru: p.roleAsWritten.ru! } }))] }));
      assert.deepEqual((await loadMeetingEditRecord(store.db, id))!.looseParticipants, [loose]);
    });

    test('a news item is linked, unlinked when the meeting is deleted', async () => {
      const id = await tx((trx) => meetingRecorder(trx, base));
      const section = await tx((trx) => sectionCreator(trx, { slug: `news-${id}`, names: { en: { name: 'News' }, ru: { name: 'Новости' } } }));
      const { documentId } = await tx((trx) => documentCreator(trx, { slug: `meeting-report-${id}`, type: 'meeting_report', sectionId: section, translations: { en: { title: 'Meeting', summary: '', body: '' } } }));
      assert.equal(await tx((trx) => meetingDocumentLinker(trx, { meetingId: id, documentSlug: `meeting-report-${id}` })), documentId);
      assert.deepEqual((await loadMeetingEditRecord(store.db, id))!.documentSlugs, [`meeting-report-${id}`]);
      await assert.rejects(tx((trx) => meetingDocumentLinker(trx, { meetingId: id, documentSlug: 'no-such-item' })), /no item has the address "no-such-item"/);
      await tx((trx) => meetingDeleter(trx, id));
      assert.equal(await loadMeetingEditRecord(store.db, id), undefined);
      const doc = await store.db.selectFrom('document').select('meeting_id').where('id', '=', documentId).executeTakeFirstOrThrow();
      assert.equal(doc.meeting_id, null);
      await assert.rejects(tx((trx) => meetingDeleter(trx, id)), /does not exist/);
    });
  });
}
