/**
 * Over HTTP: withdrawn items keep their page with a banner (both languages) and leave lists and
 * feeds; unpublished items answer 410 or 301 to their replacement; error-level editorial checks
 * block publication unless a publisher overrides them with a written reason (audited, listed for
 * review); the webhook delivery log is for admins only.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestSite, type TestSite } from '../support/app.ts';
import { OfficeClient, makeAccount, signedIn, type TestAccount } from './support.ts';
import { documentCreator, editionPublisher, editionSubmitter } from '../../src/newsroom/commands.ts';
import { findSection } from '../../src/newsroom/queries.ts';
import { findOfficeEdition } from '../../src/office/queries.ts';
import { checkDocument } from '../../src/checks/check-document.ts';
import { deliveriesEnqueuer, webhookAdder } from '../../src/webhooks/commands.ts';

let site: TestSite;
let editor: TestAccount;
let publisher: TestAccount;
let publisher2: TestAccount;
let admin: TestAccount;
let sectionId = 0;
const withdrawnEvents: string[] = [];
/** One signed-in client per account: a second factor's code cannot be used twice. */
const clients = new Map<string, OfficeClient>();
const as = (account: TestAccount) => clients.get(account.email)!;

const SECTION = 'organization-news';
const itemUrl = (locale: string, slug: string) => `/${locale}/news/${SECTION}/${slug}/`;
const get = (url: string) => site.app.fastify.inject({ url });

/** A document written in the office (both languages ready) and submitted by the editor; returns its edition id. */
async function submitted(slug: string, en: string, ru: string | null = `Текст ${slug}`): Promise<number> {
  const { editionId } = await site.store.db.transaction().execute((trx) => documentCreator(trx, {
    slug, type: 'news', sectionId, actorId: editor.id, readyLocales: ru ? ['en', 'ru'] : ['en'],
    translations: { en: { title: `Title ${slug}`, summary: '', body: en }, ...(ru ? { ru: { title: `Заголовок ${slug}`, summary: '', body: ru } } : {}) },
  }));
  await site.store.db.transaction().execute((trx) => editionSubmitter(trx, { editionId, actorId: editor.id }));
  return editionId;
}

async function published(slug: string): Promise<number> {
  const editionId = await submitted(slug, `The council met in Minsk. ${slug}`);
  await site.store.db.transaction().execute((trx) => editionPublisher(trx, { editionId, actorId: publisher.id }));
  await site.app.events.emit('edition.published', { documentId: 0, editionId, slug, firstPublication: true });
  return editionId;
}

/** Posts a workflow action from the edition page, with the version and CSRF token that page shows. */
async function act(client: OfficeClient, editionId: number, action: string, form: Record<string, string> = {}) {
  const page = await client.get(`/office/editions/${editionId}`);
  assert.equal(page.status, 200);
  const version = (await findOfficeEdition(site.store.db, editionId))!.updatedAt;
  return client.post(`/office/editions/${editionId}/${action}`, { version, ...form });
}

before(async () => {
  site = await startTestSite('sqlite');
  editor = await makeAccount(site.store, 'editor', 'w-editor@press.test');
  publisher = await makeAccount(site.store, 'publisher', 'w-publisher@press.test');
  publisher2 = await makeAccount(site.store, 'publisher', 'w-publisher2@press.test');
  admin = await makeAccount(site.store, 'admin', 'w-admin@press.test');
  sectionId = (await findSection(site.store.db, 'en', SECTION))!.id;
  let i = 1;
  for (const account of [editor, publisher, publisher2, admin]) clients.set(account.email, await signedIn(site.app.fastify, account, `10.7.0.${i++}`));
  site.app.events.on('document.withdrawn', (p) => { withdrawnEvents.push(p.slug); });
});
after(async () => {
  await site?.close();
});

