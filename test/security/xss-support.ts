/**
 * Shared parts of the XSS tests: the Chromium launch flags, a trap that records any call of
 * xss(), alert(), confirm() or prompt(), and a DOM check for event-handler attributes,
 * javascript: URLs, dangerous elements and scripts that are not the site's own.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/browser.ts';

export { CHROMIUM };
export { freePort } from '../support/net.ts';
export const ARGS = CHROMIUM_ARGS;

/** Records calls of xss(), alert(), confirm() and prompt() in window.__hits on every page of the context. */
export async function installTraps(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __hits: string[]; xss: (n: unknown) => void };
    w.__hits = [];
    w.xss = (n) => { w.__hits.push(`xss(${String(n)})`); };
    window.alert = (m?: unknown) => { w.__hits.push(`alert(${String(m)})`); };
    window.confirm = (m?: string) => { w.__hits.push(`confirm(${String(m)})`); return false; };
    window.prompt = (m?: string) => { w.__hits.push(`prompt(${String(m)})`); return null; };
  });
}

/**
 * What is wrong on the loaded page (trap calls, handler attributes, javascript: URLs, dangerous
 * elements, foreign scripts) and the links it carries. A script is the site's own when its
 * address starts with one of `ownScriptPrefixes`, or when it is JSON-LD.
 */
export async function inspectPage(page: Page, ownScriptPrefixes: readonly string[] = ['/assets/']): Promise<{ bad: string[]; links: string[] }> {
  return page.evaluate((prefixes) => {
    const w = window as unknown as { __hits: string[] };
    const bad: string[] = [...(w.__hits ?? ['trap missing'])];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) bad.push(`<${el.localName} ${attr.name}>`);
        if (/^(href|src|action|formaction|data|xlink:href|srcdoc)$/i.test(attr.name) && /^\s*(javascript|data:text\/html)/i.test(attr.value)) bad.push(`<${el.localName} ${attr.name}="${attr.value.slice(0, 40)}">`);
      }
      if (['iframe', 'object', 'embed', 'base', 'math', 'frame', 'frameset'].includes(el.localName) || (el.localName === 'meta' && el.hasAttribute('http-equiv'))) bad.push(`<${el.localName}> element`);
    }
    for (const s of Array.from(document.scripts)) {
      const own = (s.src && prefixes.some((p) => new URL(s.src).pathname.startsWith(p))) || s.type === 'application/ld+json';
      if (!own) bad.push(`<script> ${s.src || s.textContent?.slice(0, 40)}`);
    }
    const links = Array.from(document.querySelectorAll('a[href]')).map((a) => a.getAttribute('href')!);
    return { bad, links };
  }, [...ownScriptPrefixes]);
}
