/** Accounts, sessions, throttling, TOTP, audit and the editorial workflow commands, on SQLite and PostgreSQL. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as OTPAuth from 'otpauth';
import { DATABASE_KINDS, createDatabase, type TestDatabase } from '../support/databases.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import type { Store } from '../../src/platform/db/connect.ts';
import {
  accountCreator, firstAdminEnsurer, loginAttempt, passwordSetter, sessionResumer, sessionStarter, totpConfirmer, totpEnroller,
} from '../../src/accounts/commands.ts';
import { countActiveSessions } from '../../src/accounts/queries.ts';
import { listAuditEvents } from '../../src/audit/queries.ts';
import { sectionCreator, documentCreator, editionSubmitter, editionPublisher, editionForcePublisher, editionUpdater, documentWithdrawer, newDraftCreator, editionScheduler, dueEditionsPublisher, editionRejecter, forcePublicationReviewer, translationReadySetter } from '../../src/newsroom/commands.ts';
import { findOfficeEdition, findWithdrawnItem, listForcePublications } from '../../src/office/queries.ts';
import { AppError } from '../../src/platform/errors.ts';

const PASSWORD = 'a long enough password';

function totpCode(secret: string, at: Date): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: at.getTime() });
}

async function rejects(promise: Promise<unknown>, pattern: RegExp, code?: string) {
  await assert.rejects(promise, (e: unknown) => {
    assert.ok(e instanceof AppError, `expected AppError, got ${String(e)}`);
    if (code) assert.equal(e.code, code);
    assert.match(e.message, pattern);
    return true;
  });
}

for (const kind of DATABASE_KINDS) {
  describe(`office store on ${kind}`, () => {
    let database: TestDatabase;
    let store: Store;
    let second: Store;
    let sectionId = 0;
    let n = 0;
    const email = (role: string) => `${role}-${++n}@press.test`;
    const create = (role: 'contributor' | 'editor' | 'publisher' | 'admin') =>
      store.db.transaction().execute((trx) => accountCreator(trx, { email: email(role), role, password: PASSWORD }));

    before(async () => {
      database = await createDatabase(kind);
      store = await database.open();
      await migrate(store);
      second = await database.open(); // a second app instance on the same database
      sectionId = await store.db.transaction().execute((trx) => sectionCreator(trx, { slug: 'news', names: { en: { name: 'News' }, ru: { name: 'Новости' } } }));
    });
    after(async () => {
      await second?.close();
      await store?.close();
      await database?.drop();
    });

    test('first start creates one admin and prints its password once', async () => {
      const out: string[] = [];
      assert.equal(await firstAdminEnsurer(store, (t) => out.push(t)), true);
      assert.equal(await firstAdminEnsurer(second, (t) => out.push(t)), false);
      assert.equal(out.length, 1);
      const password = /password: (\S+)/.exec(out[0]!)![1]!;
      const login = await loginAttempt(store.db, { email: 'admin@localhost.localdomain', password, address: '10.0.0.1' });
      assert.equal(login.ok, true);
      assert.equal(login.ok && login.mustEnrolTotp, true, 'an admin has to set up TOTP first');
    });

    test('passwords are stored as argon2id; e-mail addresses are unique', async () => {
      const id = await create('editor');
      const row = await store.db.selectFrom('account').select(['password_hash', 'email']).where('id', '=', id).executeTakeFirstOrThrow();
      assert.match(row.password_hash, /^\$argon2id\$/);
      await rejects(store.db.transaction().execute((trx) => accountCreator(trx, { email: row.email.toUpperCase(), role: 'editor', password: PASSWORD })), /already exists/, 'conflict');
      await rejects(store.db.transaction().execute((trx) => accountCreator(trx, { email: 'x@press.test', role: 'editor', password: 'short' })), /at least 12/, 'input.invalid');
    });

    test('login: a new session each time; wrong password refused', async () => {
      const id = await create('editor');
      const mail = (await store.db.selectFrom('account').select('email').where('id', '=', id).executeTakeFirstOrThrow()).email;
      const a = await loginAttempt(store.db, { email: mail, password: PASSWORD, address: '10.0.0.2' });
      const b = await loginAttempt(store.db, { email: mail, password: PASSWORD, address: '10.0.0.2' });
      assert.ok(a.ok && b.ok);
      assert.notEqual(a.token, b.token);
      assert.equal((await sessionResumer(store.db, { token: a.token }))?.id, id);
      assert.deepEqual(await loginAttempt(store.db, { email: mail, password: 'wrong password!!', address: '10.0.0.2' }), { ok: false, reason: 'invalid' });
    });

    test('throttling per account with growing delays, seen by another instance', async () => {
      const id = await create('editor');
      const mail = (await store.db.selectFrom('account').select('email').where('id', '=', id).executeTakeFirstOrThrow()).email;
      const now = new Date('2030-01-01T00:00:00Z');
      for (let i = 0; i < 4; i++) {
        const r = await loginAttempt(i % 2 ? second.db : store.db, { email: mail, password: 'wrong password!!', address: `10.1.0.${i}`, now });
        assert.deepEqual(r, { ok: false, reason: 'invalid' });
      }
      // The 4th failure locks for 2 s: even the right password is not examined, on either instance.
      const locked = await loginAttempt(second.db, { email: mail, password: PASSWORD, address: '10.1.0.9', now });
      assert.deepEqual(locked, { ok: false, reason: 'throttled', retryAfterSeconds: 2 });
      const later = new Date(now.getTime() + 2001);
      await loginAttempt(store.db, { email: mail, password: 'wrong password!!', address: '10.1.0.9', now: later });
      const locked2 = await loginAttempt(store.db, { email: mail, password: PASSWORD, address: '10.1.0.9', now: later });
      assert.deepEqual(locked2, { ok: false, reason: 'throttled', retryAfterSeconds: 4 }, 'the delay doubles');
      const ok = await loginAttempt(store.db, { email: mail, password: PASSWORD, address: '10.1.0.9', now: new Date(later.getTime() + 4001) });
      assert.equal(ok.ok, true);
    });

    test('throttling per address across accounts', async () => {
      const now = new Date('2031-01-01T00:00:00Z');
      for (let i = 0; i < 4; i++) await loginAttempt(store.db, { email: `nobody${i}@press.test`, password: 'wrong password!!', address: '192.0.2.66', now });
      const id = await create('editor');
      const mail = (await store.db.selectFrom('account').select('email').where('id', '=', id).executeTakeFirstOrThrow()).email;
      const r = await loginAttempt(store.db, { email: mail, password: PASSWORD, address: '192.0.2.66', now });
      assert.equal(r.ok, false);
      assert.equal(!r.ok && r.reason, 'throttled');
    });

    test('sessions: idle and absolute timeouts; all end on password change', async () => {
      const id = await create('editor');
      const t0 = new Date('2032-01-01T00:00:00Z');
      const token = await store.db.transaction().execute((trx) => sessionStarter(trx, { accountId: id, now: t0.toISOString() }));
      assert.ok(await sessionResumer(store.db, { token, now: new Date(t0.getTime() + 60_000) }));
      assert.equal(await sessionResumer(store.db, { token, now: new Date(t0.getTime() + 31 * 60_000) }), null, 'idle');
      assert.equal(await sessionResumer(store.db, { token, now: new Date(t0.getTime() + 32 * 60_000) }), null, 'stays ended');
      const t1 = await store.db.transaction().execute((trx) => sessionStarter(trx, { accountId: id, now: t0.toISOString(), absoluteMs: 60_000 }));
      assert.equal(await sessionResumer(store.db, { token: t1, now: new Date(t0.getTime() + 61_000) }), null, 'absolute');
      const a = await store.db.transaction().execute((trx) => sessionStarter(trx, { accountId: id }));
      const b = await store.db.transaction().execute((trx) => sessionStarter(trx, { accountId: id }));
      assert.equal(await countActiveSessions(store.db, id), 2);
      await store.db.transaction().execute((trx) => passwordSetter(trx, { accountId: id, password: 'another long password' }));
      assert.equal(await sessionResumer(store.db, { token: a }), null);
      assert.equal(await sessionResumer(second.db, { token: b }), null);
      assert.equal(await countActiveSessions(store.db, id), 0);
    });

    test('TOTP: enrolment confirmed by a code, then required at login; a code is not accepted twice', async () => {
      const id = await create('publisher');
      const mail = (await store.db.selectFrom('account').select('email').where('id', '=', id).executeTakeFirstOrThrow()).email;
      const first = await loginAttempt(store.db, { email: mail, password: PASSWORD, address: '10.2.0.1' });
      assert.ok(first.ok && first.mustEnrolTotp);
      const { secret, qrDataUrl } = await store.db.transaction().execute((trx) => totpEnroller(trx, { accountId: id }));
      assert.match(qrDataUrl, /^data:image\/png;base64,/);
      const t = new Date('2033-01-01T00:00:00Z');
      assert.equal(await store.db.transaction().execute((trx) => totpConfirmer(trx, { accountId: id, code: '000000', now: t })), totpCode(secret, t) === '000000');
      assert.equal(await store.db.transaction().execute((trx) => totpConfirmer(trx, { accountId: id, code: totpCode(secret, t), now: t })), true);
      const t2 = new Date(t.getTime() + 30_000);
      assert.deepEqual(await loginAttempt(store.db, { email: mail, password: PASSWORD, address: '10.2.0.1', now: t2 }), { ok: false, reason: 'totp_required' });
      assert.deepEqual(await loginAttempt(store.db, { email: mail, password: PASSWORD, code: totpCode(secret, t), address: '10.2.0.1', now: t2 }), { ok: false, reason: 'totp_invalid' }, 'replay of the enrolment code');
      const ok = await loginAttempt(store.db, { email: mail, password: PASSWORD, code: totpCode(secret, t2), address: '10.2.0.1', now: t2 });
      assert.ok(ok.ok && !ok.mustEnrolTotp);
    });

    test('workflow: submit, self-approval refused, publish by another, audit with before/after', async () => {
      const editor = await create('editor');
      const pub1 = await create('publisher');
      const pub2 = await create('publisher');
      const { editionId } = await store.db.transaction().execute((trx) => documentCreator(trx, {
        slug: `item-${kind}-1`, type: 'news', sectionId, actorId: editor,
        translations: { en: { title: 'Council met', summary: 's', body: 'Body **text**' } },
      }));
      let e = (await findOfficeEdition(store.db, editionId))!;
      await store.db.transaction().execute((trx) => editionUpdater(trx, { editionId, expectedVersion: e.updatedAt, actorId: editor, translations: { ru: { title: 'Совет провёл заседание', summary: '', body: 'Текст' } } }));
      // A second save against the old version is refused; nothing is lost.
      await rejects(store.db.transaction().execute((trx) => editionUpdater(trx, { editionId, expectedVersion: e.updatedAt, actorId: editor, translations: { en: { title: 'Other', summary: '', body: 'x' } } })), /Someone else changed this edition/, 'conflict');
      e = (await findOfficeEdition(store.db, editionId))!;
      assert.deepEqual(e.translations.map((t) => [t.locale, t.title]), [['en', 'Council met'], ['ru', 'Совет провёл заседание']]);
      for (const locale of ['en', 'ru'] as const) await store.db.transaction().execute((trx) => translationReadySetter(trx, { editionId, locale, ready: true, actorId: editor }));
      await store.db.transaction().execute((trx) => editionSubmitter(trx, { editionId, actorId: pub1 }));
      await rejects(store.db.transaction().execute((trx) => editionPublisher(trx, { editionId, actorId: pub1 })), /You submitted this edition yourself/, 'conflict');
      const published = await store.db.transaction().execute((trx) => editionPublisher(trx, { editionId, actorId: pub2 }));
      assert.equal(published.firstPublication, true);
      const audit = await listAuditEvents(store.db, { entity: 'edition', entityId: String(editionId) });
      assert.deepEqual(audit.rows.map((r) => r.action).reverse(), ['document.create', 'edition.edit', 'edition.locale_ready', 'edition.locale_ready', 'edition.submit', 'edition.publish']);
      const edit = audit.rows.find((r) => r.action === 'edition.edit')!;
      assert.equal(JSON.parse(edit.before!).translations.length, 1);
      assert.equal(JSON.parse(edit.after!).translations.length, 2);
      assert.equal((await listAuditEvents(store.db, { accountId: pub2, action: 'edition.publish' })).total, 1);

      // A new draft for changes; a major change needs change notes; withdraw needs an explanation.
      const draftId = await store.db.transaction().execute((trx) => newDraftCreator(trx, { editionId, actorId: editor }));
      await rejects(store.db.transaction().execute((trx) => newDraftCreator(trx, { editionId, actorId: editor })), /newer edition in progress/);
      const d = (await findOfficeEdition(store.db, draftId))!;
      await store.db.transaction().execute((trx) => editionUpdater(trx, { editionId: draftId, expectedVersion: d.updatedAt, majorChange: true, translations: { en: { title: 'Council met', summary: 's', body: 'Corrected', changeNote: 'Corrected the list of participants' } } }));
      await rejects(store.db.transaction().execute((trx) => editionSubmitter(trx, { editionId: draftId, actorId: editor })), /missing in: ru/);
      await rejects(store.db.transaction().execute((trx) => documentWithdrawer(trx, { documentId: e.documentId, actorId: pub2, explanation: {} })), /public explanation/);
      const w = await store.db.transaction().execute((trx) => documentWithdrawer(trx, { documentId: e.documentId, actorId: pub2, explanation: { en: 'Published in error.' } }));
      assert.equal(w.slug, `item-${kind}-1`);
      assert.equal((await findOfficeEdition(store.db, editionId))!.state, 'withdrawn');
      const withdrawn = (await findWithdrawnItem(store.db, 'ru', `item-${kind}-1`))!;
      assert.equal(withdrawn.title, 'Совет провёл заседание');
      assert.equal(withdrawn.explanation, 'Published in error.', 'falls back to the explanation in another language');
      assert.equal(await findWithdrawnItem(store.db, 'en', 'no-such-item'), undefined);
    });

    test('force publish: needs a reason, is listed for another publisher to review', async () => {
      const pub1 = await create('publisher');
      const pub2 = await create('publisher');
      const { editionId } = await store.db.transaction().execute((trx) => documentCreator(trx, {
        slug: `item-${kind}-2`, type: 'statement', sectionId, actorId: pub1, translations: { en: { title: 'Statement', summary: '', body: 'Text' } }, readyLocales: ['en'],
      }));
      await rejects(store.db.transaction().execute((trx) => editionForcePublisher(trx, { editionId, actorId: pub1, reason: ' ' })), /written reason/);
      await store.db.transaction().execute((trx) => editionForcePublisher(trx, { editionId, actorId: pub1, reason: 'Crisis statement, no second publisher on duty' }));
      const row = (await listForcePublications(store.db)).find((r) => r.editionId === editionId)!;
      assert.equal(row.reviewedAt, null);
      await rejects(store.db.transaction().execute((trx) => forcePublicationReviewer(trx, { id: row.id, actorId: pub1 })), /another publisher/);
      await store.db.transaction().execute((trx) => forcePublicationReviewer(trx, { id: row.id, actorId: pub2 }));
      assert.ok((await listForcePublications(store.db)).find((r) => r.id === row.id)!.reviewedAt);
    });

    test('scheduled editions are published when due, exactly once, by either instance', async () => {
      const editor = await create('editor');
      const pub = await create('publisher');
      const { editionId } = await store.db.transaction().execute((trx) => documentCreator(trx, {
        slug: `item-${kind}-3`, type: 'announcement', sectionId, actorId: editor, translations: { en: { title: 'Soon', summary: '', body: 'Text' } }, readyLocales: ['en'],
      }));
      await store.db.transaction().execute((trx) => editionSubmitter(trx, { editionId, actorId: editor }));
      await store.db.transaction().execute((trx) => editionScheduler(trx, { editionId, actorId: pub, publishAt: '2099-06-01T12:00:00+03:00' }));
      assert.deepEqual(await store.db.transaction().execute((trx) => dueEditionsPublisher(trx, { now: '2099-06-01T08:59:00.000Z' })), []);
      const [a, b] = await Promise.all([
        store.db.transaction().execute((trx) => dueEditionsPublisher(trx, { now: '2099-06-01T09:00:00.000Z' })),
        second.db.transaction().execute((trx) => dueEditionsPublisher(trx, { now: '2099-06-01T09:00:00.000Z' })),
      ].map((p) => p.catch(() => [])));
      assert.equal(a!.filter((r) => r.editionId === editionId).length + b!.filter((r) => r.editionId === editionId).length, 1);
      const e = (await findOfficeEdition(store.db, editionId))!;
      assert.equal(e.state, 'published');
    });

    test('reject sends back to the author with a note', async () => {
      const editor = await create('editor');
      const pub = await create('publisher');
      const { editionId } = await store.db.transaction().execute((trx) => documentCreator(trx, {
        slug: `item-${kind}-4`, type: 'news', sectionId, actorId: editor, translations: { en: { title: 'Draft', summary: '', body: 'Text' } }, readyLocales: ['en'],
      }));
      await store.db.transaction().execute((trx) => editionSubmitter(trx, { editionId, actorId: editor }));
      await store.db.transaction().execute((trx) => editionRejecter(trx, { editionId, actorId: pub, note: 'Check the date' }));
      const e = (await findOfficeEdition(store.db, editionId))!;
      assert.equal(e.state, 'rejected');
      assert.equal(e.rejectionNote, 'Check the date');
    });

    test('translations are released together: every language version present must be marked ready', async () => {
      const editor = await create('editor');
      const { editionId } = await store.db.transaction().execute((trx) => documentCreator(trx, {
        slug: `item-${kind}-5`, type: 'news', sectionId, actorId: editor,
        translations: { en: { title: 'Both', summary: '', body: 'Text' }, ru: { title: 'Обе', summary: '', body: 'Текст' } },
      }));
      const ready = (locale: 'en' | 'ru', value = true) => store.db.transaction().execute((trx) => translationReadySetter(trx, { editionId, locale, ready: value, actorId: editor }));
      const submit = () => store.db.transaction().execute((trx) => editionSubmitter(trx, { editionId, actorId: editor }));
      await rejects(submit(), /not marked ready: en, ru/);
      await ready('en');
      await rejects(submit(), /not marked ready: ru\./);
      await ready('ru');
      let e = (await findOfficeEdition(store.db, editionId))!;
      assert.deepEqual(e.readyLocales, ['en', 'ru']);
      // Changing the text of a version clears its mark; saving it unchanged does not.
      await store.db.transaction().execute((trx) => editionUpdater(trx, { editionId, expectedVersion: e.updatedAt, translations: { en: { title: 'Both', summary: '', body: 'Text' }, ru: { title: 'Обе', summary: '', body: 'Новый текст' } } }));
      e = (await findOfficeEdition(store.db, editionId))!;
      assert.deepEqual(e.readyLocales, ['en']);
      await ready('ru');
      await submit();
      assert.equal((await findOfficeEdition(store.db, editionId))!.state, 'submitted');
      await rejects(store.db.transaction().execute((trx) => translationReadySetter(trx, { editionId, locale: 'en', ready: false, actorId: editor })), /cannot be edited/);
    });
  });
}
