/**
 * The directory and meeting editors over HTTP: who may reach which route, CSRF, forms re-shown
 * with messages and typed values kept, hostile input escaped, the single-holder rule with its
 * "end the previous holder's term" checkbox, audit events, and the full flow create a person →
 * appoint → record a meeting whose generated Russian paragraph names the chair in the genitive.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestSite, type TestSite } from '../support/app.ts';
import { OfficeClient, makeAccount, signedIn, type TestAccount } from './support.ts';
import { listAuditEvents } from '../../src/audit/queries.ts';
import { loadAppointmentRecord, loadContactRecord } from '../../src/directory/queries.ts';
import { findMeeting } from '../../src/meetings/queries.ts';

type Who = 'anonymous' | 'contributor' | 'editor' | 'publisher' | 'admin';
const WHO: Who[] = ['anonymous', 'contributor', 'editor', 'publisher', 'admin'];

let site: TestSite;
const accounts = {} as Record<Exclude<Who, 'anonymous'>, TestAccount>;
const clients = {} as Record<Who, OfficeClient>;
const emitted: { event: string; payload: unknown }[] = [];

async function idOf(kind: string, label: RegExp): Promise<string> {
  const page = await clients.admin.get('/office/directory');
  const re = new RegExp(`href="/office/directory/${kind}/([^"]+)">([^<]*)</a>`, 'g');
  for (const m of page.body.matchAll(re)) if (m[1] !== 'new' && label.test(m[2]!)) return decodeURIComponent(m[1]!);
  throw new Error(`no ${kind} matching ${label}`);
}

function located(res: { location: string | undefined }, pattern: RegExp): string {
  const m = pattern.exec(res.location ?? '');
  assert.ok(m, `redirected to ${res.location}`);
  return m[1]!;
}

before(async () => {
  site = await startTestSite('sqlite');
  site.app.events.onAny((event, payload) => emitted.push({ event, payload }));
  for (const role of ['contributor', 'editor', 'publisher', 'admin'] as const) accounts[role] = await makeAccount(site.store, role, `dir-${role}@press.test`);
  clients.anonymous = new OfficeClient(site.app.fastify, '10.7.0.1');
  await clients.anonymous.get('/office/login');
  let i = 2;
  for (const role of ['contributor', 'editor', 'publisher', 'admin'] as const) clients[role] = await signedIn(site.app.fastify, accounts[role], `10.7.0.${i++}`);
});
after(async () => {
  await site?.close();
});

describe('authorization', () => {
  const ROUTES: [string, string, Record<string, string>, number[]][] = [
    ['GET', '/office/directory', {}, [303, 403, 200, 200, 200]],
    ['GET', '/office/directory/people/new', {}, [303, 403, 403, 403, 200]],
    ['GET', '/office/directory/people/1', {}, [303, 403, 200, 200, 200]],
    ['GET', '/office/directory/states/AM', {}, [303, 403, 200, 200, 200]],
    ['GET', '/office/directory/nothing/1', {}, [303, 403, 404, 404, 404]],
    ['GET', '/office/directory/people/999999', {}, [303, 403, 404, 404, 404]],
    ['POST', '/office/directory/people', { slug: 'Not A Slug' }, [401, 403, 403, 403, 400]],
    ['POST', '/office/directory/roles/1', { slug: '' }, [401, 403, 403, 403, 400]],
    ['POST', '/office/directory/appointments/999999/delete', {}, [401, 403, 403, 403, 404]],
    ['POST', '/office/directory/people/1/ranks', { rank_id: '', since: 'x' }, [401, 403, 403, 403, 400]],
    ['GET', '/office/meetings', {}, [303, 403, 200, 200, 200]],
    ['GET', '/office/meetings/new', {}, [303, 403, 200, 200, 200]],
    ['GET', '/office/meetings/1', {}, [303, 403, 200, 200, 200]],
    ['GET', '/office/meetings/999999', {}, [303, 403, 404, 404, 404]],
    ['GET', '/office/meetings/candidates?date=2022-05-24&q=papik', {}, [303, 403, 200, 200, 200]],
    ['POST', '/office/meetings', { op: 'save', date: 'not a date' }, [401, 403, 400, 400, 400]],
    ['POST', '/office/meetings/999999/delete', {}, [401, 403, 404, 404, 404]],
    ['GET', '/office/assets/meeting-editor.js', {}, [200, 200, 200, 200, 200]],
    ['GET', '/office/meetings/candidates?date=not-a-date&q=x', {}, [303, 403, 400, 400, 400]],
    ['POST', '/office/meetings/1', { op: 'preview' }, [401, 403, 200, 200, 200]],
    ['POST', '/office/directory/people/1/ranks/999999/delete', {}, [401, 403, 403, 403, 404]],
    ['POST', '/office/directory/chairmanships/999999', { state_code: 'AM' }, [401, 403, 403, 403, 404]],
    ['POST', '/office/directory/sections/999999/delete', {}, [401, 403, 403, 403, 404]],
  ];
  for (const [method, path, form, expected] of ROUTES) {
    test(`${method} ${path}`, async () => {
      const got: number[] = [];
      for (const who of WHO) {
        const client = clients[who];
        await client.get('/office/login');
        got.push((method === 'GET' ? await client.get(path) : await client.post(path, form)).status);
      }
      assert.deepEqual(got, expected, `statuses for ${WHO.join(', ')}`);
    });
  }
  test('anonymous GET is sent to the sign-in page', async () => {
    assert.equal((await new OfficeClient(site.app.fastify).get('/office/directory')).location, '/office/login');
  });
  test('a POST without a valid CSRF token is refused and changes nothing', async () => {
    const before = (await listAuditEvents(site.store.db, { entity: 'person' })).total;
    await clients.admin.get('/office/directory/people/new');
    const res = await clients.admin.post('/office/directory/people', { slug: 'csrf-person', gender: 'male', given_en: 'A', family_en: 'B', given_ru: 'А', family_ru: 'Б' }, null);
    assert.equal(res.status, 403);
    const forged = await clients.admin.post('/office/directory/people', { slug: 'csrf-person', gender: 'male', given_en: 'A', family_en: 'B', given_ru: 'А', family_ru: 'Б' }, 'forged');
    assert.equal(forged.status, 403);
    const meeting = await clients.editor.post('/office/meetings', { op: 'save' }, null);
    assert.equal(meeting.status, 403);
    assert.equal((await listAuditEvents(site.store.db, { entity: 'person' })).total, before);
  });
});

describe('forms', () => {
  test('an invalid form is shown again with a message at each wrong field, typed values kept, hostile HTML escaped', async () => {
    await clients.admin.get('/office/directory/people/new');
    const res = await clients.admin.post('/office/directory/people', {
      slug: 'Bad Slug', gender: 'male', given_en: '<script>alert(1)</script>', family_en: '', given_ru: 'Иван', family_ru: '',
    });
    assert.equal(res.status, 400);
    assert.match(res.body, /id="f-slug-error"/);
    assert.match(res.body, /id="f-family_en-error"/);
    assert.match(res.body, /id="f-family_ru-error"/);
    assert.doesNotMatch(res.body, /id="f-given_ru-error"/);
    assert.match(res.body, /value="Bad Slug"/);
    assert.match(res.body, /value="Иван"/);
    assert.match(res.body, /&lt;script>alert\(1\)&lt;\/script>|&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.doesNotMatch(res.body, /<script>alert/);
  });

  test('the office speaks Russian to a Russian account', async () => {
    const ru = await makeAccount(site.store, 'admin', 'dir-ru@press.test', true, 'ru');
    const client = await signedIn(site.app.fastify, ru, '10.7.1.1');
    const page = await client.get('/office/directory/people/new');
    assert.match(page.body, /Отчество/);
    const res = await client.post('/office/directory/people', { slug: 'x', gender: 'male' });
    assert.match(res.body, /Это поле обязательно/);
  });

  test('press contact phones are validated and stored as E.164', async () => {
    const id = await idOf('contacts', /./);
    const page = await clients.admin.get(`/office/directory/contacts/${id}`);
    const value = (name: string) => new RegExp(`name="${name}"[^>]*value="([^"]*)"`).exec(page.body)?.[1] ?? '';
    const form = {
      slug: value('slug'), email: 'press@csto.test', appointment_id: '', name_en: value('name_en'), role_en: 'Press Secretary', name_ru: value('name_ru'), role_ru: 'Пресс-секретарь',
      phones: '+7 495 795-27-10\n12345',
    };
    const bad = await clients.admin.post(`/office/directory/contacts/${id}`, form);
    assert.equal(bad.status, 400);
    assert.match(bad.body, /id="f-phones-error"[^>]*>[^<]*12345/);
    assert.match(bad.body, /\+7 495 795-27-10\n12345/, 'typed phones kept');
    const good = await clients.admin.post(`/office/directory/contacts/${id}`, { ...form, phones: '+7 495 795-27-10\n+7 (495) 606 97 77' });
    assert.equal(good.status, 303);
    assert.deepEqual((await loadContactRecord(site.store.db, Number(id)))!.phones, ['+74957952710', '+74956069777']);
    assert.ok(emitted.some((e) => e.event === 'site.changed'));
    const audit = await listAuditEvents(site.store.db, { entity: 'contact', entityId: id });
    assert.equal(audit.rows[0]!.action, 'contact.update');
    assert.match(audit.rows[0]!.before!, /"phones"/);
    assert.match(audit.rows[0]!.after!, /\+74956069777/);
  });
});

describe('create a person → appoint → record a meeting', () => {
  let roleId = '';
  let personId = '';
  let appointmentId = '';

  test('an admin creates a person with Russian names and an alias', async () => {
    await clients.admin.get('/office/directory/people/new');
    const res = await clients.admin.post('/office/directory/people', {
      slug: 'ivan-testov', gender: 'male', given_en: 'Ivan', family_en: 'Testov', given_ru: 'Иван', patronymic_ru: 'Петрович', family_ru: 'Тестов', aliases: 'Ivan Testoff',
    });
    assert.equal(res.status, 303, res.body.slice(0, 500));
    personId = located(res, /\/office\/directory\/people\/(\d+)\?saved=1/);
    const audit = await listAuditEvents(site.store.db, { entity: 'person', entityId: personId });
    assert.equal(audit.rows[0]!.action, 'person.create');
    assert.equal(audit.rows[0]!.accountEmail, accounts.admin.email);
    assert.match(audit.rows[0]!.after!, /Петрович/);
    assert.ok(emitted.some((e) => e.event === 'directory.changed' && (e.payload as { entity: string }).entity === 'person'));
  });

  test('an admin edits the person and adds a rank; each change is audited with before and after', async () => {
    const page = await clients.admin.get(`/office/directory/people/${personId}`);
    assert.match(page.body, /value="Петрович"/);
    const res = await clients.admin.post(`/office/directory/people/${personId}`, {
      slug: 'ivan-testov', gender: 'male', given_en: 'Ivan', family_en: 'Testov', given_ru: 'Иван', patronymic_ru: 'Петрович', family_ru: 'Тестов', aliases: 'Ivan Testoff\nI. Testov',
    });
    assert.equal(res.status, 303);
    const update = (await listAuditEvents(site.store.db, { entity: 'person', entityId: personId, action: 'person.update' })).rows[0]!;
    assert.doesNotMatch(update.before!, /I\. Testov/);
    assert.match(update.after!, /I\. Testov/);
    const rank = /<option value="(\d+)"[^>]*>Colonel General<\/option>/.exec((await clients.admin.get(`/office/directory/people/${personId}`)).body)?.[1];
    assert.ok(rank, 'rank choices offered');
    const bad = await clients.admin.post(`/office/directory/people/${personId}/ranks`, { rank_id: rank, since: '2019-02-30' });
    assert.equal(bad.status, 400);
    assert.match(bad.body, /value="2019-02-30"/);
    assert.equal((await clients.admin.post(`/office/directory/people/${personId}/ranks`, { rank_id: rank, since: '2019-02-01' })).status, 303);
    const added = (await listAuditEvents(site.store.db, { entity: 'person', entityId: personId, action: 'person.rank_add' })).rows[0]!;
    assert.match(added.after!, /"since":"2019-02-01"/);
  });

  test('an admin creates a single-holder role with its Russian case forms', async () => {
    await clients.admin.get('/office/directory/roles/new');
    const res = await clients.admin.post('/office/directory/roles', {
      slug: 'defence-minister-tl', function: 'defence_minister', state_code: 'AM', body_id: '', single_holder: '1',
      name_en: 'Minister of Defence of the Republic of Testland', short_en: 'Minister of Defence', plural_en: 'defence ministers',
      name_ru: 'Министр обороны Республики Тестландия', short_ru: 'Министр обороны', plural_ru: 'министры обороны',
      name_ru_gen: 'Министра обороны Республики Тестландия', name_ru_ins: 'Министром обороны Республики Тестландия',
    });
    assert.equal(res.status, 303, res.body.slice(0, 500));
    roleId = located(res, /\/office\/directory\/roles\/(\d+)\?saved=1/);
  });

  test('appointing, then refusing an overlapping holder with a sentence naming the other term, then ending it on request', async () => {
    await clients.admin.get('/office/directory/appointments/new');
    const first = await clients.admin.post('/office/directory/appointments', { person_id: personId, role_id: roleId, started_on: '2020-01-01', ended_on: '' });
    assert.equal(first.status, 303);
    appointmentId = located(first, /\/office\/directory\/appointments\/(\d+)\?saved=1/);

    const other = await idOf('people', /Papikyan/);
    const clash = await clients.admin.post('/office/directory/appointments', { person_id: other, role_id: roleId, started_on: '2023-03-01', ended_on: '' });
    assert.equal(clash.status, 409);
    assert.match(clash.body, /Ivan Testov holds it 2020-01-01 – now/);
    assert.match(clash.body, /value="2023-03-01"/, 'typed date kept');

    const ended = await clients.admin.post('/office/directory/appointments', { person_id: other, role_id: roleId, started_on: '2023-03-01', ended_on: '', end_previous: '1' });
    assert.equal(ended.status, 303, ended.body.slice(0, 800));
    assert.equal((await loadAppointmentRecord(site.store.db, Number(appointmentId)))!.endedOn, '2023-03-01');
  });

  test('the type-ahead finds holders by Latin, Cyrillic and alias spellings, only among appointments valid on the date', async () => {
    for (const q of ['Papikian', 'Папикян', 'papik', 'Testov', 'Тестов', 'testoff']) {
      const res = await clients.editor.get(`/office/meetings/candidates?date=2022-05-24&q=${encodeURIComponent(q)}`);
      const found = JSON.parse(res.body) as { id: number; label: string }[];
      assert.ok(found.length > 0, `${q} finds someone`);
      assert.ok(found.every((f) => /Papikyan|Testov/.test(f.label)), `${q}: ${found.map((f) => f.label).join('; ')}`);
    }
    const later = JSON.parse((await clients.editor.get('/office/meetings/candidates?date=2024-01-01&q=Testov')).body) as unknown[];
    assert.equal(later.length, 0, 'Testov no longer holds the role in 2024');
  });

  test('an editor records a meeting without JavaScript; the Russian paragraph names the chair in the genitive', async () => {
    const body = await idOf('bodies', /Council of Defence Ministers/);
    const editor = clients.editor;
    await editor.get('/office/meetings/new');
    const form: Record<string, string> = {
      body_id: body, date: '2022-05-24', time: '10:00', time_zone: 'Europe/Moscow', format: 'in_person',
      location_en: 'Minsk', location_ru: 'Минск', location_ru_prep: 'Минске', chair: appointmentId,
      agenda_en: 'On military cooperation', agenda_ru: 'О военном сотрудничестве', outcomes_en: '', outcomes_ru: '', document_slug: '', q: 'Папик',
    };
    // Search (no JavaScript): the result list offers an "Add" button per match.
    const searched = await editor.post('/office/meetings', { ...form, op: 'search' });
    assert.equal(searched.status, 200);
    const add = /name="op" value="(add:\d+)"[^>]*aria-label="Add: Suren Papikyan/.exec(searched.body);
    assert.ok(add, 'Papikyan offered');
    const added = await editor.post('/office/meetings', { ...form, op: add[1]! });
    assert.match(added.body, /name="participant" value="\d+"/);
    const participant = /name="participant" value="(\d+)"/.exec(added.body)![1]!;
    // The paragraph is generated live, before saving.
    assert.match(added.body, /под председательством Министра обороны Республики Тестландия генерал-полковника Ивана Тестова в Минске состоялось заседание Совета министров обороны/);

    const saved = await editor.post('/office/meetings', { ...form, q: '', participant, op: 'save' });
    assert.equal(saved.status, 303, saved.body.slice(0, 1000));
    const meetingId = Number(located(saved, /\/office\/meetings\/(\d+)\?saved=1/));
    const record = await findMeeting(site.store.db, 'ru', meetingId);
    assert.equal(record!.chair!.name, 'Иван Тестов');
    assert.deepEqual(record!.agenda, ['О военном сотрудничестве']);
    const page = await editor.get(`/office/meetings/${meetingId}`);
    assert.match(page.body, /24 мая 2022 года под председательством Министра обороны Республики Тестландия генерал-полковника Ивана Тестова/);
    assert.match(page.body, /On 24 May 2022 the Council of Defence Ministers of the Collective Security Treaty Organization met in Minsk under the chairmanship of the Minister of Defence of the Republic of Testland, Colonel General Ivan Testov/);
    assert.ok(emitted.some((e) => e.event === 'meeting.changed' && (e.payload as { meetingId: number }).meetingId === meetingId));
    const audit = await listAuditEvents(site.store.db, { entity: 'meeting', entityId: String(meetingId) });
    assert.equal(audit.rows[0]!.action, 'meeting.create');
    assert.match(audit.rows[0]!.after!, /"chairAppointmentId"/);
  });

  test('a missing case form is named instead of failing', async () => {
    const page = await clients.admin.get(`/office/directory/roles/${roleId}`);
    assert.equal(page.status, 200);
    const body = await idOf('bodies', /Council of Defence Ministers/);
    await clients.editor.get('/office/meetings/new');
    const res = await clients.editor.post('/office/meetings', {
      body_id: body, date: '2022-05-24', time: '', time_zone: 'Europe/Moscow', format: 'in_person', location_en: 'Minsk', location_ru: 'Минск', location_ru_prep: '',
      chair: '', op: 'preview', q: '',
    });
    assert.equal(res.status, 200);
    assert.match(res.body, /no prepositional case form \(location\.cases\.prep\)/);
    const hostile = await clients.editor.post('/office/meetings', {
      body_id: body, date: '2022-05-24', time_zone: 'Europe/Moscow', format: 'in_person', location_en: '<img src=x onerror=alert(1)>', location_ru: '"><script>alert(2)</script>',
      location_ru_prep: '<b>x</b>', agenda_en: '<script>alert(3)</script>', agenda_ru: 'Пункт', op: 'preview',
    });
    assert.equal(hostile.status, 200);
    assert.doesNotMatch(hostile.body, /<img src=x|<script>alert|<b>x<\/b>/);
    assert.match(hostile.body, /met in &lt;img src=x onerror=alert\(1\)>/, 'the generated paragraph shows the text, escaped');
  });

  test('a participant not in office on the meeting date is refused at its field', async () => {
    const body = await idOf('bodies', /Council of Defence Ministers/);
    await clients.editor.get('/office/meetings/new');
    const res = await clients.editor.post('/office/meetings', {
      body_id: body, date: '2024-06-01', time_zone: 'Europe/Moscow', format: 'videoconference', chair: appointmentId, op: 'save',
    });
    assert.equal(res.status, 400);
    assert.match(res.body, /id="f-chair-error"/);
    const tz = await clients.editor.post('/office/meetings', { body_id: body, date: '2022-05-24', time_zone: 'Mars/Olympus', format: 'videoconference', op: 'save' });
    assert.equal(tz.status, 400);
    assert.match(tz.body, /id="f-time_zone-error"/);
    assert.match(tz.body, /value="Mars\/Olympus"/);
  });
});
