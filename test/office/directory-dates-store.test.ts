/**
 * Terms with dates known only to the month or the year, on both databases: stored as the days
 * the rule gives (a start from the first day of its period, an end until its last day), read by
 * the type-ahead's "held on this date" and by the meeting recorder alike; the single-holder rule
 * and "end the previous holder's term" with partial dates; ranks held since a year.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DATABASE_KINDS, createDatabase, type TestDatabase } from '../support/databases.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import type { Store } from '../../src/platform/db/connect.ts';
import { appointmentCreator, appointmentUpdater, bodyCreator, personCreator, personRankAdder, rankCreator, roleCreator } from '../../src/directory/commands.ts';
import { boundFromText } from '../../src/directory/domain.ts';
import { findPersonProfile, listAppointmentsOn, loadAppointmentRecord, loadPersonRecord } from '../../src/directory/queries.ts';
import { meetingRecorder } from '../../src/meetings/commands.ts';

const names = (given: string, family: string) => ({ en: { given, family }, ru: { given, family } });
const minister = { en: { name: 'Minister of Defence of Testland', shortName: 'Minister of Defence' }, ru: { name: 'Министр обороны Тестландии', shortName: 'Министр обороны' } };
/** Command input for a typed term, as the office makes it. */
const term = (start: string | null, end: string | null) => {
  const s = start === null ? null : boundFromText(start, 'start')!;
  const e = end === null ? null : boundFromText(end, 'end')!;
  return { startedOn: s?.on ?? null, startedPrecision: s?.precision ?? 'day', endedOn: e?.on ?? null, endedPrecision: e?.precision ?? 'day' } as const;
};

