/**
 * The public site in a real browser (Chromium through playwright-core): item navigation with and
 * without JavaScript, the language switch, axe accessibility checks and keyboard basics.
 *
 * Needs Chromium at /usr/bin/chromium (Debian package `chromium`; CI installs it) or at
 * $CHROMIUM_PATH. When it is missing the suite FAILS with a message saying so — it never skips.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { freePort } from '../support/net.ts';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { startTestSite, type TestSite } from '../support/app.ts';
import { CHROMIUM, CHROMIUM_ARGS, CHROMIUM_MISSING } from '../support/browser.ts';


const MEETING_ITEM = '/news/organization-news/2022-05-24-council-of-defence-ministers/';
const STATEMENT = '/news/statements/2020-09-28-statement-nagorno-karabakh/';
const STATEMENTS_SECTION = '/news/statements/';

let site: TestSite | undefined;
let browser: Browser | undefined;
let context: BrowserContext | undefined;
let base = '';

async function newPage(): Promise<Page> {
  assert.ok(context, 'the browser context was not created (see the before hook)');
  return context.newPage();
}

function url(path: string): string {
  return base + path;
}

/** The path (and query) of the page's current URL. */
function pathOf(page: Page): string {
  const u = new URL(page.url());
  return u.pathname + u.search;
}

async function clickAndWait(page: Page, link: Locator, path: string): Promise<void> {
  await link.click();
  await page.waitForURL(url(path));
  assert.equal(pathOf(page), path);
}

function itemNavLink(page: Page, name: string) {
  return page.locator('nav.item-nav').getByRole('link', { name, exact: true });
}

// A failing test of its own, so a missing browser shows up as a failure and not only as cancelled tests.
test('Chromium is installed', () => {
  assert.ok(existsSync(CHROMIUM), CHROMIUM_MISSING);
});

