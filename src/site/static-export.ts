/**
 * The public site as files, for a plain web server or a CDN: every page reachable from the home
 * pages and the sitemaps, in every locale, with its feeds, sitemaps and assets. Pages are fetched
 * from the app itself (so they are exactly what it serves). Addresses with a query string
 * (`/en/news/?page=2`) become files of their own (`/en/news/index.page=2.html`) and links to them
 * are rewritten. A re-run writes only files whose content changed and removes files that are no
 * longer part of the site (listed in a manifest).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { parseHTML } from 'linkedom';
import type { Locale } from '../platform/i18n/locales.ts';

export const MANIFEST = '.communique-export.json';

export interface ExportResult {
  pages: number;
  written: number;
  unchanged: number;
  removed: number;
  /** Internal addresses that answered with an error while crawling (never written). */
  failures: { path: string; status: number }[];
}

/** Paths that belong to the dynamic application, not to a static copy. */
function excluded(path: string): boolean {
  return /^\/(office|api)(\/|$)/.test(path) || /^\/[a-z]{2}\/search(\/|\?|$)/.test(path);
}

/** The file an address is written to, relative to the export folder. */
export function fileFor(address: string): string {
  const [path = '/', query] = address.split('?', 2);
  let file = decodeURIComponent(path);
  if (file.endsWith('/')) file += query ? `index.${sanitizeQuery(query)}.html` : 'index.html';
  else if (query) file += `.${sanitizeQuery(query)}`;
  const clean = normalize(file).replace(/^(\.\.(\/|\\|$))+/, '');
  if (clean.split(sep).includes('..')) throw new Error(`refusing to write outside the export folder: ${address}`);
  return clean.replace(/^\/+/, '');
}

function sanitizeQuery(query: string): string {
  return decodeURIComponent(query).replace(/[^\p{L}\p{N}=._-]+/gu, '_');
}

/** The href a static page uses for an address (query strings become file names). */
function staticHref(address: string): string {
  if (!address.includes('?')) return address;
  return `/${fileFor(address)}`;
}

function linksOf(html: string): string[] {
  const { document } = parseHTML(html);
  const out: string[] = [];
  for (const el of Array.from(document.querySelectorAll('a[href], link[href]'))) {
    const rel = el.getAttribute('rel') ?? '';
    if (el.localName === 'link' && !/alternate|stylesheet|icon/.test(rel)) continue;
    out.push(el.getAttribute('href')!);
  }
  for (const el of Array.from(document.querySelectorAll('script[src], img[src]'))) out.push(el.getAttribute('src')!);
  return out;
}

function locsOf(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

function internal(href: string, origin: string): string | null {
  let h = href.trim().replace(/&amp;/g, '&');
  if (h.startsWith(origin)) h = h.slice(origin.length) || '/';
  if (!h.startsWith('/') || h.startsWith('//')) return null;
  h = h.split('#')[0]!;
  if (h.startsWith('/assets/')) h = h.split('?')[0]!;
  return h;
}

/** Rewrites the links of a page so that addresses with a query string lead to their files. */
function rewrite(html: string): string {
  return html.replace(/(href|src)="(\/[^"]*\?[^"]*)"/g, (whole, attr: string, value: string) => {
    const address = value.replace(/&amp;/g, '&');
    if (address.startsWith('/assets/')) return `${attr}="${address.split('?')[0]}"`;
    if (excluded(address)) return whole;
    return `${attr}="${staticHref(address).replace(/&/g, '&amp;')}"`;
  });
}

export async function exportStatic(app: FastifyInstance, options: { dir: string; locales: readonly Locale[]; origin: string }): Promise<ExportResult> {
  const { dir, origin } = options;
  mkdirSync(dir, { recursive: true });
  const queue: string[] = [...options.locales.map((l) => `/${l}/`), '/sitemap.xml', '/robots.txt'];
  const seen = new Set<string>();
  const files = new Map<string, Buffer>();
  const failures: { path: string; status: number }[] = [];
  while (queue.length > 0) {
    const address = queue.shift()!;
    if (seen.has(address) || excluded(address)) continue;
    seen.add(address);
    const res = await app.inject({ method: 'GET', url: address });
    if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
      const target = internal(String(res.headers.location), origin);
      if (target) queue.push(target);
      continue;
    }
    if (res.statusCode !== 200) {
      failures.push({ path: address, status: res.statusCode });
      continue;
    }
    const type = String(res.headers['content-type'] ?? '');
    let body = res.rawPayload;
    if (type.includes('text/html')) {
      const html = res.body;
      for (const href of linksOf(html)) {
        const target = internal(href, origin);
        if (target && !seen.has(target)) queue.push(target);
      }
      body = Buffer.from(rewrite(html), 'utf8');
    } else if (type.includes('xml') && /<(urlset|sitemapindex)\b/.test(res.body)) {
      for (const loc of locsOf(res.body)) {
        const target = internal(loc, origin);
        if (target && !seen.has(target)) queue.push(target);
      }
    }
    files.set(fileFor(address), body);
  }
  // The error page a web server shows for a missing file.
  const missing = await app.inject({ method: 'GET', url: `/${options.locales[0]}/news/__no-such-page__/` });
  files.set('404.html', Buffer.from(rewrite(missing.body), 'utf8'));

  let written = 0;
  let unchanged = 0;
  for (const [file, body] of files) {
    const path = join(dir, file);
    if (existsSync(path) && hash(readFileSync(path)) === hash(body)) {
      unchanged++;
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, body);
    written++;
  }
  let removed = 0;
  const manifestPath = join(dir, MANIFEST);
  if (existsSync(manifestPath)) {
    const previous = JSON.parse(readFileSync(manifestPath, 'utf8')) as { files: string[] };
    for (const file of previous.files ?? []) {
      if (!files.has(file)) {
        rmSync(join(dir, fileFor(`/${file}`)), { force: true });
        removed++;
      }
    }
  }
  writeFileSync(manifestPath, JSON.stringify({ generatedAt: new Date().toISOString(), files: [...files.keys()].sort() }, null, 1));
  return { pages: files.size, written, unchanged, removed, failures };
}

function hash(buffer: Buffer): string {
  return createHash('sha1').update(buffer).digest('hex');
}
