/**
 * Hostile text in every content field, rendered in Chromium: nothing executes. The browser runs
 * with the Content-Security-Policy bypassed, so what is tested is the escaping and sanitizing
 * itself (CSP is a second wall, tested separately). A trap records any call of xss(), alert(),
 * confirm() or prompt(); the DOM is checked for event-handler attributes, javascript: URLs and
 * scripts that are not the site's own.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { sql } from 'kysely';
import { startTestSite, type TestSite } from '../support/app.ts';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.ts';
import { ARGS, CHROMIUM, freePort, inspectPage, installTraps } from './xss-support.ts';

/** Every text column shown on public pages, by table. */
const CONTENT_FIELDS: Record<string, string[]> = {
  edition_translation: ['title', 'summary', 'body', 'change_note'],
  section_translation: ['name', 'description'],
  person_translation: ['given_name', 'family_name'],
  person_alias: ['name'],
  body_translation: ['name', 'short_name', 'abbreviation'],
  role_translation: ['name', 'short_name', 'plural'],
  rank_translation: ['name'],
  member_state_translation: ['short_name', 'official_name'],
  contact_translation: ['name', 'role'],
  meeting_translation: ['location'],
  meeting_item_translation: ['text'],
  appointment_translation: ['note'],
};

describe('XSS payloads in every content field', () => {
  let site: TestSite;
  let browser: Browser;
  let context: BrowserContext;
  let base = '';
  let planted = 0;

  before(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    site = await startTestSite('sqlite', { PUBLIC_ORIGIN: base });
    // Plant the payloads, cycling through them over every row and field.
    const db = site.store.db;
    for (const [table, columns] of Object.entries(CONTENT_FIELDS)) {
      const rows = await sql<{ rowid: number }>`select rowid from ${sql.table(table)} order by rowid`.execute(db);
      for (const { rowid } of rows.rows) {
        const values: Record<string, string> = {};
        for (const column of columns) values[column] = `${XSS_PAYLOADS[planted++ % XSS_PAYLOADS.length]} ${column}`;
        const sets = Object.entries(values).map(([c, v]) => sql`${sql.ref(c)} = ${v}`);
        await sql`update ${sql.table(table)} set ${sql.join(sets)} where rowid = ${rowid}`.execute(db);
      }
    }
    site.app.cache.clear();
    await site.app.fastify.listen({ host: '127.0.0.1', port });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    context = await browser.newContext({ bypassCSP: true, javaScriptEnabled: true });
    await installTraps(context);
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('every payload was planted at least once', () => {
    assert.ok(planted >= XSS_PAYLOADS.length, `planted ${planted} values for ${XSS_PAYLOADS.length} payloads`);
    assert.ok(XSS_PAYLOADS.length >= 100);
  });

  test('no page of the site runs or carries any of them', { timeout: 600_000 }, async () => {
    const queue = ['/en/', '/ru/', `/en/news/?page=${encodeURIComponent(XSS_PAYLOADS[0]!)}`, `/ru/${encodeURIComponent(XSS_PAYLOADS[8]!)}/`];
    for (const q of XSS_PAYLOADS.slice(0, 10)) queue.push(`/en/search?q=${encodeURIComponent(q)}`);
    const seen = new Set<string>();
    const problems: string[] = [];
    const page = await context.newPage();
    page.on('dialog', (d) => { problems.push(`dialog on ${page.url()}: ${d.message()}`); void d.dismiss(); });
    while (queue.length > 0 && seen.size < 400) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const response = await page.goto(base + path, { waitUntil: 'load' });
      const status = response?.status() ?? 0;
      if (status >= 500) problems.push(`${path}: HTTP ${status}`);
      // Let timers, animations and autofocus handlers fire.
      await page.waitForTimeout(30);
      const report = await inspectPage(page);
      for (const b of report.bad) problems.push(`${path}: ${b}`);
      for (const href of report.links) {
        if (!href.startsWith('/') || href.startsWith('//') || href.startsWith('/assets/')) continue;
        const clean = href.split('#')[0]!;
        if (!seen.has(clean) && !/\/feed\.(rss|atom|json)$/.test(clean)) queue.push(clean);
      }
    }
    assert.ok(seen.size > 80, `crawled ${seen.size} pages`);
    assert.deepEqual(problems.slice(0, 20), [], `${problems.length} problems`);
  });
});
