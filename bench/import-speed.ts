/**
 * Import speed: HTML pages per second through the whole extractor (decode, linkedom, boilerplate
 * rules, Readability, sanitize-html, items, meetings, names) beside Readability alone (linkedom
 * parse + Readability.parse) on the same pages, in the same run, on one thread (= one core).
 *   node --import tsx bench/import-speed.ts [FOLDER ...] [--seconds N]
 * Default folder: test/fixtures/import. For a pinned core: taskset -c 0 node --import tsx bench/import-speed.ts
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { extractSource } from '../src/importing/extract.ts';
import { demoArchive } from '../src/demo/archive.ts';
import type { DirectoryPerson } from '../src/importing/domain.ts';

const args = process.argv.slice(2);
const secondsArg = args.indexOf('--seconds');
const seconds = secondsArg >= 0 ? Number(args[secondsArg + 1]) : 3;
const folders = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--seconds');
if (folders.length === 0) folders.push(join(process.cwd(), 'test/fixtures/import'));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : /\.html?$/i.test(name) ? [p] : [];
  });
}

/** --heavy: each page padded with the menus and sidebars real press sites carry (~30 KB of boilerplate). */
const heavy = args.includes('--heavy');
const menu = `<div class="site-menu"><ul>${Array.from({ length: 120 }, (_, i) => `<li><a href="/section-${i}/">Section of the site number ${i}</a><ul><li><a href="/section-${i}/a/">Subsection A</a></li><li><a href="/section-${i}/b/">Subsection B</a></li></ul></li>`).join('')}</ul></div>`;
const sidebar = `<div class="sidebar"><h3>Most read</h3><ul>${Array.from({ length: 40 }, (_, i) => `<li><span>0${(i % 9) + 1}.03.2021</span> <a href="/news/${i}/">Another item of the news feed number ${i}, with a long enough title to look real</a></li>`).join('')}</ul></div>`;
const pad = (bytes: Buffer) => (heavy ? Buffer.from(bytes.toString('latin1').replace(/<body([^>]*)>/i, `<body$1>${menu}`).replace(/<\/body>/i, `${sidebar}</body>`), 'latin1') : bytes);
const pages = folders.flatMap(htmlFiles).map((file) => ({ file, bytes: pad(readFileSync(file)) }));
if (pages.length === 0) throw new Error(`no .html pages under ${folders.join(', ')}`);
const people: DirectoryPerson[] = demoArchive.people.map((p, i) => ({
  id: i + 1, names: [`${p.names.en.given} ${p.names.en.family}`, `${p.names.ru.given} ${p.names.ru.family}`, ...(p.aliases ?? []).map((a) => a.name)],
}));

function measure(label: string, fn: (page: (typeof pages)[number]) => void): number {
  for (const p of pages) fn(p); // warm-up
  let n = 0;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() < deadline) {
    for (const p of pages) { fn(p); n++; }
  }
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  const rate = n / elapsed;
  process.stdout.write(`${label.padEnd(34)} ${rate.toFixed(0).padStart(6)} pages/s  (${(1000 / rate).toFixed(2)} ms/page, ${n} pages in ${elapsed.toFixed(1)} s)\n`);
  return rate;
}

const sizeKb = pages.reduce((s, p) => s + p.bytes.length, 0) / pages.length / 1024;
process.stdout.write(`import speed on one thread over ${pages.length} HTML pages (mean ${sizeKb.toFixed(1)} KB), ${seconds} s per measurement\n\n`);
const readability = measure('Readability alone (linkedom+parse)', (p) => {
  const { document } = parseHTML(p.bytes.toString('utf8'));
  new Readability(document as unknown as Document).parse();
});
const full = measure('full extraction (extractSource)', (p) => {
  extractSource(p.bytes, { name: p.file, people });
});
process.stdout.write(`\nfull extraction runs at ${((full / readability) * 100).toFixed(0)} % of Readability alone; target ≥ 100 pages/s: ${full >= 100 ? 'met' : 'NOT met'}\n`);
