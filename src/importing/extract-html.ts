/**
 * HTML pages → blocks: linkedom parses (with a <base> injected so relative links resolve),
 * what the markup marks as navigation, teasers, related items, menus and footers is set aside
 * first, @mozilla/readability picks the article, and sanitize-html reduces it to text blocks.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import sanitizeHtml from 'sanitize-html';
import type { DroppedKind } from './domain.ts';
import { NAVIGATION_LINES } from './domain.ts';
import type { Block } from './extract-text.ts';
import { findDates, isoDate } from './extract-dates.ts';

export interface HtmlPage {
  blocks: Block[];
  /** Blocks set aside before Readability looked at the page. */
  asideBlocks: Block[];
  title: string | null;
  originalUrl: string | null;
  metaDate: string | null;
  lang: string | null;
}

const HINTS: [RegExp, DroppedKind][] = [
  [/teaser|announce|latest|last-news|lastnews|news-?feed|anons/i, 'teaser'],
  [/related|similar|see-?also|more-news|other-news|also-read|read-?also/i, 'related'],
  [/breadcrumb|pager|pagination|back-?link|nav|item-nav/i, 'navigation'],
  [/share|social|print|ya-share|likes/i, 'share'],
  [/footer|copyright|bottom/i, 'footer'],
  [/menu|sidebar|header|top-?bar|banner|search/i, 'menu'],
];

const LANDMARKS: Record<string, DroppedKind> = { NAV: 'navigation', FOOTER: 'footer', ASIDE: 'related', HEADER: 'menu', FORM: 'menu' };

