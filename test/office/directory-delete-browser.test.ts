/**
 * Deleting a directory record in Chromium, as an administrator would, with no script of ours
 * (the directory pages load none): the browser does not send the form until the confirmation is
 * ticked; a record in use comes back with the sentence naming what refers to it; one nobody
 * refers to is deleted. An appointment's dates are typed as a month and a year. axe finds no
 * serious or critical violations.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { axe, browserSiteForTests } from '../support/browser.ts';
import { makeAccount, signInInBrowser } from './support.ts';
import { loadAppointmentRecord } from '../../src/directory/queries.ts';
import { roleCreator } from '../../src/directory/commands.ts';

const env = browserSiteForTests();


test('an administrator deletes a record after ticking the confirmation, and is told why another cannot be deleted', async () => {
  const { site, browser, base } = env;
  const admin = await makeAccount(site.store, 'admin', 'browser-delete@press.test');
  await site.store.db.transaction().execute((trx) => roleCreator(trx, {
    slug: 'liaison-officer', function: 'liaison', singleHolder: false,
    names: { en: { name: 'Liaison Officer', shortName: 'Liaison Officer' }, ru: { name: 'Офицер связи', shortName: 'Офицер связи' } },
  }));
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await signInInBrowser(page, base, admin);

  // A new person, appointed for a term known only to the month.
  await page.goto(`${base}/office/directory/people/new`);
  for (const [field, value] of [['slug', 'brief-person'], ['given_en', 'Boris'], ['family_en', 'Brief'], ['given_ru', 'Борис'], ['family_ru', 'Краткий']]) await page.fill(`#f-${field}`, value!);
  await page.click('main form.stack button[type=submit]');
  const personUrl = page.url().replace(/\?saved=1$/, '');
  assert.match(personUrl, /\/office\/directory\/people\/\d+$/);
  await page.goto(`${base}/office/directory/appointments/new`);
  await page.selectOption('#f-person_id', { label: 'Boris Brief' });
  await page.selectOption('#f-role_id', { label: 'Liaison Officer' });
  await page.fill('#f-started_on', '11/1999');
  await page.click('main form.stack button[type=submit]');
  assert.equal(new URL(page.url()).pathname, '/office/directory/appointments/new', 'the browser keeps a value that does not fit the pattern');
  await page.fill('#f-started_on', '1999-13');
  await page.click('main form.stack button[type=submit]');
  assert.equal(await page.locator('#f-started_on-error').textContent(), 'Started on: write a year (2020), a month (2020-11) or a day (2020-11-20).', 'the server checks what fits the pattern');
  await page.fill('#f-started_on', '1999-11');
  await page.fill('#f-ended_on', '2000');
  await page.click('main form.stack button[type=submit]');
  const appointmentId = /\/appointments\/(\d+)\?saved=1$/.exec(page.url())?.[1];
  assert.ok(appointmentId, page.url());
  assert.equal(await page.inputValue('#f-started_on'), '1999-11');
  assert.equal(await page.inputValue('#f-ended_on'), '2000');
  const record = await loadAppointmentRecord(site.store.db, Number(appointmentId));
  assert.deepEqual([record!.startedOn, record!.endedOn], ['1999-11-01', '2000-12-31']);
  await axe(page);

  // The person holds it: refused, with the sentence, and the page is still usable.
  await page.goto(personUrl);
  await page.click('.delete-record button[type=submit]');
  assert.equal(page.url(), personUrl, 'not sent without the ticked confirmation');
  await page.check('#f-confirm');
  await page.click('.delete-record button[type=submit]');
  assert.match((await page.locator('.error-summary').textContent())!, new RegExp(`Not deleted: person \\d+ holds appointment ${appointmentId}; delete or change it first\\.`));
  await axe(page);

  // Delete the appointment, then the person.
  await page.goto(`${base}/office/directory/appointments/${appointmentId}`);
  await page.check('#f-confirm');
  await page.click('.delete-record button[type=submit]');
  assert.match(new URL(page.url()).search, /deleted=1/);
  await page.goto(personUrl);
  await page.check('#f-confirm');
  await page.click('.delete-record button[type=submit]');
  assert.match((await page.locator('main').textContent())!, /Deleted\./);
  assert.doesNotMatch(await page.content(), /Boris Brief/);
  const gone = await page.goto(`${base}/en/people/brief-person/`);
  assert.equal(gone?.status(), 404);
  await context.close();
});
