/**
 * HTML pages → blocks: linkedom parses (with a <base> injected so relative links resolve),
 * what the markup marks as navigation, teasers, related items, menus and footers is set aside
 * first, @mozilla/readability picks the article, and sanitize-html reduces it to text blocks.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import sanitizeHtml from 'sanitize-html';
import type { DroppedKind } from './domain.ts';
import { FOOTER_LINES, isCookieNotice, isMenuLine, kindLabel, NAVIGATION_LINES, RELATED_HEADINGS, SHARE_LINES, stateSpans, TOPICAL_HEADING } from './domain.ts';
import { bylineOf, datedLabelLine, isLeadSentence, splitDatedByline, type Block } from './extract-text.ts';
import { findDates, isoDate, standaloneDate } from './extract-dates.ts';

export interface HtmlPage {
  blocks: Block[];
  /** Blocks set aside before Readability looked at the page. */
  asideBlocks: Block[];
  title: string | null;
  originalUrl: string | null;
  metaDate: string | null;
  lang: string | null;
  /** Captions of the page's photos. */
  captions: string[];
}

const HINTS: [RegExp, DroppedKind][] = [
  [/teaser|announce|latest|last-news|lastnews|news-?feed|anons/i, 'teaser'],
  [/relate|similar|see-?also|more-news|other-news|also-read|read-?also/i, 'related'],
  [/breadcrumb|pager|pagination|back-?link|nav|item-nav/i, 'navigation'],
  [/share|social|print|ya-share|likes/i, 'share'],
  [/footer|copyright|bottom/i, 'footer'],
  [/menu|sidebar|header|top-?bar|banner|search|cookie|consent|gdpr/i, 'menu'],
];

const LANDMARKS: Record<string, DroppedKind> = { NAV: 'navigation', FOOTER: 'footer', ASIDE: 'related', HEADER: 'menu', FORM: 'menu' };

