/**
 * Browser tests: Debian's Chromium driven by playwright-core, with the flags this machine needs
 * (no sandbox as root, no background networking on a closed network), axe checks, and a seeded
 * site listening on a port chosen before it starts (the site writes absolute links to its public
 * origin, so the origin must be the address the browser uses). A missing Chromium fails with a
 * message saying how to install it — browser tests never skip.
 */
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { startTestSite, type TestSite } from './app.ts';
import { freePort } from './net.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
export const CHROMIUM_MISSING =
  `Chromium not found at ${CHROMIUM}: the browser tests need it. ` +
  'Install it (Debian/Ubuntu: `apt-get install chromium`) or set CHROMIUM_PATH to a Chromium binary.';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(CHROMIUM_MISSING);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Fails listing every serious or critical axe violation on the page. */
export async function axe(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`), [], `axe on ${page.url()}`);
}

/** A seeded SQLite site listening on 127.0.0.1 with its public origin set to that address. */
export async function startListeningSite(env: NodeJS.ProcessEnv = {}): Promise<{ site: TestSite; base: string }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const site = await startTestSite('sqlite', { PUBLIC_ORIGIN: base, ...env });
  await site.app.fastify.listen({ host: '127.0.0.1', port });
  return { site, base };
}

export interface BrowserSite {
  site: TestSite;
  browser: Browser;
  base: string;
}

/**
 * Registers hooks that launch Chromium and start a listening site before the file's tests and
 * close both after them; the returned object is filled in by the time a test runs.
 */
export function browserSiteForTests(): BrowserSite {
  const env = {} as BrowserSite;
  before(async () => {
    env.browser = await launchChromium();
    Object.assign(env, await startListeningSite());
  });
  after(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}