describe('withdraw and unpublish on the public site', () => {
  test('a withdrawn item keeps its page with a banner and the explanation in both languages, and leaves lists and feeds', async () => {
    const editionId = await published('to-be-withdrawn');
    assert.match((await get('/en/news/')).body, /to-be-withdrawn/, 'listed while published');
    assert.match((await get('/en/news/feed.atom')).body, /to-be-withdrawn/, 'in the feed while published');
    assert.match((await get('/sitemaps/news.xml')).body, /to-be-withdrawn/, 'in the news sitemap while published');
    const pub = as(publisher);
    const res = await act(pub, editionId, 'withdraw', { explanation_en: 'The figures were wrong.', explanation_ru: 'Цифры были неверны.' });
    assert.equal(res.status, 303);
    assert.ok(withdrawnEvents.includes('to-be-withdrawn'), 'document.withdrawn was emitted');

    const en = await get(itemUrl('en', 'to-be-withdrawn'));
    assert.equal(en.statusCode, 200);
    assert.match(en.body, /class="withdrawn-banner"[^>]*><strong>This item was withdrawn on \d{1,2} \w+ \d{4}: The figures were wrong\.<\/strong>/);
    assert.match(en.body, /Title to-be-withdrawn/);
    assert.match(en.body, /class="item-nav"/, 'still with the navigation links');
    const ru = await get(itemUrl('ru', 'to-be-withdrawn'));
    assert.equal(ru.statusCode, 200);
    assert.match(ru.body, /Этот материал отозван [^:<]+: Цифры были неверны\./);

    assert.doesNotMatch((await get('/en/news/')).body, /to-be-withdrawn/);
    assert.doesNotMatch((await get(`/en/news/${SECTION}/`)).body, /to-be-withdrawn/);
    assert.doesNotMatch((await get('/en/news/feed.atom')).body, /to-be-withdrawn/);
    assert.doesNotMatch((await get('/en/news/feed.rss')).body, /to-be-withdrawn/);
    assert.doesNotMatch((await get('/sitemaps/news.xml')).body, /to-be-withdrawn/);
  });

  test('unpublished as gone: the address answers 410 in the reader\'s language', async () => {
    const editionId = await published('to-be-gone');
    assert.equal((await get(itemUrl('en', 'to-be-gone'))).statusCode, 200);
    const pub = as(publisher);
    const refused = await act(pub, editionId, 'unpublish', {});
    assert.equal(refused.status, 400, 'how must be said');
    assert.match(refused.body, /Say whether the item is gone for good or replaced/);
    const res = await act(pub, editionId, 'unpublish', { unpublish_kind: 'gone', unpublish_reason: 'Duplicate of another item' });
    assert.equal(res.status, 303);
    assert.ok(withdrawnEvents.includes('to-be-gone'));
    const en = await get(itemUrl('en', 'to-be-gone'));
    assert.equal(en.statusCode, 410);
    assert.match(en.body, /This item has been removed/);
    assert.match(en.body, /noindex/);
    const ru = await get(itemUrl('ru', 'to-be-gone'));
    assert.equal(ru.statusCode, 410);
    assert.match(ru.body, /Материал удалён/);
    assert.doesNotMatch((await get('/en/news/')).body, /to-be-gone/);
    const audit = await as(admin).get('/office/audit?action=document.unpublish');
    assert.match(audit.body, /Duplicate of another item/);
    // The office says "unpublished", not just "withdrawn", on the dashboard and the edition page.
    const dashboard = await pub.get('/office/');
    assert.match(dashboard.body, /Unpublished \(gone, 410\)/);
    assert.match((await pub.get(`/office/editions/${editionId}`)).body, /Unpublished \(gone, 410\)/);
  });

  test('unpublished as replaced: the address leads to the replacement with 301, in every locale', async () => {
    const old = await published('old-statement');
    await published('new-statement');
    const draftOnly = await submitted('not-yet-public', 'Draft text.');
    const pub = as(publisher);
    const bad = await act(pub, old, 'unpublish', { unpublish_kind: 'replaced', replacement: 'not-yet-public' });
    assert.equal(bad.status, 400);
    assert.match(bad.body, /replacement item is not published/);
    assert.ok(draftOnly > 0);
    const missing = await act(pub, old, 'unpublish', { unpublish_kind: 'replaced', replacement: 'no-such-item' });
    assert.equal(missing.status, 400);
    assert.match(missing.body, /replacement item does not exist/);
    assert.equal((await get(itemUrl('en', 'old-statement'))).statusCode, 200, 'nothing changed after a refusal');
    const res = await act(pub, old, 'unpublish', { unpublish_kind: 'replaced', replacement: 'new-statement' });
    assert.equal(res.status, 303);
    for (const locale of ['en', 'ru']) {
      const r = await get(itemUrl(locale, 'old-statement'));
      assert.equal(r.statusCode, 301, locale);
      assert.equal(r.headers.location, itemUrl(locale, 'new-statement'));
    }
    assert.doesNotMatch((await get('/en/news/')).body, /old-statement/);
  });
});