function hintOf(el: Element): DroppedKind | null {
  const landmark = LANDMARKS[el.tagName];
  // An ASP.NET page is one <form> around everything: a form is a search or login box only when it is small.
  if (landmark && !(el.tagName === 'FORM' && (el.textContent ?? '').length > 1500)) return landmark;
  const attrs = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('role') ?? ''}`;
  if (attrs.trim() === '') return null;
  if (/\b(article|content|main|post|news-detail|news-item|item-body|text)\b/i.test(attrs) && !/teaser|related|similar/i.test(attrs)) return null;
  for (const [re, kind] of HINTS) if (re.test(attrs)) return kind;
  return null;
}

/**
 * A list of other items that gives their dates and lead text (not only linked headlines) is a teaser block;
 * a list of links is related.
 */
function isTeaserList(el: Element): boolean {
  const all = textOf(el);
  if (findDates(all).length === 0) return false;
  let rest = all;
  for (const a of [...el.querySelectorAll('a, h1, h2, h3, h4, h5, h6')]) rest = rest.replace(textOf(a), ' ');
  for (const d of findDates(rest).reverse()) rest = rest.slice(0, d.index) + rest.slice(d.index + d.length);
  if (rest.replace(/[\s\d:./()|-]+/g, ' ').trim().length >= 80) return true;
  // «24 мая 2022 года в режиме видеоконференции состоялось заседание …»: a linked entry that is a whole sentence is
  // an item's lead, not its headline.
  return [...el.querySelectorAll('a, p, li, div, span')].some((part) => isLeadSentence(textOf(part)));
}

/**
 * A box of other items' headlines with their dates under "Other news", "Top stories", «Последние новости» (not
 * "Related", «По теме»), in a part of the page marked as a menu or sidebar: a list of other items, not the site's menu.
 */
function isDatedListOfOthers(el: Element): boolean {
  const attrs = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (/relate|similar|see-?also|also-?read|read-?also/i.test(attrs)) return false;
  const heading = el.querySelector('h1, h2, h3, h4, h5, h6, strong, b');
  const headingText = heading ? textOf(heading) : '';
  if (TOPICAL_HEADING.test(headingText) || !RELATED_HEADINGS.test(headingText)) return false;
  if (el.querySelectorAll('a').length < 2) return false;
  return findDates(textOf(el)).filter((d) => d.year !== null).length >= 2;
}

/**
 * A table whose head row names states, one a column, and whose rows under it give each state's delegate
 * ("Республика Армения | Республика Беларусь …" over "Т.А. Мкртчян, заместитель министра …"): turned so that each
 * state is a row with its people, as lists of who took part read ("Республика Армения – Т.А. Мкртчян, …").
 */
function transposeStateColumns(document: ReturnType<typeof parseDocument>): void {
  for (const table of [...document.querySelectorAll('table')].slice(0, 50)) {
    const rows = [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table);
    if (rows.length < 2 || rows.length > 12) continue;
    const cells = rows.map((tr) => [...tr.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH'));
    const width = cells[0]!.length;
    if (width < 2 || cells.some((r) => r.length !== width)) continue;
    const head = cells[0]!.map(textOf);
    // Each head cell a state's name ("Кыргызская Республика": the pattern may take one word of two).
    const stateOnly = (t: string) => {
      const spans = stateSpans(t);
      return t.length > 0 && t.length < 60 && spans.length === 1 && (t.slice(0, spans[0]!.at) + t.slice(spans[0]!.end)).trim().split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= 1;
    };
    if (!head.every(stateOnly)) continue;
    const body = document.createElement('tbody');
    for (let c = 0; c < width; c++) {
      const tr = document.createElement('tr');
      for (const row of cells) {
        const td = document.createElement('td');
        td.textContent = textOf(row[c]!).replace(/[,;]\s*$/u, '');
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    while (table.firstChild) table.removeChild(table.firstChild);
    table.appendChild(body);
  }
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
  allowedTags: ['p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'div', 'table', 'tr', 'th', 'td', 'time', 'span', 'strong', 'b', 'em', 'i', 'a', 'dl', 'dt', 'dd'],
  allowedAttributes: {},
};

/** Blocks from an HTML fragment: one per paragraph-like element, lines split at <br>. */
function fragmentBlocks(html: string, h1Text: string | null): Block[] {
  const clean = sanitizeHtml(html, ARTICLE_TAGS)
    .replace(/<br\s*\/?>/gi, '\n')
    // A table row is one line, its cells set off by dashes ("Russia – Army General … – Minister of Defence"), so a
    // row reads as the entry of a list it is.
    .replace(/<tr[^>]*>([\s\S]*?)<\/tr>/gi, (all, row: string) => /<(?:p|div|li|blockquote|h[1-6]|table|br)\b/i.test(row)
      ? `\n${row}\n`
      // Empty cells ("—") go.
      : `\n${row.split(/<\/t[dh]>\s*<t[dh][^>]*>/i).filter((cell) => !/^(?:\s|<[^>]*>|&[mn]dash;|&nbsp;|[—–-])*$/iu.test(cell)).join(' – ')}\n`)
    .replace(/<\/?(?:tr|table|th)(?:\s[^>]*)?>/gi, '\n')
    .replace(/<(h[1-6])[^>]*>/gi, '\n\u0001$1\u0002')
    .replace(/<\/(p|h[1-6]|li|blockquote|div|td|dt|dd|dl)>/gi, '\n')
    .replace(/<(p|li|blockquote|div|td|dt|dd|dl)[^>]*>/gi, '\n')
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

/**
 * A <title> without the site's name that pages add before or after the headline ("… - Shanghai Cooperation
 * Organisation", "OSCE | …", "… — ОДКБ"): the part set off by " - ", " | ", " — ", " :: " that is the og:site_name,
 * or a short name (an acronym or capitalized words, no verb-like lower-case words) beside a longer headline.
 */
export function withoutSiteName(title: string, siteName: string | null): string {
  const t = title.trim();
  const seps = /\s+(?:[-|—–]|::|»)\s+/gu;
  const cuts = [...t.matchAll(seps)];
  if (cuts.length === 0) return t;
  const lastCut = cuts[cuts.length - 1]!;
  const firstCut = cuts[0]!;
  const tail = t.slice(lastCut.index! + lastCut[0].length);
  const head = t.slice(0, firstCut.index!);
  const isSite = (part: string, rest: string) => {
    if (siteName && part.toLowerCase() === siteName.toLowerCase()) return true;
    const words = part.split(/\s+/);
    if (words.length > 6 || rest.split(/\s+/).length < words.length + 2) return false;
    return words.every((w) => /^(?:\p{Lu}[\p{L}'’.&-]*|of|the|and|for|in|on|de|du|des|la|и|по|при|\d+)$/u.test(w)) && /\p{Lu}/u.test(part) && !/[.!?:"«»“”]/u.test(part);
  };
  const withoutTail = t.slice(0, lastCut.index!);
  const balanced = (x: string) => (x.match(/"/g) ?? []).length % 2 === 0 && (x.match(/«/g) ?? []).length === (x.match(/»/g) ?? []).length
    && (x.match(/“/g) ?? []).length === (x.match(/”/g) ?? []).length;
  if (isSite(tail, withoutTail) && balanced(withoutTail)) return withoutTail.trim();
  const withoutHead = t.slice(firstCut.index! + firstCut[0].length);
  if (isSite(head, withoutHead) && balanced(withoutHead)) return withoutHead.trim();
  return t;
}

/**
 * What Readability left out of the page, told apart: navigation, share links and footers wherever they are;
 * runs of other text above the article (other items' teasers) or below it (related items); short runs are menus.
 * A date line right above the article is the article's own and goes back into it.
 */
function leftOutBlocks(bodyHtml: string, article: readonly Block[], h1Text: string | null, pageTitle: string | null): { aside: Block[]; dateLines: Block[] } {
  const aside: Block[] = [];
  const dateLines: Block[] = [];
  // Nothing of substance left out: no need to look.
  const pageChars = bodyHtml.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').length;
  const articleChars = article.reduce((n, b) => n + b.text.length + 1, 0);
  if (pageChars - articleChars < 12) return { aside, dateLines };
  const all = fragmentBlocks(bodyHtml, h1Text);
  if (all.length > 3000) return { aside, dateLines };
  const kept = new Set(article.map((b) => b.text));
  if (h1Text) kept.add(h1Text);
  const firstAt = all.findIndex((b) => kept.has(b.text));
  if (firstAt < 0) return { aside, dateLines };
  const headAt = h1Text ? all.findIndex((b) => b.text === h1Text) : -1;
  // `from`: where a line joined from two (a date and its rubric on lines of their own) began.
  let run: { block: Block; at: number; from?: number }[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const before = run[0]!.at < firstAt;
    // The lines right above or below the headline that are its date line, its section label ("Press release")
    // or (below it) its byline belong to the article's header, set apart from the article's box.
    const header = (r: { block: Block; at: number }) => standaloneDate(r.block.text) !== null || datedLabelLine(r.block.text) !== null
      || (r.block.text.length < 40 && kindLabel(r.block.text)?.kind != null)
      || (headAt >= 0 && r.at > headAt && (bylineOf(r.block.text) !== null || splitDatedByline(r.block.text) !== null));
    // A date line and a rubric of a few words beside it, set out on lines of their own, are one header line.
    for (let k = run.length - 2; k >= 0 && k >= run.length - 3; k--) {
      const a = run[k]!.block.text;
      const b = run[k + 1]!.block.text;
      if (standaloneDate(a) !== null && b.length < 40 && datedLabelLine(`${a} ${b}`) !== null) {
        run.splice(k, 2, { block: { text: `${a} ${b}`, tag: 'p' }, at: run[k + 1]!.at, from: run[k]!.at });
        break;
      }
    }
    const restored: { block: Block; at: number }[] = [];
    if (run[run.length - 1]!.at === firstAt - 1 || (headAt >= 0 && run[run.length - 1]!.at === headAt - 1)) {
      while (run.length > 0 && restored.length < 3 && header(run[run.length - 1]!)) restored.unshift(run.pop()!);
    }
    if (headAt >= 0 && run.length > 0 && (run[0]!.from ?? run[0]!.at) === headAt + 1) {
      while (run.length > 0 && restored.length < 3 && header(run[0]!)) restored.push(run.shift()!);
    }
    dateLines.push(...restored.flatMap((r) => (splitDatedByline(r.block.text) ?? [r.block.text]).map((text) => ({ text, tag: 'p' as const }))));
    if (run.length === 0) return;
    // The article's own date line, set just above it outside the article's box.
    const last = run[run.length - 1]!;
    if (before && last.at === firstAt - 1 && standaloneDate(last.block.text) !== null) { dateLines.push(last.block); run.pop(); }
    // The page's headline (as its <title> gives it), which Readability keeps apart from the article.
    for (let k = run.length - 1; k >= 0 && k >= run.length - 2; k--) {
      if (pageTitle && run[k]!.block.text === pageTitle) { dateLines.push({ text: pageTitle, tag: run[k]!.block.tag === 'p' ? 'h' : run[k]!.block.tag }); run.splice(k, 1); break; }
    }
    if (run.length > 0) {
      const text = run.map((r) => r.block.text).join(' ');
      const item = run.some((r) => r.block.text.length >= 80) || (run.some((r) => standaloneDate(r.block.text) !== null) && run.length >= 2);
      // Another item's lead (above or below this one) is a teaser; a list of other items' headlines is related.
      const lead = run.some((r) => isLeadSentence(r.block.text));
      aside.push({ text, tag: 'p', hint: item ? (lead ? 'teaser' : 'related') : 'menu' });
    }
    run = [];
  };
  for (const [i, b] of all.entries()) {
    if (kept.has(b.text)) { flush(); continue; }
    if (NAVIGATION_LINES.test(b.text)) { flush(); aside.push({ text: b.text, tag: 'p', hint: 'navigation' }); continue; }
    if (SHARE_LINES.test(b.text)) { flush(); aside.push({ text: b.text, tag: 'p', hint: 'share' }); continue; }
    if (isCookieNotice(b.text)) { flush(); aside.push({ text: b.text, tag: 'p', hint: 'menu' }); continue; }
    // "Home » News » Committee news": a breadcrumb trail left outside the article.
    if (isMenuLine(b.text) === 'navigation') { flush(); aside.push({ text: b.text, tag: 'p', hint: 'navigation' }); continue; }
    if (b.text.length < 300 && FOOTER_LINES.test(b.text)) { flush(); aside.push({ text: b.text, tag: 'p', hint: 'footer' }); continue; }
    run.push({ block: b, at: i });
  }
  flush();
  return { aside, dateLines };
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

/**
 * A page without <h1> (old table layouts: «<h2 class="newstitle">», «<div class="title">»): the headline is the
 * heading or title-classed element followed, within two siblings, by the article's paragraphs — not a teaser's
 * title, which has only a line of lead after it.
 */
function headlineWithoutH1(document: ReturnType<typeof parseDocument>): Element | null {
  // The <title> names the item when it is more than the site's or section's name: then only the heading that
  // agrees with it will do.
  const norm = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const raw = textOf(document.querySelector('title') ?? document.createElement('title'));
  // "Ministry of Defence :: News": a site's name and a section's is no item's headline.
  const generic = /(?:^|\s*(?:::|\||—|–|»)\s*|\s-\s*)(?:новости|news|пресс-релизы|press releases|главная|home|события|events|пресс-центр|press cent(?:er|re)|media)\s*$/iu.test(raw.trim());
  // "Ministry of Foreign Affairs of the Republic of Tajikistan": an institution's name alone is the site's, too.
  const institution = /^(?:the\s+)?(?:ministry|министерство|secretariat|секретариат|embassy|посольство|official (?:web)?site|официальный (?:интернет-)?(?:сайт|портал)|president|президент|government|правительство|organi[sz]ation|организация|council|совет|committee|комитет|parliament|парламент|administration|администрация|office)(?:\s+(?:\p{Lu}[\p{L}-]*|of|the|and|for|in|on|по|и|при|[\p{L}-]+(?:ой|ого|ых|ий|ая|ии|ства|ции|ел|ел)))*\s*$/iu.test(raw.trim());
  const titled = generic || institution ? '' : norm(withoutSiteName(raw, null));
  let best: Element | null = null;
  let bestText = 0;
  for (const el of [...document.querySelectorAll('h2, h3, h4, div, span, td, p, strong, b')]) {
    // <td class="newstitle">, <span id="lblTitle"> (old table and ASP.NET layouts), "news-head".
    if (!/^H[2-4]$/.test(el.tagName) && !/(?:^|[\s_-])(?:news)?(?:title|headline|head|zagolovok|caption)(?:$|[\s_-])/i.test(el.getAttribute('class') ?? '')
      && !/(?:^|_)lbl(?:News)?(?:Title|Head(?:line)?)$/i.test(el.getAttribute('id') ?? '')) continue;
    if (el.querySelector('p, div, table, ul, li')) continue;
    const t = textOf(el);
    if (t.length < 10 || t.length > 300) continue;
    let text = 0;
    // The text follows the headline's element, or (in a table layout) the row or cell it stands in.
    for (let box: Element | null = el, up = 0; box && up < 3 && text === 0; box = box.parentElement, up++) {
      let sibling = box.nextElementSibling;
      for (let n = 0; sibling && n < 3 && text === 0; n++, sibling = sibling.nextElementSibling) {
        const paragraphs = sibling.tagName === 'P' ? [sibling] : [...sibling.querySelectorAll('p')];
        if (paragraphs.length >= 2 || sibling.tagName === 'P') text = paragraphs.reduce((sum, p) => sum + textOf(p).length, 0);
      }
    }
    if (titled.split(' ').length >= 5 && norm(t) !== '' && (titled.includes(norm(t)) || norm(t).includes(titled))) return el;
    if (text >= 200 && text > bestText) { best = el; bestText = text; }
  }
  return titled.split(' ').length >= 5 ? null : best;
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
  // WordPress themes put the site's name in an <h1 class="site-title"> above the item's own <h1>: the headline is the
  // <h1> that agrees with og:title or <title>, else the first that is not the site's.
  const h1s = [...document.querySelectorAll('h1')];
  const said = `${document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? ''} ${textOf(document.querySelector('title') ?? document.createElement('title'))}`;
  const own = h1s.filter((h) => !/site|logo|brand/i.test(`${h.getAttribute('class') ?? ''} ${h.getAttribute('id') ?? ''}`));
  const h1 = (h1s.length > 1 ? own.find((h) => textOf(h).length > 0 && said.includes(textOf(h)) && /\s/.test(textOf(h))) ?? own[0] : undefined)
    ?? h1s[0] ?? headlineWithoutH1(document);
  const h1Text = h1 ? textOf(h1) : null;
  const siteName = document.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim() ?? null;
  const title = h1Text || document.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim()
    || withoutSiteName(textOf(document.querySelector('title') ?? document.createElement('title')), siteName) || null;

  transposeStateColumns(document);
  // Photo captions are read apart (they may name who took part) and are no part of the item's text.
  const captionElements = [...document.querySelectorAll('figcaption, .wp-caption-text, .photo-caption')].slice(0, 20);
  const captions = captionElements.map(textOf).filter((t) => t.length > 0 && t.length < 1000);
  for (const el of captionElements) el.remove();
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
      // «<div class="news-header"><span>28 ноября 2019, 14:56</span> <span>Пленарное заседание</span></div>»: a box
      // marked as a header that holds only a date line (and a rubric) is the item's own, not the site's.
      if (hint === 'menu' && child.textContent !== null && child.textContent.length < 160) {
        const t = textOf(child);
        if (t.length < 100 && (standaloneDate(t) !== null || datedLabelLine(t) !== null)) continue;
      }
      if (hint) {
        marked.push(child);
        const t = textOf(child);
        // Other items' headlines with their lead text are teasers; a list of their headlines (dated or not, however
        // the box is named) is related.
        const kind: DroppedKind = (hint === 'related' || hint === 'teaser') ? (isTeaserList(child) ? 'teaser' : 'related')
          : hint === 'menu' && isDatedListOfOthers(child) ? (isTeaserList(child) ? 'teaser' : 'related') : hint;
        if (t) asideBlocks.push({ text: t, tag: 'p', hint: kind });
        continue;
      }
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

  // A box headed "Related news" / «Другие новости» whose markup says nothing of it: the heading names it.
  if (body) {
    let boxes = 0;
    for (const hd of [...body.querySelectorAll('h2, h3, h4, h5, h6, p, strong, b, span, div')]) {
      if (boxes >= 10) break;
      if (hd.children.length > 1 || !hd.isConnected) continue;
      const t = textOf(hd);
      if (t.length > 60 || !RELATED_HEADINGS.test(t)) continue;
      let box: Element | null = hd.parentElement;
      if (box && (box === body || h1Ancestors.has(box) || [...box.querySelectorAll('p')].some((p) => textOf(p).length > 200) || textOf(box).length > 2000)) box = null;
      const targets: Element[] = [];
      if (box) targets.push(box);
      else {
        targets.push(hd);
        for (let n = hd.nextElementSibling; n && !/^H[1-6]$/.test(n.tagName) && targets.length < 12; n = n.nextElementSibling) {
          if (textOf(n).length > 600) break;
          targets.push(n);
        }
      }
      const text = targets.map(textOf).filter(Boolean).join(' ');
      const teaser = targets.some((el) => isTeaserList(el))
        || (box === null && findDates(text).length > 0 && targets.some((el) => el.tagName === 'P' && textOf(el).length >= 80));
      if (text) asideBlocks.push({ text, tag: 'p', hint: teaser ? 'teaser' : 'related' });
      for (const el of targets) el.remove();
      boxes++;
    }
  }

  let blocks: Block[] = [];
  const bodyHtml = body?.innerHTML ?? '';
  // Readability often leaves out a press contact set in a box of its own; keep the small elements that give
  // phone numbers, to add back after the article if it lost them.
  const phoneBoxes: string[] = [];
  // Only within the article's own container: the headline's nearest ancestor that holds its paragraphs.
  let scope: Element | null = null;
  for (let a = h1?.parentElement ?? null; a && a !== body; a = a.parentElement) {
    if (a.querySelectorAll('p').length >= 2) { scope = a; break; }
  }
  if (scope && /\d[\d\s()\-]{8,}\d/.test(bodyHtml)) {
    for (const el of [...scope.querySelectorAll('p, address, li, div')]) {
      if (phoneBoxes.length >= 20) break;
      if (el.querySelector('p, div, li, address, ul, table')) continue;
      const t = textOf(el);
      if (t.length < 400 && /(?:^|[\s:(])\+?\d[\d\s()\-]{8,}\d/.test(t)) phoneBoxes.push(el.outerHTML);
    }
  }
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
  else {
    const seen = new Set(blocks.map((b) => b.text));
    for (const box of phoneBoxes) {
      const extra = fragmentBlocks(box, null);
      if (extra.some((b) => !seen.has(b.text))) for (const b of extra) if (!seen.has(b.text)) { blocks.push(b); seen.add(b.text); }
    }
    const leftOut = leftOutBlocks(bodyHtml, blocks, h1Text, title);
    asideBlocks.push(...leftOut.aside);
    blocks.unshift(...leftOut.dateLines);
  }
  if (h1Text && !blocks.some((b) => b.tag === 'h1')) {
    // Readability keeps the title apart; put it back where it stood: before the first line of the article that
    // follows it on the page (a rubric above the headline, "News and feature story", stays above it).
    // A date line above the headline is still the item's: it goes after the headline, as before.
    const all = blocks.length > 0 && blocks[0]!.text.length < 80 ? fragmentBlocks(bodyHtml, h1Text) : [];
    const headAt = all.findIndex((b) => b.text === h1Text);
    const above = new Set(all.slice(0, Math.max(0, headAt)).map((b) => b.text));
    const below = new Set(all.slice(headAt + 1).map((b) => b.text));
    const isAbove = (b: Block) => above.has(b.text) && !below.has(b.text) && standaloneDate(b.text) === null && datedLabelLine(b.text) === null;
    blocks = [...blocks.filter(isAbove), { text: h1Text, tag: 'h1' }, ...blocks.filter((b) => !isAbove(b))];
  }
  return { blocks, asideBlocks, title, originalUrl, metaDate, lang, captions };
}