for (const kind of DATABASE_KINDS) {
  describe(`partial dates on ${kind}`, () => {
    let database: TestDatabase;
    let store: Store;
    let body = 0;
    let n = 0;
    const tx = <T>(f: (trx: Store['db']) => Promise<T>) => store.db.transaction().execute(f);
    const person = (family: string) => tx((trx) => personCreator(trx, { slug: `person-${++n}`, gender: 'male', names: names('Test', family) }));
    const role = (singleHolder: boolean) => tx((trx) => roleCreator(trx, { slug: `role-${++n}`, function: 'defence_minister', singleHolder, names: minister }));
    /** Appoints (the person and role made first, outside the transaction). */
    const appoint = async (who: Promise<number>, roleId: number | Promise<number>, rest: ReturnType<typeof term> & { endPrevious?: boolean }) => {
      const personId = await who;
      const r = await roleId;
      return tx((trx) => appointmentCreator(trx, { personId, roleId: r, ...rest }));
    };
    const heldOn = async (date: string) => (await listAppointmentsOn(store.db, 'en', date)).map((a) => a.appointmentId);

    before(async () => {
      database = await createDatabase(kind);
      store = await database.open();
      await migrate(store);
      body = await tx((trx) => bodyCreator(trx, { slug: 'council', kind: 'council', names: { en: { name: 'Council' }, ru: { name: 'Совет' } } }));
    });
    after(async () => {
      await store?.close();
      await database?.drop();
    });

    test('a term "2020-11 – 2021-03" is stored from the first of November to the last of March, with month precision', async () => {
      const id = await appoint(person('Monthly'), role(false), { ...term('2020-11', '2021-03') });
      const record = await loadAppointmentRecord(store.db, id);
      assert.deepEqual(
        { s: record!.startedOn, sp: record!.startedPrecision, e: record!.endedOn, ep: record!.endedPrecision },
        { s: '2020-11-01', sp: 'month', e: '2021-03-31', ep: 'month' },
      );
      for (const date of ['2020-11-01', '2020-11-20', '2021-03-20', '2021-03-31']) assert.ok((await heldOn(date)).includes(id), `held on ${date}`);
      for (const date of ['2020-10-31', '2021-04-01']) assert.ok(!(await heldOn(date)).includes(id), `not held on ${date}`);
    });

    test('the meeting recorder takes such a term as the type-ahead does: valid on 2020-11-20 and 2021-03-31, not on 2021-04-01', async () => {
      const chair = await appoint(person('Chair'), role(false), { ...term('2020-11', '2021-03') });
      const meeting = (date: string) => tx((trx) => meetingRecorder(trx, { bodyId: body, date, timeZone: 'Europe/Moscow', format: 'videoconference', chairAppointmentId: chair, participants: [], agenda: [], outcomes: [] }));
      assert.ok(await meeting('2020-11-20'));
      assert.ok(await meeting('2021-03-31'));
      await assert.rejects(meeting('2021-04-01'), /was not held on the meeting date 2021-04-01/);
      await assert.rejects(meeting('2020-10-31'), /was not held on the meeting date 2020-10-31/);
    });

    test('a year known only: "2022 – 2022" is the whole year', async () => {
      const id = await appoint(person('Yearly'), role(false), { ...term('2022', '2022') });
      const record = await loadAppointmentRecord(store.db, id);
      assert.deepEqual([record!.startedOn, record!.startedPrecision, record!.endedOn, record!.endedPrecision], ['2022-01-01', 'year', '2022-12-31', 'year']);
      assert.ok((await heldOn('2022-12-31')).includes(id));
      assert.ok(!(await heldOn('2023-01-01')).includes(id));
    });

    test('single holder: two holders known only to the same month overlap and are refused', async () => {
      const r = await role(true);
      await appoint(person('First'), r, { ...term('2018-05-11', '2021-08') });
      await assert.rejects(appoint(person('Second'), r, { ...term('2021-08', null) }), /overlaps the term of Test First 2018-05-11\.\.2021-08-31/);
      // A successor from September fits.
      assert.ok(await appoint(person('Third'), r, { ...term('2021-09', null) }));
    });

    test('"end the previous holder\'s term" on a start known to the month ends it on that month\'s first day, with month precision', async () => {
      const r = await role(true);
      const previous = await appoint(person('Previous'), r, { ...term('2018-05-11', null) });
      const next = await appoint(person('Next'), r, { ...term('2021-08', null), endPrevious: true });
      const ended = await loadAppointmentRecord(store.db, previous);
      assert.deepEqual([ended!.endedOn, ended!.endedPrecision], ['2021-08-01', 'month']);
      // The hand-over day: both are listed on it, only the successor after.
      assert.ok((await heldOn('2021-08-01')).includes(previous) && (await heldOn('2021-08-01')).includes(next));
      assert.ok(!(await heldOn('2021-08-02')).includes(previous));
      assert.ok((await heldOn('2021-08-02')).includes(next));
      // Saving the previous term again as shown ("2021-08" kept as stored) does not make it clash with the successor.
      const kept = boundFromText('2021-08', 'end', { on: ended!.endedOn!, precision: ended!.endedPrecision })!;
      await tx((trx) => appointmentUpdater(trx, previous, { personId: ended!.personId, roleId: r, startedOn: '2018-05-11', startedPrecision: 'day', endedOn: kept.on, endedPrecision: kept.precision }));
      assert.equal((await loadAppointmentRecord(store.db, previous))!.endedOn, '2021-08-01');
      // Typing the month anew follows the rule (until its last day), which now overlaps the successor.
      const retyped = boundFromText('2021-08', 'end')!;
      await assert.rejects(tx((trx) => appointmentUpdater(trx, previous, { personId: ended!.personId, roleId: r, startedOn: '2018-05-11', endedOn: retyped.on, endedPrecision: retyped.precision })), /overlaps/);
    });

    test('"end the previous holder\'s term" ends a term that ends later in the same month, and cannot end one begun within the new start\'s period', async () => {
      const r = await role(true);
      const previous = await appoint(person('Leaving'), r, { ...term('2019', '2022-03') });
      await appoint(person('Arriving'), r, { ...term('2022-03', null), endPrevious: true });
      assert.deepEqual(await loadAppointmentRecord(store.db, previous).then((a) => [a!.endedOn, a!.endedPrecision]), ['2022-03-01', 'month']);

      const other = await role(true);
      const began = await appoint(person('Began'), other, { ...term('2023-05-10', null) });
      await assert.rejects(appoint(person('Earlier'), other, { ...term('2023-05', null), endPrevious: true }), /overlaps the term of Test Began/);
      assert.equal((await loadAppointmentRecord(store.db, began))!.endedOn, null, 'nothing changed');
    });

    test('a rank held since a year is stored on its first day with year precision and shown as a year', async () => {
      const id = await person('Ranked');
      const rank = await tx((trx) => rankCreator(trx, { slug: `rank-${++n}`, kind: 'military', names: { en: { name: 'Colonel' }, ru: { name: 'полковник' } } }));
      const since = boundFromText('2019', 'start')!;
      await tx((trx) => personRankAdder(trx, { personId: id, rankId: rank, since: since.on, sincePrecision: since.precision }));
      const record = await loadPersonRecord(store.db, id);
      assert.deepEqual(record!.ranks.map((r) => [r.since, r.sincePrecision]), [['2019-01-01', 'year']]);
      const profile = await findPersonProfile(store.db, 'en', record!.slug);
      assert.deepEqual(profile!.ranks.map((r) => [r.since, r.sincePrecision]), [['2019-01-01', 'year']]);
    });
  });
}
