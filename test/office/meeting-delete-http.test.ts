/**
 * Deleting a meeting in the office: like a directory record, it needs a ticked confirmation
 * (checked by the server too); the linked item stays published without the link; audited.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DATABASE_KINDS } from '../support/databases.ts';
import { startTestSite, type TestSite } from '../support/app.ts';
import { formFields, makeAccount, signedIn, type OfficeClient } from './support.ts';
import { listAuditEvents } from '../../src/audit/queries.ts';

for (const kind of DATABASE_KINDS) {
  describe(`deleting a meeting (${kind})`, () => {
    let site: TestSite;
    let editor: OfficeClient;
    before(async () => {
      site = await startTestSite(kind);
      editor = await signedIn(site.app.fastify, await makeAccount(site.store, 'editor', 'meetings@press.test', false, 'ru'), '10.8.0.1');
    });
    after(async () => site?.close());

    test('is refused without the confirmation, and done with it; the item stays, without the link', async () => {
      const item = await site.store.db.selectFrom('document').select(['id', 'slug', 'meeting_id']).where('meeting_id', 'is not', null).orderBy('id').executeTakeFirstOrThrow();
      const meetingId = item.meeting_id!;
      const path = `/office/meetings/${meetingId}`;
      const page = await editor.get(path);
      const form = formFields(page.body, `${path}/delete`);
      assert.equal(form.confirm, undefined, 'the box starts unticked');

      const refused = await editor.post(`${path}/delete`, form);
      assert.equal(refused.status, 400);
      assert.match(refused.body, /Отметьте «Да, удалить это заседание безвозвратно»/);
      assert.ok(await site.store.db.selectFrom('meeting').select('id').where('id', '=', meetingId).executeTakeFirst(), 'still there');

      const done = await editor.post(`${path}/delete`, { ...form, confirm: '1' });
      assert.equal(done.status, 303);
      assert.equal(await site.store.db.selectFrom('meeting').select('id').where('id', '=', meetingId).executeTakeFirst(), undefined);
      const after = await site.store.db.selectFrom('document').select('meeting_id').where('id', '=', item.id).executeTakeFirstOrThrow();
      assert.equal(after.meeting_id, null);
      const audit = await listAuditEvents(site.store.db, { action: 'meeting.delete', limit: 5 });
      assert.equal(audit.total, 1);
    });
  });
}