function hintOf(el: Element): DroppedKind | null {
  const landmark = LANDMARKS[el.tagName];
  if (landmark) return landmark;
  const attrs = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('role') ?? ''}`;
  if (attrs.trim() === '') return null;
  if (/\b(article|content|main|post|news-detail|news-item|item-body|text)\b/i.test(attrs) && !/teaser|related|similar/i.test(attrs)) return null;
  for (const [re, kind] of HINTS) if (re.test(attrs)) return kind;
  return null;
}

function textOf(el: Element): string {
  return decodeEntities((el.innerHTML ?? '').replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').replace(/\s+([.,;:!?»)])/g, '$1').trim();
}

function metaDateOf(document: Document): string | null {
  const candidates = [
    document.querySelector('meta[property="article:published_time"]')?.getAttribute('content'),
    document.querySelector('meta[name="date"]')?.getAttribute('content'),
    document.querySelector('meta[itemprop="datePublished"]')?.getAttribute('content'),
    document.querySelector('time[datetime]')?.getAttribute('datetime'),
  ];
  for (const c of candidates) {
    const d = c ? findDates(c)[0] : undefined;
    if (d && d.year !== null) return isoDate(d.year, d.month, d.day);
  }
  return null;
}

const ARTICLE_TAGS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'div', 'td', 'time', 'span', 'strong', 'b', 'em', 'i', 'a'],
  allowedAttributes: {},
};

/** Blocks from an HTML fragment: one per paragraph-like element, lines split at <br>. */
function fragmentBlocks(html: string, h1Text: string | null): Block[] {
  const clean = sanitizeHtml(html, ARTICLE_TAGS)
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<(h[1-6])[^>]*>/gi, '\n\u0001$1\u0002')
    .replace(/<\/(p|h[1-6]|li|blockquote|div|td)>/gi, '\n')
    .replace(/<(p|li|blockquote|div|td)[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '');
  const text = decodeEntities(clean);
  const blocks: Block[] = [];
  for (const raw of text.split('\n')) {
    const heading = /^\u0001(h[1-6])\u0002/.exec(raw.trim());
    const line = raw.replace(/\u0001h[1-6]\u0002/, '').replace(/[\s\u00a0]+/g, ' ').trim();
    if (line === '') continue;
    const tag = heading ? (heading[1] === 'h1' || (h1Text !== null && line === h1Text) ? 'h1' : 'h') : (h1Text !== null && line === h1Text ? 'h1' : 'p');
    blocks.push({ text: line, tag });
  }
  return blocks;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', laquo: '«', raquo: '»', mdash: '—', ndash: '–', hellip: '…' } as Record<string, string>)[e.toLowerCase()] ?? all;
  });
}

const MAX_DEPTH = 120;
const MAX_ELEMENTS = 15_000;

/**
 * Parses a page into a document that always has an <html> element: a page that names <html>
 * is parsed as it is; a fragment, or a broken page whose <html> never opens (a cut-off
 * `<html`, one inside a comment), is wrapped in a document of its own.
 */
function parseDocument(html: string): Document {
  const wrap = (body: string) => `<!doctype html><html><head></head><body>${body}</body></html>`;
  // linkedom makes whatever element comes first the document element: a page that opens with an
  // unclosed <script> gets the script as its root, and removing scripts would leave no root at all.
  const rooted = (d: { documentElement: { localName?: string } | null }) => d.documentElement?.localName?.toLowerCase() === 'html';
  if (/<html[\s>]/i.test(html)) {
    const { document } = parseHTML(html);
    if (rooted(document)) return document as unknown as Document;
  }
  const wrapped = parseHTML(wrap(html)).document;
  if (rooted(wrapped)) return wrapped as unknown as Document;
  return parseHTML(wrap(html.replace(/<\/?html\b[^>]*>?/gi, ' '))).document as unknown as Document;
}

export function htmlToBlocks(html: string, fallbackBase = 'http://legacy.invalid/'): HtmlPage {
  const document = parseDocument(html);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? null;
  const originalUrl = canonical && /^https?:\/\//i.test(canonical.trim()) ? canonical.trim() : null;
  const head = document.head ?? document.querySelector('head');
  if (head && !document.querySelector('base')) {
    const base = document.createElement('base');
    base.setAttribute('href', originalUrl ?? fallbackBase);
    head.appendChild(base);
  }
  const lang = document.documentElement?.getAttribute('lang') ?? null;
  const metaDate = metaDateOf(document);
  const h1 = document.querySelector('h1');
  const h1Text = h1 ? textOf(h1) : null;
  const title = h1Text || document.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim() || textOf(document.querySelector('title') ?? document.createElement('title')) || null;

  // Set aside what the markup marks as not the article (outermost marked element wins).
  const asideBlocks: Block[] = [];
  for (const el of [...document.querySelectorAll('script, style, noscript, template, iframe, svg')]) el.remove();
  const body = document.body ?? document.querySelector('body');
  const marked: Element[] = [];
  const h1Ancestors = new Set<Element>();
  for (let a = h1?.parentElement ?? null; a; a = a.parentElement) h1Ancestors.add(a);
  let elements = 0;
  let depth = 0;
  let maxDepth = 0;
  const walk = (el: Element) => {
    depth++;
    maxDepth = Math.max(maxDepth, depth);
    for (const child of [...el.children]) {
      elements++;
      if (depth > MAX_DEPTH) break;
      if (h1Ancestors.has(child)) { walk(child); continue; }
      const hint = hintOf(child);
      if (hint) { marked.push(child); const t = textOf(child); if (t) asideBlocks.push({ text: t, tag: 'p', hint }); continue; }
      walk(child);
    }
    depth--;
  };
  if (body) walk(body);
  for (const el of marked) el.remove();
  // Navigation links left in the article ("Go back", «Вернуться в раздел»).
  for (const a of [...document.querySelectorAll('a, button')]) {
    const t = textOf(a);
    if (NAVIGATION_LINES.test(t)) { asideBlocks.push({ text: t, tag: 'p', hint: 'navigation' }); a.remove(); }
  }

  let blocks: Block[] = [];
  const bodyHtml = body?.innerHTML ?? '';
  // Readability slows down more than linearly on deeply nested or huge documents; such pages get
  // the plain walk instead (the boilerplate rules above and below still apply).
  const readable = maxDepth <= MAX_DEPTH && elements <= MAX_ELEMENTS;
  try {
    const article = readable ? new Readability(document as unknown as Document, { charThreshold: 100, keepClasses: false, maxElemsToParse: MAX_ELEMENTS }).parse() : null;
    if (article?.content && (article.textContent ?? '').trim().length > 80) blocks = fragmentBlocks(article.content, h1Text);
  } catch {
    blocks = [];
  }
  if (blocks.length === 0) blocks = fragmentBlocks(bodyHtml, h1Text);
  if (h1Text && !blocks.some((b) => b.tag === 'h1')) {
    // Readability keeps the title apart; put it back where the article starts.
    blocks.unshift({ text: h1Text, tag: 'h1' });
  }
  return { blocks, asideBlocks, title, originalUrl, metaDate, lang };
}
