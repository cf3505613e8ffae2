/**
 * Deleting directory records and writing partial dates in the office, over HTTP on both
 * databases (the demo press center): each kind nobody refers to is deleted after a ticked
 * confirmation, audited, and gone from the public site (404) and the directory lists; a record
 * something refers to is kept with a 409 page naming what refers to it, in the office user's
 * language, and no row changes; a POST without the CSRF token, or by a role that may not edit
 * the directory, is refused. Dates of appointments and ranks accept "2020", "2020-11" and
 * "2020-11-20", are shown back as written, and are refused otherwise at their field.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestSite, type TestSite } from '../support/app.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { OfficeClient, makeAccount, signedIn } from './support.ts';
import type { DB } from '../../src/platform/db/schema.ts';
import { listAuditEvents } from '../../src/audit/queries.ts';
import { loadAppointmentRecord, loadPersonRecord } from '../../src/directory/queries.ts';

const COUNTED = [
  'person', 'person_translation', 'person_alias', 'person_rank', 'rank', 'rank_translation', 'role', 'role_translation', 'appointment', 'appointment_translation',
  'body', 'body_translation', 'member_state', 'member_state_translation', 'membership', 'chairmanship', 'section', 'section_translation', 'contact',
  'contact_translation', 'contact_phone', 'document', 'meeting', 'meeting_participant',
] as const satisfies readonly (keyof DB)[];

for (const kind of DATABASE_KINDS) {
  describe(`the office directory on ${kind}: deleting and partial dates`, () => {
    let site: TestSite;
    let admin: OfficeClient;
    let russian: OfficeClient;
    let editor: OfficeClient;
    let publisher: OfficeClient;
    const emitted: { event: string; payload: { entity?: string; id?: unknown } }[] = [];

    before(async () => {
      site = await startTestSite(kind);
      site.app.events.onAny((event, payload) => emitted.push({ event, payload: payload as { entity?: string } }));
      admin = await signedIn(site.app.fastify, await makeAccount(site.store, 'admin', 'del-admin@press.test'), '10.9.0.1');
      russian = await signedIn(site.app.fastify, await makeAccount(site.store, 'admin', 'del-ru@press.test', true, 'ru'), '10.9.0.2');
      editor = await signedIn(site.app.fastify, await makeAccount(site.store, 'editor', 'del-editor@press.test'), '10.9.0.3');
      publisher = await signedIn(site.app.fastify, await makeAccount(site.store, 'publisher', 'del-publisher@press.test'), '10.9.0.4');
    });
    after(async () => {
      await site?.close();
    });

    const get = (url: string) => site.app.fastify.inject({ method: 'GET', url });
    async function counts(): Promise<Record<string, number>> {
      const out: Record<string, number> = {};
      for (const table of COUNTED) out[table] = Number((await site.store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      return out;
    }
    async function idOf(list: string, label: RegExp): Promise<string> {
      const page = await admin.get('/office/directory');
      for (const m of page.body.matchAll(new RegExp(`href="/office/directory/${list}/([^"]+)">([^<]*)</a>`, 'g'))) if (m[1] !== 'new' && label.test(m[2]!)) return decodeURIComponent(m[1]!);
      throw new Error(`no ${list} matching ${label}`);
    }
    async function listed(list: string, id: string): Promise<boolean> {
      return (await admin.get('/office/directory')).body.includes(`href="/office/directory/${list}/${encodeURIComponent(id)}"`);
    }
    async function create(list: string, form: Record<string, string>): Promise<string> {
      await admin.get(`/office/directory/${list}/new`);
      const res = await admin.post(`/office/directory/${list}`, form);
      assert.equal(res.status, 303, res.body.slice(0, 800));
      const m = new RegExp(`/office/directory/${list}/([^?]+)\\?saved=1`).exec(res.location ?? '');
      assert.ok(m, res.location);
      return decodeURIComponent(m[1]!);
    }
    /** Deletes through the record's page as a person would: open it, tick the box, press Delete. */
    async function remove(client: OfficeClient, list: string, id: string, confirm = true) {
      const page = await client.get(`/office/directory/${list}/${encodeURIComponent(id)}`);
      assert.equal(page.status, 200);
      return client.post(`/office/directory/${list}/${encodeURIComponent(id)}/delete`, confirm ? { confirm: '1' } : {});
    }

    describe('deleting a record nobody refers to', () => {
      const CASES: { list: string; entity: string; form: Record<string, string>; publicPath?: string; api?: string }[] = [
        {
          list: 'people', entity: 'person', publicPath: '/en/people/deletable-person/', api: '/api/v1/people/deletable-person',
          form: { slug: 'deletable-person', gender: 'female', given_en: 'Dora', family_en: 'Deletable', given_ru: 'Дора', family_ru: 'Удаляемая', aliases: 'Dora Deletabel' },
        },
        {
          list: 'bodies', entity: 'body', publicPath: '/en/bodies/deletable-body/', api: '/api/v1/bodies',
          form: { slug: 'deletable-body', kind: 'committee', parent_id: '', sort_order: '9', name_en: 'Deletable Committee', name_ru: 'Удаляемый комитет', name_ru_gen: 'Удаляемого комитета' },
        },
        {
          list: 'states', entity: 'member_state', publicPath: '/en/states/zz/', api: '/api/v1/states',
          form: { code: 'ZZ', protocol_order: '99', short_en: 'Zedland', official_en: 'Republic of Zedland', short_ru: 'Зедландия', official_ru: 'Республика Зедландия', memberships: '2002-10-07..2010-01-01' },
        },
        {
          list: 'sections', entity: 'section', publicPath: '/en/news/deletable-section/', api: '/api/v1/sections',
          form: { slug: 'deletable-section', body_id: '', sort_order: '9', name_en: 'Deletable section', name_ru: 'Удаляемый раздел' },
        },
        { list: 'contacts', entity: 'contact', form: { slug: 'deletable-contact', email: '', appointment_id: '', phones: '+7 495 000-00-01', name_en: 'Desk', role_en: 'Desk', name_ru: 'Стол', role_ru: 'Стол' } },
        { list: 'ranks', entity: 'rank', form: { slug: 'deletable-rank', kind: 'civil', name_en: 'Deletable Counsellor', name_ru: 'удаляемый советник' } },
        {
          list: 'roles', entity: 'role',
          form: { slug: 'deletable-role', function: 'adviser', state_code: '', body_id: '', name_en: 'Deletable Adviser', short_en: 'Adviser', name_ru: 'Удаляемый советник', short_ru: 'Советник' },
        },
      ];
      for (const c of CASES) {
        test(`${c.list}: refused without the confirmation, then deleted, audited and gone from ${c.publicPath ?? 'the directory list'}`, async () => {
          const id = await create(c.list, c.form);
          if (c.publicPath) assert.equal((await get(c.publicPath)).statusCode, 200, 'the public page exists (and is now cached)');
          if (c.api) assert.match((await get(c.api)).body, /[Dd]eletable|Zedland/);
          const page = await admin.get(`/office/directory/${c.list}/${encodeURIComponent(id)}`);
          const box = /<input id="f-confirm"[^>]*>/.exec(page.body)?.[0] ?? '';
          assert.match(box, /name="confirm"/);
          assert.match(box, /type="checkbox"/);
          assert.match(box, / required[ />]/, 'a confirmation box that works without script: the browser asks for it');
          assert.match(page.body, new RegExp(`action="/office/directory/${c.list}/${encodeURIComponent(id)}/delete"`));

          const unconfirmed = await remove(admin, c.list, id, false);
          assert.equal(unconfirmed.status, 400);
          assert.match(unconfirmed.body, /id="f-confirm-error"[^>]*>Tick “Yes, delete this record for good” to delete it\./);
          assert.ok(await listed(c.list, id), 'still there');

          const before = emitted.length;
          const done = await remove(admin, c.list, id);
          assert.equal(done.status, 303, done.body.slice(0, 800));
          assert.equal(done.location, `/office/directory?deleted=1#kind-${c.list}`);
          assert.match((await admin.get(done.location!)).body, /Deleted\./);
          assert.ok(!(await listed(c.list, id)), 'gone from the directory list');
          const audit = await listAuditEvents(site.store.db, { entity: c.entity, entityId: id, action: `${c.entity}.delete` });
          assert.equal(audit.total, 1);
          assert.equal(audit.rows[0]!.accountEmail, 'del-admin@press.test');
          assert.match(audit.rows[0]!.before!, /[Dd]eletable|Zedland/, 'the record as it was');
          assert.ok(emitted.slice(before).some((e) => e.payload.entity === c.entity && String(e.payload.id) === id), 'the change is announced');
          if (c.publicPath) assert.equal((await get(c.publicPath)).statusCode, 404, 'the public page is gone (the cached page purged)');
          if (c.api) {
            const api = await get(c.api);
            assert.ok(api.statusCode === 404 || !/[Dd]eletable|Zedland/.test(api.body), `${c.api}: ${api.statusCode}`);
          }
          if (c.list === 'sections') assert.doesNotMatch((await get('/en/')).body, /Deletable section/, 'gone from the navigation');
          assert.equal((await admin.post(`/office/directory/${c.list}/${encodeURIComponent(id)}/delete`, { confirm: '1' })).status, 404, 'a second deletion finds nothing');
        });
      }

      test('appointments and chairmanships ask for the same confirmation', async () => {
        const person = await idOf('people', /Papikyan/);
        const role = await create('roles', { slug: 'deletable-envoy', function: 'envoy', state_code: '', body_id: '', name_en: 'Deletable Envoy', short_en: 'Envoy', name_ru: 'Посланник', short_ru: 'Посланник' });
        const appointment = await create('appointments', { person_id: person, role_id: role, started_on: '1990', ended_on: '1991' });
        assert.equal((await remove(admin, 'appointments', appointment, false)).status, 400);
        assert.ok(await loadAppointmentRecord(site.store.db, Number(appointment)));
        assert.equal((await remove(admin, 'appointments', appointment)).status, 303);
        assert.equal(await loadAppointmentRecord(site.store.db, Number(appointment)), undefined);
        assert.equal((await remove(admin, 'roles', role)).status, 303, 'its role is free again');

        const chair = await create('chairmanships', { state_code: 'AM', body_id: '', started_on: '1990-01-01', ended_on: '1990-12-31' });
        assert.equal((await remove(admin, 'chairmanships', chair, false)).status, 400);
        assert.ok(await listed('chairmanships', chair));
        assert.equal((await remove(admin, 'chairmanships', chair)).status, 303);
        assert.ok(!(await listed('chairmanships', chair)));
      });
    });

    describe('deleting a record something refers to', () => {
      const REFUSED: { list: string; label: RegExp; sentence: (id: string) => RegExp; publicPath?: string }[] = [
        { list: 'people', label: /Papikyan/, sentence: (id) => new RegExp(`Not deleted: person ${id} holds appointments? [\\d, and]+.*; delete or change them first\\.`), publicPath: '/en/people/suren-papikyan/' },
        { list: 'roles', label: /^Minister of Defence of the Republic of Armenia$/, sentence: (id) => new RegExp(`Not deleted: role ${id} is held in appointments \\d+`) },
        { list: 'bodies', label: /^Council of Defence Ministers$/, sentence: (id) => new RegExp(`Not deleted: body ${id} .*held meetings? \\d+.*; delete or change them first\\.`) },
        { list: 'states', label: /^Armenia$/, sentence: () => /Not deleted: member state AM is named in roles? \d+.*; delete or change them first\./, publicPath: '/en/states/am/' },
        { list: 'sections', label: /^Statements$/, sentence: () => /Not deleted: section statements holds \d+ items \([\d, ]+(and \d+ more)?\)/ },
        { list: 'contacts', label: /./, sentence: (id) => new RegExp(`Not deleted: press contact ${id} is the press contact of items? \\d+`) },
        { list: 'ranks', label: /^Colonel General$/, sentence: (id) => new RegExp(`Not deleted: rank ${id} is held by (person|people) \\d+`) },
      ];
      for (const r of REFUSED) {
        test(`${r.list}: 409 with a sentence naming what refers to it; no row changes`, async () => {
          const id = await idOf(r.list, r.label);
          const before = await counts();
          const audits = (await listAuditEvents(site.store.db, {})).total;
          const res = await remove(admin, r.list, id);
          assert.equal(res.status, 409);
          assert.match(res.body, r.sentence(id));
          assert.match(res.body, /class="error-summary" role="alert"/);
          assert.deepEqual(await counts(), before, 'nothing changed');
          assert.equal((await listAuditEvents(site.store.db, {})).total, audits, 'nothing audited');
          assert.ok(await listed(r.list, id));
          if (r.publicPath) assert.equal((await get(r.publicPath)).statusCode, 200);
        });
      }

      test('the refusal is written in the office user\'s language', async () => {
        const person = await idOf('people', /Papikyan/);
        const section = await idOf('sections', /^Statements$/);
        await russian.get(`/office/directory/people/${person}`);
        const res = await russian.post(`/office/directory/people/${person}/delete`, { confirm: '1' });
        assert.equal(res.status, 409);
        assert.match(res.body, new RegExp(`Не удалено: персона ${person} занимает должность по назначени(ю|ям) [\\d, и]+.*; сначала удалите или измените (эту запись|эти записи)\\.`));
        await russian.get(`/office/directory/sections/${section}`);
        const sectionRes = await russian.post(`/office/directory/sections/${section}/delete`, { confirm: '1' });
        assert.equal(sectionRes.status, 409);
        assert.match(sectionRes.body, /Не удалено: раздел statements содержит \d+ материал(а|ов)? \(/);
        const unconfirmed = await russian.post(`/office/directory/sections/${section}/delete`, {});
        assert.match(unconfirmed.body, /Отметьте «Да, удалить эту запись безвозвратно», чтобы удалить её\./);
      });
    });

    describe('who may delete', () => {
      test('a POST without a valid CSRF token is refused and deletes nothing', async () => {
        const id = await create('ranks', { slug: 'csrf-rank', kind: 'civil', name_en: 'Csrf Rank', name_ru: 'Звание' });
        await admin.get(`/office/directory/ranks/${id}`);
        assert.equal((await admin.post(`/office/directory/ranks/${id}/delete`, { confirm: '1' }, null)).status, 403);
        assert.equal((await admin.post(`/office/directory/ranks/${id}/delete`, { confirm: '1' }, 'forged')).status, 403);
        assert.ok(await listed('ranks', id));
        assert.equal((await listAuditEvents(site.store.db, { entity: 'rank', entityId: id, action: 'rank.delete' })).total, 0);
      });

      test('editors and publishers (no DIRECTORY_EDIT) see no Delete button, and their POST is refused', async () => {
        const id = await create('people', { slug: 'kept-person', gender: 'male', given_en: 'Kept', family_en: 'Person', given_ru: 'Кеп', family_ru: 'Персон' });
        for (const client of [editor, publisher]) {
          const page = await client.get(`/office/directory/people/${id}`);
          assert.equal(page.status, 200);
          assert.doesNotMatch(page.body, /\/delete"/, 'no delete form');
          assert.equal((await client.post(`/office/directory/people/${id}/delete`, { confirm: '1' })).status, 403);
        }
        assert.ok(await loadPersonRecord(site.store.db, Number(id)));
        assert.equal((await get('/en/people/kept-person/')).statusCode, 200);
      });
    });

    describe('dates known to the year, the month or the day', () => {
      let person = '';
      let role = '';

      before(async () => {
        person = await create('people', { slug: 'maria-monthly', gender: 'female', given_en: 'Maria', family_en: 'Monthly', given_ru: 'Мария', family_ru: 'Помесячная' });
        role = await create('roles', {
          slug: 'envoy-tl', function: 'envoy', state_code: '', body_id: '', single_holder: '1',
          name_en: 'Envoy to Testland', short_en: 'Envoy', name_ru: 'Посланник в Тестландии', short_ru: 'Посланник',
        });
      });

      test('"2020-11" to "2021-03" is stored with month precision, shown back as written, and valid from 1 November to 31 March', async () => {
        const page = await admin.get('/office/directory/appointments/new');
        const input = /<input id="f-started_on"[^>]*>/.exec(page.body)?.[0] ?? '';
        assert.match(input, /type="text"/);
        assert.match(input, /pattern="\\d\{4\}\(-\\d\{2\}\(-\\d\{2\}\)\?\)\?"/);
        assert.match(page.body, /A year \(2020\), a month \(2020-11\) or a day \(2020-11-20\)/);
        const id = await create('appointments', { person_id: person, role_id: role, started_on: '2020-11', ended_on: '2021-03' });
        const record = await loadAppointmentRecord(site.store.db, Number(id));
        assert.deepEqual([record!.startedOn, record!.startedPrecision, record!.endedOn, record!.endedPrecision], ['2020-11-01', 'month', '2021-03-31', 'month']);
        const edit = await admin.get(`/office/directory/appointments/${id}`);
        assert.match(edit.body, /id="f-started_on"[^>]*value="2020-11"/);
        assert.match(edit.body, /id="f-ended_on"[^>]*value="2021-03"/);
        const held = async (date: string) => (JSON.parse((await editor.get(`/office/meetings/candidates?date=${date}&q=Monthly`)).body) as unknown[]).length;
        assert.deepEqual([await held('2020-10-31'), await held('2020-11-01'), await held('2020-11-20'), await held('2021-03-31'), await held('2021-04-01')], [0, 1, 1, 1, 0]);
        const profile = (await get('/en/people/maria-monthly/')).body;
        assert.match(profile, /November 2020/);
        assert.match(profile, /March 2021/);
        assert.doesNotMatch(profile, /31 March 2021|1 November 2020/, 'no more precision than recorded');

        // Saved again as shown: unchanged. A year: the whole year.
        const same = await admin.post(`/office/directory/appointments/${id}`, { person_id: person, role_id: role, started_on: '2020-11', ended_on: '2021-03' });
        assert.equal(same.status, 303);
        assert.deepEqual(await loadAppointmentRecord(site.store.db, Number(id)).then((a) => [a!.startedOn, a!.endedOn]), ['2020-11-01', '2021-03-31']);
        assert.equal((await admin.post(`/office/directory/appointments/${id}`, { person_id: person, role_id: role, started_on: '2019', ended_on: '2019' })).status, 303);
        assert.deepEqual(await loadAppointmentRecord(site.store.db, Number(id)).then((a) => [a!.startedOn, a!.startedPrecision, a!.endedOn, a!.endedPrecision]), ['2019-01-01', 'year', '2019-12-31', 'year']);
        assert.match((await admin.get(`/office/directory/appointments/${id}`)).body, /id="f-ended_on"[^>]*value="2019"/);
      });

      test('anything else is refused at its field, naming it, in the office user\'s language; what was typed is kept', async () => {
        await admin.get('/office/directory/appointments/new');
        const before = await counts();
        const res = await admin.post('/office/directory/appointments', { person_id: person, role_id: role, started_on: '2020-13', ended_on: '11/2021' });
        assert.equal(res.status, 400);
        assert.match(res.body, /id="f-started_on-error">Started on: write a year \(2020\), a month \(2020-11\) or a day \(2020-11-20\)\.</);
        assert.match(res.body, /id="f-ended_on-error">Ended on: write a year \(2020\), a month \(2020-11\) or a day \(2020-11-20\)\.</);
        assert.match(res.body, /value="2020-13"/);
        assert.match(res.body, /value="11\/2021"/);
        const backwards = await admin.post('/office/directory/appointments', { person_id: person, role_id: role, started_on: '2021-03', ended_on: '2021-02' });
        assert.equal(backwards.status, 400);
        assert.match(backwards.body, /id="f-ended_on-error">The end is before the start\./);
        await russian.get('/office/directory/appointments/new');
        const ru = await russian.post('/office/directory/appointments', { person_id: person, role_id: role, started_on: '2020-02-30', ended_on: '' });
        assert.equal(ru.status, 400);
        assert.match(ru.body, /id="f-started_on-error">Начало: укажите год \(2020\), месяц \(2020-11\) или день \(2020-11-20\)\.</);
        assert.match(ru.body, /Год \(2020\), месяц \(2020-11\) или день \(2020-11-20\)/, 'the hint in Russian');
        assert.deepEqual(await counts(), before, 'nothing saved');
      });

      test('"end the previous holder\'s term" with a start known to the month: the previous term ends that month, and saving it again as shown keeps it', async () => {
        const first = await create('people', { slug: 'first-envoy', gender: 'male', given_en: 'Fyodor', family_en: 'First', given_ru: 'Фёдор', family_ru: 'Первый' });
        const second = await create('people', { slug: 'second-envoy', gender: 'male', given_en: 'Semyon', family_en: 'Second', given_ru: 'Семён', family_ru: 'Второй' });
        const envoy = await create('roles', {
          slug: 'envoy-zl', function: 'envoy', state_code: '', body_id: '', single_holder: '1', name_en: 'Envoy to Zedland', short_en: 'Envoy', name_ru: 'Посланник в Зедландии', short_ru: 'Посланник',
        });
        const previous = await create('appointments', { person_id: first, role_id: envoy, started_on: '2018-05-11', ended_on: '' });
        const clash = await admin.post('/office/directory/appointments', { person_id: second, role_id: envoy, started_on: '2021-08', ended_on: '' });
        assert.equal(clash.status, 409);
        assert.match(clash.body, /Fyodor First holds it 2018-05-11 – now/);
        assert.match(clash.body, /value="2021-08"/);
        const ended = await admin.post('/office/directory/appointments', { person_id: second, role_id: envoy, started_on: '2021-08', ended_on: '', end_previous: '1' });
        assert.equal(ended.status, 303, ended.body.slice(0, 800));
        const record = await loadAppointmentRecord(site.store.db, Number(previous));
        assert.deepEqual([record!.endedOn, record!.endedPrecision], ['2021-08-01', 'month']);
        assert.match((await admin.get(`/office/directory/appointments/${previous}`)).body, /id="f-ended_on"[^>]*value="2021-08"/);
        const again = await admin.post(`/office/directory/appointments/${previous}`, { person_id: first, role_id: envoy, started_on: '2018-05-11', ended_on: '2021-08', note_en: 'Recalled', note_ru: 'Отозван' });
        assert.equal(again.status, 303, again.body.slice(0, 800));
        assert.deepEqual(await loadAppointmentRecord(site.store.db, Number(previous)).then((a) => [a!.endedOn, a!.endedPrecision, a!.note.en]), ['2021-08-01', 'month', 'Recalled']);
        // Typed anew as the month's end, it would overlap the successor: refused, with the other term named.
        const overlap = await admin.post(`/office/directory/appointments/${previous}`, { person_id: first, role_id: envoy, started_on: '2018-05-11', ended_on: '2021-08-31' });
        assert.equal(overlap.status, 409);
        assert.match(overlap.body, /Semyon Second holds it 2021-08 – now/, 'the other term as recorded: a month');
      });

      test('a rank held since a year: stored with year precision, listed as written; a wrong date is refused at its field', async () => {
        const rank = /<option value="(\d+)"[^>]*>Colonel General<\/option>/.exec((await admin.get(`/office/directory/people/${person}`)).body)?.[1];
        assert.ok(rank);
        const bad = await admin.post(`/office/directory/people/${person}/ranks`, { rank_id: rank, since: '2019-02-30' });
        assert.equal(bad.status, 400);
        assert.match(bad.body, /id="f-since-error">Since: write a year \(2020\), a month \(2020-11\) or a day \(2020-11-20\)\.</);
        assert.equal((await admin.post(`/office/directory/people/${person}/ranks`, { rank_id: rank, since: '2019' })).status, 303);
        const saved = await loadPersonRecord(site.store.db, Number(person));
        assert.deepEqual(saved!.ranks.map((r) => [r.since, r.sincePrecision]), [['2019-01-01', 'year']]);
        assert.match((await admin.get(`/office/directory/people/${person}`)).body, /Colonel General — 2019</);
      });
    });
  });
}
