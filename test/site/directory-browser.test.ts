/**
 * Directory pages and the meetings archive in Chromium: axe (no serious or critical violations)
 * and the archive's filter form. Needs Chromium at /usr/bin/chromium or $CHROMIUM_PATH; fails
 * (never skips) when it is missing.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { freePort } from '../support/net.ts';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { startTestSite, type TestSite } from '../support/app.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/browser.ts';


let site: TestSite | undefined;
let browser: Browser | undefined;
let context: BrowserContext | undefined;
let base = '';
let meetingId = 0;

test('Chromium is installed', () => {
  assert.ok(existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM}; install it (apt-get install chromium) or set CHROMIUM_PATH`);
});

describe('directory pages in Chromium', () => {
  before(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    site = await startTestSite('sqlite', { PUBLIC_ORIGIN: base });
    meetingId = (await site.store.db.selectFrom('meeting').select('id').where('date', '=', '2022-05-24').executeTakeFirstOrThrow()).id;
    await site.app.fastify.listen({ host: '127.0.0.1', port });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    context = await browser.newContext();
    context.setDefaultTimeout(10_000);
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  describe('accessibility (axe): no serious or critical violations', () => {
    const paths = () => [
      '/people/suren-papikyan/', '/people/baktybek-bekbolotov/', '/bodies/council-of-defence-ministers/', '/bodies/secretariat/',
      '/states/am/', '/meetings/', '/meetings/?year=2022&format=in_person', `/meetings/${meetingId}/`,
    ];
    for (const locale of ['en', 'ru']) {
      test(`/${locale}/… directory pages`, async () => {
        assert.ok(context, 'the browser context was not created (see the before hook)');
        const page = await context.newPage();
        try {
          for (const path of paths()) {
            const full = `/${locale}${path}`;
            const response = await page.goto(base + full);
            assert.equal(response?.status(), 200, `${full} answers 200`);
            const results = await new AxeBuilder({ page }).analyze();
            const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
            const report = bad.map((v) => `  ${v.id} [${v.impact}] ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`).join('\n');
            assert.equal(bad.length, 0, `axe found serious/critical violations on ${full}:\n${report}`);
          }
        } finally {
          await page.close();
        }
      });
    }
  });

  test('the archive filter form narrows the list', async () => {
    assert.ok(context);
    const page = await context.newPage();
    try {
      await page.goto(`${base}/en/meetings/`);
      const all = await page.locator('.meeting-row').count();
      await page.getByLabel('Format').selectOption('videoconference');
      await page.getByLabel('Year').selectOption('2022');
      await Promise.all([page.waitForURL(/format=videoconference/), page.getByRole('button', { name: 'Show meetings' }).click()]);
      const rows = await page.locator('.meeting-row').allTextContents();
      assert.ok(rows.length > 0 && rows.length < all, `${rows.length} of ${all}`);
      assert.ok(rows.every((r) => r.includes('Videoconference') && r.includes('2022')));
      await page.locator('.meeting-row a').first().click();
      await page.waitForURL(/\/en\/meetings\/\d+\/$/);
      assert.match(await page.locator('h1').textContent() ?? '', /^Meeting of the /);
    } finally {
      await page.close();
    }
  });
});
