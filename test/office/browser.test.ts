/**
 * The back office in Chromium: an editor writes an item in English, adds the Russian version and
 * submits it; a publisher sets up the second factor (codes computed from the secret the
 * enrolment page shows), approves and publishes; the public page shows both locales. axe finds
 * no serious or critical violations on the office pages used.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { axe as noSeriousViolations, browserSiteForTests } from '../support/browser.ts';
import { PASSWORD, makeAccount, totpCode } from './support.ts';

const env = browserSiteForTests();

const checked: string[] = [];
/** axe on the page, and the page noted as checked. */
async function axe(page: Page): Promise<void> {
  await noSeriousViolations(page);
  checked.push(new URL(page.url()).pathname);
}


test('editor writes in English and Russian and submits; publisher enrols TOTP, approves and publishes', async () => {
  const { site, browser, base } = env;
  await makeAccount(site.store, 'editor', 'editor@press.test');
  await makeAccount(site.store, 'publisher', 'publisher@press.test', false, 'ru');

  // --- the editor ---
  const editorContext = await browser.newContext({ locale: 'en-GB' });
  const page = await editorContext.newPage();
  await page.goto(`${base}/office/`);
  assert.equal(new URL(page.url()).pathname, '/office/login');
  await axe(page);
  await page.getByLabel('E-mail').fill('editor@press.test');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${base}/office/`);
  await axe(page);

  await page.getByRole('link', { name: 'New item', exact: true }).first().click();
  await page.waitForURL(`${base}/office/documents/new`);
  await axe(page);
  await page.getByLabel('Address (slug)').fill('2026-11-27-browser-test');
  await page.getByLabel('Type').selectOption('news');
  await page.getByLabel('Section').selectOption('organization-news');
  const en = page.locator('fieldset[lang="en"]');
  await en.getByLabel('Title').fill('Council of Foreign Ministers met in Minsk');
  await en.getByLabel('Summary').fill('The ministers discussed the agenda.');
  await en.getByLabel('Text (Markdown)').fill('The ministers **agreed** on the agenda.\n\n<script>alert(1)</script>');
  await page.getByRole('button', { name: 'Create draft' }).click();
  await page.waitForURL(/\/office\/editions\/\d+$/);
  const editionUrl = page.url();
  assert.match(await page.locator('.warning').innerText(), /Missing language versions: ru/);
  await axe(page);

  const ru = page.locator('fieldset[lang="ru"]');
  await ru.getByLabel('Title').fill('Совет министров иностранных дел провёл заседание в Минске');
  await ru.getByLabel('Summary').fill('Министры обсудили повестку.');
  await ru.getByLabel('Text (Markdown)').fill('Министры **согласовали** повестку дня.');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(/\?saved=1$/);
  assert.match(await page.locator('.ok').innerText(), /All language versions are present/);
  for (const language of ['English', 'Русский']) {
    await page.getByRole('button', { name: `Mark ${language} ready` }).click();
    await page.waitForURL(editionUrl);
  }
  assert.deepEqual(await page.locator('.readiness strong').allInnerTexts(), ['ready', 'ready']);

  // The preview is rendered like the public page: Markdown, raw HTML shown as text.
  await page.getByRole('link', { name: 'English' }).click();
  await page.waitForURL(/\/preview\/en$/);
  assert.equal(await page.locator('.item-body strong').innerText(), 'agreed');
  assert.equal(await page.locator('.item-body script').count(), 0);
  await page.goto(editionUrl);
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await page.waitForURL(editionUrl);
  assert.equal(await page.locator('.meta .state').innerText(), 'Submitted');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(`${base}/office/login`);
  await editorContext.close();

  // --- the publisher (Russian from Accept-Language before login, then from the account) ---
  const publisherContext = await browser.newContext({ locale: 'ru-RU', extraHTTPHeaders: { 'accept-language': 'ru-RU,ru;q=0.9' } });
  const p = await publisherContext.newPage();
  await p.goto(`${base}/office/login`);
  assert.equal(await p.locator('h1').innerText(), 'Вход в пресс-службу');
  await p.getByLabel('Электронная почта').fill('publisher@press.test');
  await p.getByLabel('Пароль').fill(PASSWORD);
  await p.getByRole('button', { name: 'Войти' }).click();
  await p.waitForURL(`${base}/office/totp`);
  await axe(p);
  const secret = (await p.locator('#totp-secret').innerText()).trim();
  assert.match(secret, /^[A-Z2-7]{16,}$/);
  assert.ok(await p.locator('img.qr').getAttribute('src').then((s) => s?.startsWith('data:image/png;base64,')));
  await p.getByLabel('Код подтверждения (6 цифр)').fill(totpCode(secret));
  await p.getByRole('button', { name: 'Подтвердить' }).click();
  await p.waitForURL(`${base}/office/`);
  await p.goto(editionUrl);
  await axe(p);
  await p.getByRole('button', { name: 'Одобрить и опубликовать' }).click();
  await p.waitForURL(editionUrl);
  assert.equal(await p.locator('.meta .state').innerText(), 'Опубликован');
  await publisherContext.close();

  // --- the public site shows both locales ---
  const reader = await browser.newContext();
  const r = await reader.newPage();
  await r.goto(`${base}/en/news/organization-news/2026-11-27-browser-test/`);
  assert.equal(await r.locator('h1').innerText(), 'Council of Foreign Ministers met in Minsk');
  assert.equal(await r.locator('.item-body strong').innerText(), 'agreed');
  await r.goto(`${base}/ru/news/organization-news/2026-11-27-browser-test/`);
  assert.equal(await r.locator('h1').innerText(), 'Совет министров иностранных дел провёл заседание в Минске');
  await reader.close();
  assert.ok(checked.length >= 6, `axe ran on ${checked.join(', ')}`);
});
