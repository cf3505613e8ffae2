/**
 * The back office over HTTP: the authorization matrix (every route × anonymous and each role),
 * CSRF, login throttling, session end on logout and password change, TOTP where required,
 * forms re-shown with messages, optimistic locking, events after publication.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestSite, type TestSite } from '../support/app.ts';
import { OfficeClient, PASSWORD, makeAccount, signedIn, totpCode, type TestAccount } from './support.ts';
import { documentCreator, dueEditionsPublisher, editionPublisher, editionScheduler, editionSubmitter, editionUpdater, newDraftCreator, translationReadySetter } from '../../src/newsroom/commands.ts';
import { findSection } from '../../src/newsroom/queries.ts';
import { findOfficeEdition } from '../../src/office/queries.ts';
import { countActiveSessions } from '../../src/accounts/queries.ts';

type Who = 'anonymous' | 'contributor' | 'editor' | 'publisher' | 'admin';
const WHO: Who[] = ['anonymous', 'contributor', 'editor', 'publisher', 'admin'];

let site: TestSite;
const accounts = {} as Record<Exclude<Who, 'anonymous'>, TestAccount>;
const clients = {} as Record<Who, OfficeClient>;
let draftId = 0;

before(async () => {
  site = await startTestSite('sqlite');
  for (const role of ['contributor', 'editor', 'publisher', 'admin'] as const) {
    accounts[role] = await makeAccount(site.store, role, `${role}@press.test`);
  }
  const section = (await findSection(site.store.db, 'en', 'organization-news'))!;
  draftId = (await site.store.db.transaction().execute((trx) => documentCreator(trx, {
    slug: 'matrix-draft', type: 'news', sectionId: section.id, actorId: accounts.editor.id,
    translations: { en: { title: 'Matrix draft', summary: '', body: 'Text' } },
  }))).editionId;
  clients.anonymous = new OfficeClient(site.app.fastify, '10.9.0.1');
  await clients.anonymous.get('/office/login');
  let i = 2;
  for (const role of ['contributor', 'editor', 'publisher', 'admin'] as const) clients[role] = await signedIn(site.app.fastify, accounts[role], `10.9.0.${i++}`);
});
after(async () => {
  await site?.close();
});

describe('authorization matrix', () => {
  const e = () => `/office/editions/${draftId}`;
  // [method, path, form, expected status for anonymous, contributor, editor, publisher, admin]
  const ROUTES: [string, () => string, Record<string, string>, number[]][] = [
    ['GET', () => '/office/login', {}, [200, 303, 303, 303, 303]],
    ['GET', () => '/office/', {}, [303, 200, 200, 200, 200]],
    ['GET', () => '/office/documents/new', {}, [303, 200, 200, 200, 200]],
    ['GET', () => e(), {}, [303, 403, 200, 200, 200]],
    ['GET', () => `${e()}/preview/en`, {}, [303, 403, 200, 200, 200]],
    ['GET', () => `${e()}/diff`, {}, [303, 403, 404, 404, 404]],
    ['GET', () => '/office/account', {}, [303, 200, 200, 200, 200]],
    ['GET', () => '/office/totp', {}, [303, 200, 200, 303, 303]],
    ['GET', () => '/office/reviews', {}, [303, 403, 403, 200, 200]],
    ['GET', () => '/office/users', {}, [303, 403, 403, 403, 200]],
    ['GET', () => '/office/audit', {}, [303, 403, 403, 403, 200]],
    ['GET', () => '/office/webhooks', {}, [303, 403, 403, 403, 200]],
    ['GET', () => '/office/assets/office.css', {}, [200, 200, 200, 200, 200]],
    ['GET', () => '/office/no-such-page', {}, [404, 404, 404, 404, 404]],
    ['POST', () => '/office/documents', { slug: 'Not A Slug' }, [401, 400, 400, 400, 400]],
    ['POST', () => e(), { version: 'old', title_en: '' }, [401, 403, 400, 400, 400]],
    ['POST', () => `${e()}/submit`, { version: 'stale' }, [401, 403, 409, 409, 409]],
    ['POST', () => `${e()}/publish`, {}, [401, 403, 403, 409, 409]],
    ['POST', () => `${e()}/reject`, {}, [401, 403, 403, 409, 409]],
    ['POST', () => `${e()}/schedule`, { publish_at: '' }, [401, 403, 403, 400, 400]],
    ['POST', () => `${e()}/unschedule`, {}, [401, 403, 403, 409, 409]],
    ['POST', () => `${e()}/force-publish`, { reason: '' }, [401, 403, 403, 400, 400]],
    ['POST', () => `${e()}/withdraw`, {}, [401, 403, 403, 400, 400]],
    ['POST', () => `${e()}/new-draft`, {}, [401, 403, 409, 409, 409]],
    ['POST', () => `${e()}/unpublish`, {}, [401, 403, 403, 409, 409]],
    ['POST', () => `${e()}/ready`, { locale: 'en', ready: '1', version: 'stale' }, [401, 403, 409, 409, 409]],
    ['POST', () => '/office/reviews/999999', {}, [401, 403, 403, 404, 404]],
    ['POST', () => '/office/reviews/overrides/999999', {}, [401, 403, 403, 404, 404]],
    ['POST', () => `${e()}/embargo-links`, { recipient: 'Reuters', expires_days: '7' }, [401, 403, 403, 409, 409]],
    ['GET', () => '/office/embargoed/no-such-token-0000', {}, [404, 404, 404, 404, 404]],
    ['POST', () => '/office/users', { email: 'bad' }, [401, 403, 403, 403, 400]],
    ['POST', () => '/office/users/999999', { role: 'emperor' }, [401, 403, 403, 403, 400]],
    ['POST', () => '/office/users/999999/totp-reset', {}, [401, 403, 403, 403, 404]],
    ['POST', () => '/office/account', { locale: 'en', time_zone: 'Mars/Olympus' }, [401, 400, 400, 400, 400]],
    ['POST', () => '/office/account/password', { current_password: 'wrong', new_password: 'x' }, [401, 400, 400, 400, 400]],
    ['POST', () => '/office/totp', { code: '12' }, [401, 400, 400, 303, 303]],
  ];
  for (const [method, path, form, expected] of ROUTES) {
    test(`${method} ${path().replace(String(draftId), ':id')}`, async () => {
      const got: number[] = [];
      for (const who of WHO) {
        const client = clients[who];
        await client.get('/office/login'); // a fresh CSRF token for this client
        const res = method === 'GET' ? await client.get(path()) : await client.post(path(), form);
        got.push(res.status);
      }
      assert.deepEqual(got, expected, `statuses for ${WHO.join(', ')}`);
      assert.equal((await findOfficeEdition(site.store.db, draftId))!.state, 'draft', 'the draft was not changed');
    });
  }
  test('anonymous GETs are sent to the sign-in page', async () => {
    const res = await new OfficeClient(site.app.fastify).get('/office/audit');
    assert.equal(res.location, '/office/login');
  });
});

describe('security', () => {
  test('office pages may not be framed and are not cached', async () => {
    const res = await clients.editor.get('/office/');
    assert.match(String(res.headers['content-security-policy']), /frame-ancestors 'none'/);
    assert.equal(res.headers['x-frame-options'], 'DENY');
    assert.equal(res.headers['cache-control'], 'no-store');
  });

  test('CSRF: a state change without a valid token is refused', async () => {
    const client = await signedIn(site.app.fastify, await makeAccount(site.store, 'editor', 'csrf@press.test'), '10.8.0.1');
    const none = await client.post('/office/account', { locale: 'ru', time_zone: 'Europe/Moscow' }, null);
    assert.equal(none.status, 403);
    assert.match(none.body, /not sent from this site/);
    const forged = await client.post('/office/account', { locale: 'ru', time_zone: 'Europe/Moscow' }, 'forged-token');
    assert.equal(forged.status, 403);
    // A token issued to another browser does not fit this one's secret cookie.
    const other = new OfficeClient(site.app.fastify, '10.8.0.2');
    await other.get('/office/login');
    assert.equal((await client.post('/office/account', { locale: 'ru', time_zone: 'Europe/Moscow' }, other.csrf)).status, 403);
    await client.get('/office/account');
    assert.equal((await client.post('/office/account', { locale: 'ru', time_zone: 'Europe/Moscow' })).status, 303, 'with its own token it works');
    // Sign-in itself is protected too.
    const anon = new OfficeClient(site.app.fastify, '10.8.0.3');
    assert.equal((await anon.post('/office/login', { email: 'csrf@press.test', password: PASSWORD }, null)).status, 403);
  });

  test('login throttling: after repeated failures even the right password waits', async () => {
    await makeAccount(site.store, 'editor', 'throttle@press.test');
    const client = new OfficeClient(site.app.fastify, '10.7.0.1');
    for (let i = 0; i < 4; i++) {
      const r = await client.login('throttle@press.test', 'wrong password!!');
      assert.equal(r.status, 401);
      assert.match(r.body, /password is wrong/);
    }
    const locked = await client.login('throttle@press.test');
    assert.equal(locked.status, 429);
    assert.ok(Number(locked.headers['retry-after']) >= 1);
    assert.match(locked.body, /Too many failed attempts/);
    // Another address is throttled too: the count is per account.
    assert.equal((await new OfficeClient(site.app.fastify, '10.7.0.2').login('throttle@press.test')).status, 429);
  });

  test('the session ends on logout', async () => {
    const account = await makeAccount(site.store, 'editor', 'logout@press.test');
    const client = await signedIn(site.app.fastify, account, '10.6.0.1');
    const cookie = client.jar.get('communique_office')!;
    assert.equal((await client.get('/office/')).status, 200);
    assert.equal((await client.post('/office/logout', {})).status, 303);
    assert.equal(await countActiveSessions(site.store.db, account.id), 0);
    // Replaying the old cookie does not bring the session back.
    client.jar.set('communique_office', cookie);
    const res = await client.get('/office/');
    assert.equal(res.status, 303);
    assert.equal(res.location, '/office/login');
  });

  test('every session ends on password change', async () => {
    const account = await makeAccount(site.store, 'editor', 'pw@press.test');
    const a = await signedIn(site.app.fastify, account, '10.5.0.1');
    const b = await signedIn(site.app.fastify, account, '10.5.0.2');
    assert.notEqual(a.jar.get('communique_office'), b.jar.get('communique_office'), 'a new session id at each login');
    await a.get('/office/account');
    const changed = await a.post('/office/account/password', { current_password: PASSWORD, new_password: 'a brand new long password' });
    assert.equal(changed.status, 303);
    assert.equal((await a.get('/office/')).status, 303);
    assert.equal((await b.get('/office/')).status, 303);
    assert.equal((await new OfficeClient(site.app.fastify, '10.5.0.3').login('pw@press.test', 'a brand new long password')).status, 303);
  });

  test('TOTP is required for publishers and admins: enrolment first, then a code at every login', async () => {
    for (const role of ['publisher', 'admin'] as const) {
      const account = await makeAccount(site.store, role, `new-${role}@press.test`, false);
      const client = new OfficeClient(site.app.fastify, `10.4.0.${role === 'admin' ? 2 : 1}`);
      const first = await client.login(account.email);
      assert.equal(first.location, '/office/totp');
      assert.equal((await client.get('/office/')).location, '/office/totp', 'nothing else until enrolled');
      const page = await client.get('/office/totp');
      assert.equal(page.status, 200);
      assert.match(page.body, /<img src="data:image\/png;base64,/);
      const secret = /id="totp-secret">([A-Z2-7]+)</.exec(page.body)![1]!;
      assert.equal((await client.post(`/office/editions/${draftId}/publish`, {})).status, 403, 'no publishing before enrolment');
      assert.equal((await client.post('/office/totp', { code: '000000' === totpCode(secret) ? '111111' : '000000' })).status, 400);
      assert.equal((await client.post('/office/totp', { code: totpCode(secret) })).location, '/office/');
      assert.equal((await client.get('/office/')).status, 200);
      const again = new OfficeClient(site.app.fastify, `10.4.1.${role === 'admin' ? 2 : 1}`);
      const noCode = await again.login(account.email);
      assert.equal(noCode.status, 401);
      assert.match(noCode.body, /6-digit code/);
    }
  });

  test('the interface follows Accept-Language before login and the account after', async () => {
    const ru = new OfficeClient(site.app.fastify, '10.3.0.1', { 'accept-language': 'ru-RU,ru;q=0.9' });
    assert.match((await ru.get('/office/login')).body, /Вход в пресс-службу/);
    const account = await makeAccount(site.store, 'editor', 'lang@press.test');
    const client = await signedIn(site.app.fastify, account, '10.3.0.2');
    await client.get('/office/account');
    await client.post('/office/account', { locale: 'ru', time_zone: 'Asia/Yerevan' });
    const page = await client.get('/office/');
    assert.match(page.body, /<html lang="ru"/);
    assert.match(page.body, /Материалы/);
  });
});

describe('editing', () => {
  test('an invalid form is shown again with a message at each wrong field, everything typed kept, hostile text escaped', async () => {
    const client = clients.editor;
    await client.get('/office/documents/new');
    const res = await client.post('/office/documents', {
      slug: 'Bad Slug!', type: 'news', section: 'organization-news', title_en: '<script>alert(1)</script>', summary_en: 'Kept summary', body_en: 'Kept body', title_ru: '', body_ru: 'Текст без заголовка',
    });
    assert.equal(res.status, 400);
    assert.match(res.body, /id="f-slug-error">Use only lowercase/);
    assert.match(res.body, /id="f-title_ru-error">This field is required/);
    assert.match(res.body, /value="Bad Slug!"/);
    assert.match(res.body, />Kept body<\/textarea>/);
    assert.match(res.body, />Текст без заголовка<\/textarea>/);
    assert.ok(!res.body.includes('<script>alert(1)</script>'));
    assert.match(res.body, /&lt;script>alert\(1\)&lt;\/script>/);
  });

  test('two people saving the same edition: the second save is refused, their text kept', async () => {
    const a = clients.editor;
    const b = clients.publisher;
    const created = await a.post('/office/documents', { slug: 'locking-test', type: 'news', section: 'organization-news', title_en: 'Original', body_en: 'Original body' });
    assert.equal(created.status, 303);
    const url = created.location!;
    const pageA = await a.get(url);
    const version = /name="version" value="([^"]+)"/.exec(pageA.body)![1]!;
    await b.get(url);
    assert.equal((await b.post(url, { version, title_en: 'Publisher edit', body_en: 'B' })).status, 303);
    const second = await a.post(url, { version, title_en: 'Editor edit', body_en: 'My long careful text' });
    assert.equal(second.status, 409);
    assert.match(second.body, /Someone else changed this edition/);
    assert.match(second.body, />My long careful text<\/textarea>/);
    assert.match(second.body, /Open the current version/);
    const e = (await findOfficeEdition(site.store.db, Number(url.split('/').pop())))!;
    assert.equal(e.translations[0]!.title, 'Publisher edit');
  });

  test('a publication through the office reaches the public page and emits edition.published', async () => {
    const seen: string[] = [];
    site.app.events.on('edition.published', (p) => { seen.push(p.slug); });
    const editor = clients.editor;
    const created = await editor.post('/office/documents', { slug: 'office-published', type: 'news', section: 'organization-news', title_en: 'Published from the office', body_en: 'Hello **world**', title_ru: 'Опубликовано', body_ru: 'Привет' });
    const url = created.location!;
    const versionOf = async () => /name="version" value="([^"]+)"/.exec((await editor.get(url)).body)![1]!;
    const early = await editor.post(`${url}/submit`, { version: await versionOf() });
    assert.equal(early.status, 409);
    assert.match(early.body, /not marked ready: en, ru/);
    for (const locale of ['en', 'ru']) assert.equal((await editor.post(`${url}/ready`, { version: await versionOf(), locale, ready: '1' })).status, 303);
    assert.match((await editor.get(url)).body, /English: <strong class="ready">ready/);
    assert.equal((await editor.post(`${url}/submit`, { version: await versionOf() })).status, 303);
    const pub = clients.publisher;
    const p = await pub.get(url);
    assert.match(p.body, /All language versions are present/);
    const v2 = /name="version" value="([^"]+)"/.exec(p.body)![1]!;
    assert.equal((await pub.post(`${url}/publish`, { version: v2 })).status, 303);
    assert.deepEqual(seen, ['office-published']);
    const pub1 = await site.app.fastify.inject({ url: '/en/news/organization-news/office-published/' });
    assert.equal(pub1.statusCode, 200);
    assert.match(pub1.body, /<strong>world<\/strong>/);
    assert.equal((await site.app.fastify.inject({ url: '/ru/news/organization-news/office-published/' })).statusCode, 200);
    const audit = await clients.admin.get('/office/audit?action=edition.publish');
    assert.match(audit.body, /publisher@press.test/);
    assert.match(audit.body, /edition:\d+/);
  });

  test('corrections: a major change shows its change note publicly, a minor change neither a note nor a new date', async () => {
    const db = site.store.db;
    const section = (await findSection(db, 'en', 'organization-news'))!;
    const ed = accounts.editor.id;
    const pub = accounts.publisher.id;
    const { editionId } = await db.transaction().execute((trx) => documentCreator(trx, { slug: 'corrected-item', type: 'news', sectionId: section.id, actorId: ed, translations: { en: { title: 'Participants', summary: '', body: 'Five ministers.' } }, readyLocales: ['en'] }));
    await db.transaction().execute((trx) => editionSubmitter(trx, { editionId, actorId: ed }));
    await db.transaction().execute((trx) => editionPublisher(trx, { editionId, actorId: pub}));
    const publicPage = async () => (await site.app.fastify.inject({ url: '/en/news/organization-news/corrected-item/' })).body;

    const major = await db.transaction().execute((trx) => newDraftCreator(trx, { editionId, actorId: ed }));
    let e = (await findOfficeEdition(db, major))!;
    await db.transaction().execute((trx) => editionUpdater(trx, { editionId: major, expectedVersion: e.updatedAt, actorId: ed, majorChange: true, translations: { en: { title: 'Participants', summary: '', body: 'Six ministers.', changeNote: 'corrected the list of participants' } } }));
    await db.transaction().execute((trx) => translationReadySetter(trx, { editionId: major, locale: 'en', ready: true, actorId: ed }));
    await db.transaction().execute((trx) => editionSubmitter(trx, { editionId: major, actorId: ed }));
    await db.transaction().execute((trx) => editionPublisher(trx, { editionId: major, actorId: pub}));
    site.app.cache.clear();
    let html = await publicPage();
    assert.match(html, /Six ministers/);
    const diff = await clients.editor.get(`/office/editions/${major}/diff`);
    assert.equal(diff.status, 200);
    assert.match(diff.body, /<del>Five<\/del><ins>Six<\/ins> ministers\./);
    assert.match(diff.body, /<ins>corrected the list of participants<\/ins>/);
    assert.match(html, /class="change-note">Updated \d+ \w+ \d{4}: corrected the list of participants</);

    const minor = await db.transaction().execute((trx) => newDraftCreator(trx, { editionId: major, actorId: ed }));
    e = (await findOfficeEdition(db, minor))!;
    assert.equal(e.majorChange, false, 'a new edition starts as a minor change');
    await db.transaction().execute((trx) => editionUpdater(trx, { editionId: minor, expectedVersion: e.updatedAt, actorId: ed, translations: { en: { title: 'Participants', summary: '', body: 'Six ministers (typo fixed).', changeNote: 'ignored for a minor change' } } }));
    await db.transaction().execute((trx) => translationReadySetter(trx, { editionId: minor, locale: 'en', ready: true, actorId: ed }));
    await db.transaction().execute((trx) => editionSubmitter(trx, { editionId: minor, actorId: ed }));
    await db.transaction().execute((trx) => editionPublisher(trx, { editionId: minor, actorId: pub}));
    site.app.cache.clear();
    html = await publicPage();
    assert.match(html, /typo fixed/);
    assert.doesNotMatch(html, /ignored for a minor change/);
    const stamps = await db.selectFrom('edition').select(['id', 'public_timestamp']).where('id', 'in', [major, minor]).orderBy('id').execute();
    assert.equal(stamps[1]!.public_timestamp, stamps[0]!.public_timestamp, 'a minor change keeps the public date of the major one');
  });

  test('a publisher may not approve their own submission; the refusal is in the account\'s language', async () => {
    const account = await makeAccount(site.store, 'publisher', 'ru-publisher@press.test', true, 'ru');
    const client = await signedIn(site.app.fastify, account, '10.2.0.1');
    const section = (await findSection(site.store.db, 'en', 'organization-news'))!;
    const { editionId } = await site.store.db.transaction().execute((trx) => documentCreator(trx, { slug: 'own-submission', type: 'news', sectionId: section.id, actorId: account.id, translations: { ru: { title: 'Заявление', summary: '', body: 'Текст' } }, readyLocales: ['ru'] }));
    await site.store.db.transaction().execute((trx) => editionSubmitter(trx, { editionId, actorId: account.id }));
    const page = await client.get(`/office/editions/${editionId}`);
    assert.doesNotMatch(page.body, /Одобрить и опубликовать/, 'no approve button for one\'s own submission');
    assert.match(page.body, /Нет языковых версий: en/, 'the publisher sees which locales are missing');
    const version = /name="version" value="([^"]+)"/.exec(page.body)![1]!;
    const refused = await client.post(`/office/editions/${editionId}/publish`, { version });
    assert.equal(refused.status, 409);
    assert.match(refused.body, /Вы сами отправили эту редакцию на проверку/);
    const forced = await client.post(`/office/editions/${editionId}/force-publish`, { version, reason: 'Срочное заявление' });
    assert.equal(forced.status, 303);
    const reviews = await clients.publisher.get('/office/reviews');
    assert.match(reviews.body, /own-submission/);
    assert.match(reviews.body, /Срочное заявление/);
    assert.match(reviews.body, /Mark as reviewed/);
    const own = await client.get('/office/reviews');
    assert.doesNotMatch(own.body, /Отметить как проверенное/, 'the one who forced it cannot review it');
  });

  test('embargo: expiring links show the scheduled item marked EMBARGOED, never indexed; at publication they lead to the public page', async () => {
    const db = site.store.db;
    const section = (await findSection(db, 'en', 'organization-news'))!;
    const { editionId } = await db.transaction().execute((trx) => documentCreator(trx, {
      slug: 'embargoed-statement', type: 'statement', sectionId: section.id, actorId: accounts.editor.id, readyLocales: ['en', 'ru'],
      translations: { en: { title: 'Embargoed statement', summary: '', body: 'Secret **until** noon.' }, ru: { title: 'Заявление под эмбарго', summary: '', body: 'Текст' } },
    }));
    await db.transaction().execute((trx) => editionSubmitter(trx, { editionId, actorId: accounts.editor.id }));
    await db.transaction().execute((trx) => editionScheduler(trx, { editionId, actorId: accounts.publisher.id, publishAt: '2099-05-24T12:00:00+03:00' }));
    const pub = clients.publisher;
    const page = await pub.get(`/office/editions/${editionId}`);
    const version = /name="version" value="([^"]+)"/.exec(page.body)![1]!;
    const invalid = await pub.post(`/office/editions/${editionId}/embargo-links`, { version, recipient: '', expires_days: '400' });
    assert.equal(invalid.status, 400);
    assert.match(invalid.body, /id="f-recipient-error"/);
    const created = await pub.post(`/office/editions/${editionId}/embargo-links`, { version, recipient: 'A. Journalist, Example News', expires_days: '7' });
    assert.equal(created.status, 201);
    const link = /Link created \(shown only now\): http:\/\/press\.test(\/office\/embargoed\/[A-Za-z0-9_-]+)/.exec(created.body)![1]!;
    assert.match(created.body, /A\. Journalist, Example News — valid until/);

    const outsider = new OfficeClient(site.app.fastify, '10.1.0.1');
    const shown = await outsider.get(link);
    assert.equal(shown.status, 200);
    assert.match(shown.body, /EMBARGOED until 24 May 2099/);
    assert.match(shown.body, /<meta name="robots" content="noindex/);
    assert.equal(shown.headers['x-robots-tag'], 'noindex, nofollow, noarchive');
    assert.match(shown.body, /<strong>until<\/strong>/);
    assert.match((await outsider.get(`${link}?locale=ru`)).body, /ЭМБАРГО до 24 мая 2099/);
    assert.equal((await site.app.fastify.inject({ url: '/en/news/organization-news/embargoed-statement/' })).statusCode, 404, 'not public before the embargo');

    await db.transaction().execute((trx) => dueEditionsPublisher(trx, { now: '2099-05-24T09:00:00.000Z' }));
    const after = await outsider.get(link);
    assert.equal(after.status, 303);
    assert.equal(after.location, '/en/news/organization-news/embargoed-statement/');

    // An expired link to an item still under embargo shows nothing.
    await db.updateTable('embargo_link').set({ expires_at: '2000-01-01T00:00:00.000Z' }).where('edition_id', '=', editionId).execute();
    await db.updateTable('edition').set({ state: 'scheduled' }).where('id', '=', editionId).execute(); // as if not yet published
    const expired = await outsider.get(link);
    assert.equal(expired.status, 410);
    assert.doesNotMatch(expired.body, /Embargoed statement/);
  });

  test('an admin resets a publisher\'s second factor: their sessions end and they must enrol again', async () => {
    const account = await makeAccount(site.store, 'publisher', 'lost-phone@press.test');
    const victim = await signedIn(site.app.fastify, account, '10.0.5.1');
    const admin = clients.admin;
    const users = await admin.get('/office/users');
    assert.match(users.body, /lost-phone@press\.test/);
    assert.equal((await admin.post(`/office/users/${account.id}/totp-reset`, {})).status, 303);
    assert.equal((await victim.get('/office/')).location, '/office/login');
    const again = new OfficeClient(site.app.fastify, '10.0.5.2');
    assert.equal((await again.login(account.email)).location, '/office/totp');
    const audit = await admin.get('/office/audit?action=account.totp_reset');
    assert.match(audit.body, new RegExp(`account:${account.id}`));
  });
});