describe('editorial checks in the office', () => {
  // 25 May 2022 was a Wednesday: an error-level finding (date.weekday_mismatch).
  const WRONG_WEEKDAY = 'On Tuesday, 25 May 2022, the council met in Minsk.';

  test('the edition page shows the findings: code, severity, sentence, where', async () => {
    const editionId = await submitted('checked-item', WRONG_WEEKDAY);
    const { documentId } = (await findOfficeEdition(site.store.db, editionId))!;
    const findings = await checkDocument(site.store.db, documentId);
    assert.ok(findings.some((f) => f.code === 'date.weekday_mismatch' && f.severity === 'error'), JSON.stringify(findings));
    const page = await as(editor).get(`/office/editions/${editionId}`);
    assert.match(page.body, /Editorial checks/);
    assert.match(page.body, /<code>date\.weekday_mismatch<\/code>/);
    assert.match(page.body, /severity-error/);
    assert.match(page.body, /was a Wednesday/);
    assert.match(page.body, /text, English, character \d+/);
  });

  test('an editor whose language is Russian reads the findings in Russian; the code and place stay', async () => {
    const editionId = await submitted('checked-item-ru', WRONG_WEEKDAY);
    const ruEditor = await makeAccount(site.store, 'editor', 'w-editor-ru@press.test', false, 'ru');
    const client = await signedIn(site.app.fastify, ruEditor, '10.7.0.9');
    const page = await client.get(`/office/editions/${editionId}`);
    assert.equal(page.status, 200);
    assert.match(page.body, /<code>date\.weekday_mismatch<\/code>/);
    assert.match(page.body, /25 мая 2022 г\. — это среда, а не вторник\./);
    assert.doesNotMatch(page.body, /was a Wednesday/);
    const en = await as(editor).get(`/office/editions/${editionId}`);
    assert.match(en.body, /2022-05-25 was a Wednesday, not a Tuesday\./, 'the English account still reads English');
    assert.doesNotMatch(en.body, /это среда/);
  });

  test('an error blocks submission by an editor', async () => {
    const { editionId } = await site.store.db.transaction().execute((trx) => documentCreator(trx, {
      slug: 'blocked-draft', type: 'news', sectionId, actorId: editor.id, readyLocales: ['en'],
      translations: { en: { title: 'Blocked', summary: '', body: WRONG_WEEKDAY } },
    }));
    const ed = as(editor);
    const res = await act(ed, editionId, 'submit', { override_reason: 'editors cannot override' });
    assert.equal(res.status, 409);
    assert.match(res.body, /editorial check found an error/);
    assert.equal((await findOfficeEdition(site.store.db, editionId))!.state, 'draft');
  });

  test('an error blocks publication without an override; with a written override it publishes, audited and listed for review', async () => {
    const editionId = await submitted('override-item', WRONG_WEEKDAY, 'Во вторник, 25 мая 2022 года, совет собрался в Минске.');
    const pub = as(publisher);
    const page = await pub.get(`/office/editions/${editionId}`);
    assert.match(page.body, /name="override_reason"/, 'a publisher is offered the override');
    const blocked = await act(pub, editionId, 'publish');
    assert.equal(blocked.status, 409);
    assert.match(blocked.body, /editorial check|Editorial checks found/);
    assert.equal((await findOfficeEdition(site.store.db, editionId))!.state, 'submitted');
    const blank = await act(pub, editionId, 'publish', { override_reason: '   ' });
    assert.equal(blank.status, 409, 'a blank reason is no reason');
    assert.equal((await get(itemUrl('en', 'override-item'))).statusCode, 404);

    const ok = await act(pub, editionId, 'publish', { override_reason: 'The weekday is quoted from the original document.' });
    assert.equal(ok.status, 303);
    assert.equal((await findOfficeEdition(site.store.db, editionId))!.state, 'published');
    assert.equal((await get(itemUrl('en', 'override-item'))).statusCode, 200);

    const adminClient = as(admin);
    const audit = await adminClient.get('/office/audit?action=edition.checks_overridden');
    assert.match(audit.body, /w-publisher@press\.test/);
    assert.match(audit.body, /The weekday is quoted from the original document\./);
    assert.match(audit.body, /date\.weekday_mismatch/);

    const reviews = await pub.get('/office/reviews');
    assert.match(reviews.body, /Overrides of editorial checks/);
    assert.match(reviews.body, /override-item/);
    assert.doesNotMatch(reviews.body, /action="\/office\/reviews\/overrides\/\d+"/, 'not reviewable by the one who overrode');
    const other = as(publisher2);
    const list = await other.get('/office/reviews');
    const id = /action="\/office\/reviews\/overrides\/(\d+)"/.exec(list.body)![1]!;
    assert.equal((await other.post(`/office/reviews/overrides/${id}`, {})).status, 303);
    assert.equal((await other.post(`/office/reviews/overrides/${id}`, {})).status, 409, 'reviewed once');
  });

  test('warnings never block', async () => {
    const editionId = await submitted('warning-only', 'The council met in Minsk.', null);
    const { documentId } = (await findOfficeEdition(site.store.db, editionId))!;
    const findings = await checkDocument(site.store.db, documentId);
    assert.ok(findings.length > 0 && findings.every((f) => f.severity === 'warning'), JSON.stringify(findings));
    const res = await act(as(publisher), editionId, 'publish');
    assert.equal(res.status, 303);
    assert.equal((await findOfficeEdition(site.store.db, editionId))!.state, 'published');
  });
});

