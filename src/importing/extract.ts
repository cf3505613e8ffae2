/**
 * One legacy source (the bytes of a .txt or .html file) → an extraction, or a reason it cannot be
 * imported. Decodes UTF-8, Windows-1251 and KOI8-R (from a BOM, a <meta charset>, or the bytes).
 * Pure: no storage, no file system.
 */
import iconv from 'iconv-lite';
import type { Locale } from '../platform/i18n/locales.ts';
import type { DirectoryPerson, Extraction } from './domain.ts';
import { htmlToBlocks } from './extract-html.ts';
import { datedLabelLine, extractFromBlocks, textToBlocks, type ExtractOptions } from './extract-text.ts';
import { asDayFirst, slashDayFirst, standaloneDate } from './extract-dates.ts';

export const MAX_SOURCE_BYTES = 10 * 1024 * 1024;

export class SourceRejected extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'SourceRejected';
  }
}

export interface SourceOptions {
  /** File name or address, to tell HTML from text. */
  name: string;
  locale?: Locale | 'auto';
  people?: readonly DirectoryPerson[];
  personName?: ExtractOptions['personName'];
}

const RU_COMMON = /[оеаинтсрвлкмдпу]/g;

function score(text: string): number {
  return (text.match(RU_COMMON) ?? []).length - (text.match(/[\uFFFD]/g) ?? []).length * 5;
}

/** The text of the bytes and the encoding it was read in. */
export function decode(bytes: Uint8Array, html: boolean): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: Buffer.from(bytes.subarray(3)).toString('utf8'), encoding: 'utf-8' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { text: iconv.decode(Buffer.from(bytes), bytes[0] === 0xff ? 'utf-16le' : 'utf-16be'), encoding: 'utf-16' };
  }
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  if (html) {
    const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head);
    const declared = m?.[1]?.toLowerCase();
    if (declared && declared !== 'utf-8' && declared !== 'utf8' && iconv.encodingExists(declared)) {
      return { text: iconv.decode(Buffer.from(bytes), declared), encoding: declared };
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const sample = Buffer.from(bytes.subarray(0, 65536));
    const cp = iconv.decode(sample, 'win1251');
    const koi = iconv.decode(sample, 'koi8-r');
    const encoding = score(koi) > score(cp) ? 'koi8-r' : 'windows-1251';
    return { text: iconv.decode(Buffer.from(bytes), encoding), encoding };
  }
}

function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.02;
}

export function isHtmlName(name: string): boolean {
  return /\.x?html?$/i.test(name);
}

/** Extracts the items of one source, or throws SourceRejected with the reason it cannot be imported. */
export function extractSource(bytes: Uint8Array, options: SourceOptions): Extraction {
  if (bytes.length === 0) throw new SourceRejected('the file is empty');
  if (bytes.length > MAX_SOURCE_BYTES) throw new SourceRejected(`the file is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${MAX_SOURCE_BYTES / 1048576} MB limit for one page`);
  if (isBinary(bytes)) throw new SourceRejected('the file is binary, not text or HTML');
  const sniffHtml = /^\s*(<!doctype html|<html|<head|<body|<meta|<div|<p[\s>])/i.test(Buffer.from(bytes.subarray(0, 512)).toString('latin1'));
  const html = isHtmlName(options.name) || sniffHtml;
  const { text, encoding } = decode(bytes, html);
  if (text.trim() === '') throw new SourceRejected('the file holds only white space');
  const replacement = (text.match(/\uFFFD/g) ?? []).length;
  if (replacement > 20 && replacement / text.length > 0.01) throw new SourceRejected(`the text cannot be read in ${encoding} (${replacement} undecodable characters)`);
  let blocks;
  let originalUrl: string | null = null;
  let metaDate: string | null = null;
  let metaTitle: string | null = null;
  let locale = options.locale;
  let footer: string[] = [];
  let captions: string[] = [];
  const dropped: { kind: import('./domain.ts').DroppedKind; text: string }[] = [];
  if (html) {
    if (/<html[\s>]/i.test(text) && !/<\/html\s*>/i.test(text) && (!/<\/body\s*>/i.test(text) || /<[^>]*$/.test(text.trimEnd()))) {
      throw new SourceRejected('the HTML is truncated (it ends before </body> and </html>)');
    }
    const page = htmlToBlocks(text);
    blocks = page.blocks;
    originalUrl = page.originalUrl;
    metaDate = page.metaDate;
    metaTitle = page.title;
    captions = page.captions;
    for (const b of page.asideBlocks) dropped.push({ kind: b.hint ?? 'menu', text: b.text });
    footer = page.asideBlocks.filter((b) => b.hint === 'footer' || b.hint === 'menu').map((b) => b.text);
    if ((!locale || locale === 'auto') && page.lang && /^(en|ru)\b/i.test(page.lang)) locale = page.lang.slice(0, 2).toLowerCase() as Locale;
  } else {
    const page = textToBlocks(text);
    blocks = page.blocks;
    originalUrl = page.firstUrl;
  }
  // A page that writes its slash dates day first: its date lines (not its text) are read so.
  if (slashDayFirst(text)) {
    blocks = blocks.map((b) => (b.text.length <= 100 && b.text.includes('/') && (standaloneDate(b.text) !== null || datedLabelLine(b.text) !== null) ? { ...b, text: asDayFirst(b.text) } : b));
  }
  const items = extractFromBlocks(blocks, { locale, people: options.people, personName: options.personName, metaDate, metaTitle, footer, captions });
  if (items.length === 0) throw new SourceRejected('no text of an item was found in the page');
  for (const item of items) item.dropped.unshift(...dropped.filter((d) => d.text.length > 0));
  return { items, originalUrl, encoding };
}