describe('in Chromium', () => {
  before(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(CHROMIUM_MISSING);
    // The site writes absolute links to its public origin (the language switch, alternates), so the
    // origin has to be the address the browser uses: pick a free port first, then start the site on it.
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    site = await startTestSite('sqlite', { PUBLIC_ORIGIN: base });
    await site.app.fastify.listen({ host: '127.0.0.1', port });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    context = await browser.newContext();
    context.setDefaultTimeout(10_000);
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  describe('item navigation (JavaScript on)', () => {
    test('"Back to the section", "Back to all news" and "Go back" from all news', async () => {
      const page = await newPage();
      try {
        await page.goto(url('/en/news/'));
        const first = page.locator('.item-list .item-title a').first();
        const itemPath = await first.getAttribute('href');
        assert.ok(itemPath, 'the all-news page lists at least one item');
        const m = /^(\/en\/news\/[^/]+\/)[^/]+\/$/.exec(itemPath);
        assert.ok(m, `item link has the shape /en/news/{section}/{slug}/: ${itemPath}`);
        const sectionPath = m[1]!;

        await clickAndWait(page, first, itemPath);
        await clickAndWait(page, itemNavLink(page, 'Back to the section'), sectionPath);

        await page.goBack();
        await page.waitForURL(url(itemPath));
        await clickAndWait(page, itemNavLink(page, 'Back to all news'), '/en/news/');

        // From all news to the item, then "Go back": history brings the reader back to all news
        // (the link's href is the section, so landing on /en/news/ proves history.back() ran).
        await clickAndWait(page, page.locator(`.item-list .item-title a[href="${itemPath}"]`), itemPath);
        await clickAndWait(page, itemNavLink(page, 'Go back'), '/en/news/');
      } finally {
        await page.close();
      }
    });

    test('"Go back" on an item opened directly (no referrer) leads to the section', async () => {
      const page = await newPage();
      try {
        await page.goto(url(`/en${STATEMENT}`));
        await clickAndWait(page, itemNavLink(page, 'Go back'), `/en${STATEMENTS_SECTION}`);
        // Typed into the address bar with some history behind it: still no referrer, still the section.
        await page.goto(url(`/en${STATEMENT}`));
        await clickAndWait(page, itemNavLink(page, 'Go back'), `/en${STATEMENTS_SECTION}`);
      } finally {
        await page.close();
      }
    });

    test('the language switch leads to the same item in Russian, with Russian navigation', async () => {
      const page = await newPage();
      try {
        await page.goto(url(`/en${STATEMENT}`));
        assert.equal(await page.locator('html').getAttribute('lang'), 'en');
        const sw = page.locator('.language-switch a[hreflang="ru"]');
        assert.equal(await sw.count(), 1, 'the English page offers one switch to Russian');
        await clickAndWait(page, sw, `/ru${STATEMENT}`);
        assert.equal(await page.locator('html').getAttribute('lang'), 'ru');
        assert.deepEqual(
          await page.locator('nav.item-nav a').allTextContents(),
          ['Назад', 'Вернуться в раздел', 'Ко всем новостям'],
        );
        await clickAndWait(page, itemNavLink(page, 'Вернуться в раздел'), `/ru${STATEMENTS_SECTION}`);
      } finally {
        await page.close();
      }
    });
  });

  describe('item navigation (JavaScript off)', () => {
    test('"Go back" follows its href to the section even when the reader came from all news', async () => {
      assert.ok(browser, 'the browser was not launched (see the before hook)');
      const noJs = await browser.newContext({ javaScriptEnabled: false });
      noJs.setDefaultTimeout(10_000);
      try {
        const page = await noJs.newPage();
        await page.goto(url('/en/news/'));
        const first = page.locator('.item-list .item-title a').first();
        const itemPath = await first.getAttribute('href');
        assert.ok(itemPath, 'the all-news page lists at least one item');
        const sectionPath = itemPath.replace(/[^/]+\/$/, '');
        await clickAndWait(page, first, itemPath);
        await clickAndWait(page, itemNavLink(page, 'Go back'), sectionPath);
        // And directly, on a known item.
        await page.goto(url(`/en${STATEMENT}`));
        await clickAndWait(page, itemNavLink(page, 'Go back'), `/en${STATEMENTS_SECTION}`);
      } finally {
        await noJs.close();
      }
    });
  });

  describe('accessibility (axe): no serious or critical violations', () => {
    const pages = ['/', '/news/', STATEMENTS_SECTION, MEETING_ITEM, STATEMENT];
    for (const locale of ['en', 'ru']) {
      for (const path of pages) {
        const full = `/${locale}${path}`;
        test(full, async () => {
          const page = await newPage();
          try {
            const response = await page.goto(url(full));
            assert.equal(response?.status(), 200, `${full} answers 200`);
            const results = await new AxeBuilder({ page }).analyze();
            const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
            const report = bad.map((v) =>
              `  ${v.id} [${v.impact}] ${v.help}\n` +
              v.nodes.map((n) => `    ${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`).join('\n'),
            ).join('\n');
            assert.equal(bad.length, 0, `axe found serious/critical violations on ${full}:\n${report}`);
          } finally {
            await page.close();
          }
        });
      }
    }
  });

  describe('keyboard', () => {
    test('the first Tab focuses the skip link to #content (main); focused links show an outline', async () => {
      const page = await newPage();
      try {
        await page.goto(url('/en/'));
        await page.keyboard.press('Tab');
        const focused = page.locator(':focus');
        assert.equal(await focused.count(), 1, 'something has focus after the first Tab');
        assert.equal(await focused.getAttribute('class'), 'skip-link', 'the first Tab focuses the skip link');
        assert.equal(await focused.getAttribute('href'), '#content');
        assert.ok(await focused.isVisible(), 'the focused skip link is visible');
        assert.equal(await page.locator('#content').evaluate((el) => el.tagName.toLowerCase()), 'main', '#content is the main element');
        assert.ok(await hasFocusIndicator(focused), 'the focused skip link has an outline or box-shadow');

        // Following the skip link moves focus into main; the next Tab reaches the first link in main.
        await page.keyboard.press('Enter');
        await page.waitForURL(url('/en/#content'));
        assert.equal(await page.locator(':focus').getAttribute('id'), 'content', 'the skip link moves focus to main');
        await page.keyboard.press('Tab');
        const inMain = page.locator(':focus');
        assert.equal(await inMain.evaluate((el) => el.tagName.toLowerCase()), 'a');
        assert.equal(await inMain.evaluate((el) => el.closest('main')?.id ?? null), 'content', 'the next Tab stays in main');
        assert.ok(await hasFocusIndicator(inMain), 'a focused link in main has an outline or box-shadow');

        // And a header link (on the coloured band).
        await page.goto(url('/en/'));
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        const headerLink = page.locator(':focus');
        assert.equal(await headerLink.getAttribute('class'), 'site-name');
        assert.ok(await hasFocusIndicator(headerLink), 'a focused header link has an outline or box-shadow');
      } finally {
        await page.close();
      }
    });
  });
});

/** True when the element's computed style shows a focus outline or a box-shadow. */
async function hasFocusIndicator(locator: Locator): Promise<boolean> {
  const style = await locator.evaluate((el) => {
    const s = el.ownerDocument.defaultView!.getComputedStyle(el);
    return { outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth, boxShadow: s.boxShadow };
  });
  const outline = style.outlineStyle !== 'none' && style.outlineWidth !== '0px';
  const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
  return outline || shadow;
}
