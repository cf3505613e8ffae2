/**
 * Two people editing one directory record or one meeting: the second save, made on the version
 * both opened, is refused with 409 and a sentence in the editor's language, their values kept in
 * the form; saving that form again (now on the current version) goes through on purpose.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DATABASE_KINDS } from '../support/databases.ts';
import { startTestSite, type TestSite } from '../support/app.ts';
import { formFields, makeAccount, signedIn, type OfficeClient } from './support.ts';
import { loadPersonRecord } from '../../src/directory/queries.ts';
import { loadMeetingEditRecord } from '../../src/meetings/queries.ts';

for (const kind of DATABASE_KINDS) {
  describe(`edits that cross (${kind})`, () => {
    let site: TestSite;
    let alice: OfficeClient;
    let boris: OfficeClient;

    before(async () => {
      site = await startTestSite(kind);
      alice = await signedIn(site.app.fastify, await makeAccount(site.store, 'admin', 'alice@press.test'), '10.9.0.1');
      boris = await signedIn(site.app.fastify, await makeAccount(site.store, 'admin', 'boris@press.test', true, 'ru'), '10.9.0.2');
    });
    after(async () => site?.close());

    test('a directory record saved by someone else meanwhile is not overwritten', async () => {
      const path = '/office/directory/people/1';
      const aliceForm = formFields((await alice.get(path)).body, path);
      const borisForm = formFields((await boris.get(path)).body, path);
      assert.ok(aliceForm.base_version, 'the form carries the version it was opened on');
      assert.equal(aliceForm.base_version, borisForm.base_version);

      const first = await alice.post(path, { ...aliceForm, given_en: 'Stanislav (Alice)' });
      assert.equal(first.status, 303);
      const second = await boris.post(path, { ...borisForm, given_en: 'Stanislav (Boris)' });
      assert.equal(second.status, 409);
      assert.match(second.body, /после того как вы открыли эту запись, её изменил кто-то другой/);
      assert.match(second.body, /Stanislav \(Boris\)/, 'his values stay in the form');
      assert.equal((await loadPersonRecord(site.store.db, 1, 'en'))!.names.en?.given, 'Stanislav (Alice)');

      // Saving the refused form again replaces Alice's change, knowingly.
      const again = await boris.post(path, formFields(second.body, path));
      assert.equal(again.status, 303);
      assert.equal((await loadPersonRecord(site.store.db, 1, 'en'))!.names.en?.given, 'Stanislav (Boris)');
    });

    test('a meeting saved by someone else meanwhile is not overwritten', async () => {
      const path = '/office/meetings/1';
      const aliceForm = formFields((await alice.get(path)).body, path);
      const borisForm = formFields((await boris.get(path)).body, path);
      assert.ok(aliceForm.base_version);
      const first = await alice.post(path, { ...aliceForm, op: 'save', outcomes_en: 'Alice wrote this outcome.' });
      assert.equal(first.status, 303, first.body.slice(0, 400));
      const second = await boris.post(path, { ...borisForm, op: 'save', outcomes_en: 'Boris wrote this outcome.' });
      assert.equal(second.status, 409);
      assert.match(second.body, /изменил кто-то другой/);
      const stored = await loadMeetingEditRecord(site.store.db, 1);
      assert.deepEqual(stored!.outcomes.map((o) => o.en), ['Alice wrote this outcome.']);
    });

    test('a form without a version (a script, an old page) is saved as before', async () => {
      const path = '/office/directory/people/1';
      const form = formFields((await alice.get(path)).body, path);
      delete form.base_version;
      assert.equal((await alice.post(path, { ...form, given_en: 'Stanislav' })).status, 303);
    });
  });
}
