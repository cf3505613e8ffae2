/**
 * The meeting editor in Chromium: an editor opens a demo meeting, finds a participant by typing a
 * Cyrillic fragment (the external script shows matches while typing), adds him, moves him up,
 * and saves; the report paragraph follows. Also a directory form for an admin. axe finds no
 * serious or critical violations on these pages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { axe, browserSiteForTests } from '../support/browser.ts';
import { PASSWORD, makeAccount, signInInBrowser } from './support.ts';
import { loadMeetingEditRecord } from '../../src/meetings/queries.ts';

const env = browserSiteForTests();


test('an editor removes a participant, finds him again by typing a fragment, reorders and saves; the paragraph follows', async () => {
  const { site, browser, base } = env;
  await makeAccount(site.store, 'editor', 'meetings-editor@press.test');
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`); });
  await page.goto(`${base}/office/login`);
  await page.fill('#f-email', 'meetings-editor@press.test');
  await page.fill('#f-password', PASSWORD);
  await page.click('button[type=submit]:has-text("Sign in")');
  await page.goto(`${base}/office/meetings`);
  await axe(page);
  // The latest demo meeting.
  const first = page.locator('table a').first();
  const href = (await first.getAttribute('href'))!;
  const meetingId = Number(/\/(\d+)$/.exec(href)![1]);
  await first.click();
  await axe(page);
  const before = (await loadMeetingEditRecord(site.store.db, meetingId))!;
  const date = await page.inputValue('#f-date');
  const reportBefore = await page.locator('.report-preview').textContent();
  assert.ok(reportBefore && reportBefore.length > 40, 'a paragraph is shown');

  // Remove the last participant, if any, then find him again by typing.
  const participants = page.locator('fieldset.participants ol > li');
  const count = await participants.count();
  assert.ok(count >= 2, 'the demo meeting has participants');
  const lastLabel = (await participants.nth(count - 1).textContent())!;
  await page.locator('fieldset.participants ol > li').nth(count - 1).locator('button', { hasText: 'Remove' }).click();
  await page.waitForLoadState('load');
  assert.equal(await page.locator('fieldset.participants ol > li').count(), count - 1);

  // The page is in English: type the beginning of the family name in lower case.
  const family = /^(.+?) —/.exec(lastLabel.trim())![1]!.split(' ').pop()!;
  await page.fill('#f-q', family.slice(0, 4).toLowerCase());
  await page.waitForSelector('#typeahead-results li');
  const offered = await page.locator('#typeahead-results li').allTextContents();
  assert.ok(offered.some((t) => t.includes(family)), `typing offered ${offered.join(' | ')}`);
  await page.locator('#typeahead-results li', { hasText: family }).first().locator('button').click();
  await page.waitForLoadState('load');
  assert.equal(await page.locator('fieldset.participants ol > li').count(), count);
  // Move him one place up (protocol order), then save.
  await page.locator('fieldset.participants ol > li').nth(count - 1).locator('button', { hasText: '↑' }).click();
  await page.waitForLoadState('load');
  await page.click('button[value=save]');
  await page.waitForURL(/saved=1/);
  const after = (await loadMeetingEditRecord(site.store.db, meetingId))!;
  const ids = before.participantAppointmentIds;
  const expected = [...ids.slice(0, count - 2), ids[count - 1]!, ids[count - 2]!];
  assert.deepEqual(after.participantAppointmentIds, expected);
  assert.equal(after.date, date);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the type-ahead also answers Cyrillic on the Russian office; an admin sees the directory forms', async () => {
  const { site, browser, base } = env;
  const admin = await makeAccount(site.store, 'admin', 'meetings-admin@press.test', true, 'ru');
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  await signInInBrowser(page, base, admin);
  await page.goto(`${base}/office/meetings/new`);
  await page.fill('#f-date', '2022-05-24');
  await page.fill('#f-q', 'Папик');
  await page.waitForSelector('#typeahead-results li');
  assert.match((await page.locator('#typeahead-results').textContent())!, /Папикян/);
  await axe(page);
  await page.goto(`${base}/office/directory`);
  await axe(page);
  await page.goto(`${base}/office/directory/people/new`);
  await axe(page);
  await page.click('form.stack button[type=submit]');
  assert.match((await page.locator('.error-summary').textContent())!, /Это поле обязательно/);
  await axe(page);
  await context.close();
});