describe('webhook delivery log', () => {
  test('admins read webhooks (without secrets) and recent deliveries; other roles are refused', async () => {
    const secret = 'a-very-secret-webhook-key-123';
    await site.store.db.transaction().execute(async (trx) => {
      await webhookAdder(trx, { url: 'http://127.0.0.1:9/hook', secret, events: ['item.published'] });
      const future = new Date(Date.now() + 3_600_000).toISOString();
      const [id] = await deliveriesEnqueuer(trx, { event: 'item.published', payload: '{}', now: future });
      await trx.updateTable('webhook_delivery').set({ attempts: 2, last_error: 'connect ECONNREFUSED 127.0.0.1:9' }).where('id', '=', id!).execute();
    });
    const res = await as(admin).get('/office/webhooks');
    assert.equal(res.status, 200);
    assert.match(res.body, /http:\/\/127\.0\.0\.1:9\/hook/);
    assert.match(res.body, /item\.published/);
    assert.match(res.body, /connect ECONNREFUSED 127\.0\.0\.1:9/);
    assert.match(res.body, /<td>2<\/td>/, 'attempts');
    assert.match(res.body, /pending/);
    assert.doesNotMatch(res.body, new RegExp(secret), 'the secret is never shown');
    for (const account of [editor, publisher]) {
      assert.equal((await as(account).get('/office/webhooks')).status, 403, account.role);
    }
    const anonymous = await new OfficeClient(site.app.fastify, '10.5.0.4').get('/office/webhooks');
    assert.equal(anonymous.status, 303);
    assert.equal(anonymous.location, '/office/login');
  });
});
