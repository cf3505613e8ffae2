/**
 * Import accuracy: runs the extractor over a labelled set of legacy pages and prints precision,
 * recall and F1 per field. Usage:
 *   node --import tsx bench/import-accuracy.ts [FOLDER_WITH_labels.json] [--verbose] [--json]
 * Default folder: test/fixtures/import. labels.json is an array of
 *   { file, title, kind, date, meeting: { body, format, chair, participants: [[name, rank, state]], location } | null,
 *     author, contacts: [[phones…]], dropped: [kinds…] }
 * Names compare across scripts and spellings (Papikian = Papikyan = Папикян) and Russian cases.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractSource, SourceRejected } from '../src/importing/extract.ts';
import { namesMatch, type DirectoryPerson, type ExtractedItem } from '../src/importing/domain.ts';
import { demoArchive } from '../src/demo/archive.ts';

interface Label {
  file: string;
  title: string;
  kind: string;
  date: string | null;
  meeting: { body: string | null; format: string | null; chair: string | null; participants: [string, string | null, string | null][]; location: string | null } | null;
  author: string | null;
  contacts: string[][];
  dropped: string[];
}

const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith('--')) ?? join(process.cwd(), 'test/fixtures/import');
const verbose = args.includes('--verbose');
const labels = JSON.parse(readFileSync(join(folder, 'labels.json'), 'utf8')) as Label[];

const people: DirectoryPerson[] = demoArchive.people.map((p, i) => ({
  id: i + 1,
  names: [`${p.names.en.given} ${p.names.en.family}`, `${p.names.ru.given} ${p.names.ru.family}`, ...(p.aliases ?? []).map((a) => a.name)],
}));

const SCORED_DROPS = ['teaser', 'related', 'navigation', 'footer'];
type Counts = { tp: number; fp: number; fn: number };
const fields = new Map<string, Counts>();
const count = (field: string): Counts => {
  let c = fields.get(field);
  if (!c) { c = { tp: 0, fp: 0, fn: 0 }; fields.set(field, c); }
  return c;
};
const misses: string[] = [];

function scalar<T>(field: string, file: string, expected: T | null | undefined, actual: T | null | undefined, same: (a: T, b: T) => boolean = (a, b) => a === b): void {
  const c = count(field);
  const e = expected ?? null;
  const a = actual ?? null;
  if (e === null && a === null) return;
  if (e !== null && a !== null && same(e, a)) { c.tp++; return; }
  if (a !== null) c.fp++;
  if (e !== null) c.fn++;
  misses.push(`${file}: ${field}: expected ${JSON.stringify(e)}, got ${JSON.stringify(a)}`);
}

function multiset<T>(field: string, file: string, expected: T[], actual: T[], same: (a: T, b: T) => boolean): void {
  const c = count(field);
  const left = [...actual];
  for (const e of expected) {
    const i = left.findIndex((a) => same(e, a));
    if (i >= 0) { c.tp++; left.splice(i, 1); } else { c.fn++; misses.push(`${file}: ${field}: missing ${JSON.stringify(e)}`); }
  }
  for (const a of left) { c.fp++; misses.push(`${file}: ${field}: extra ${JSON.stringify(a)}`); }
}

const norm = (s: string) => s.replace(/\s+/g, ' ').replace(/[«»"“”]/g, '"').trim().toLowerCase();

let rejected = 0;
for (const label of labels) {
  let item: ExtractedItem | undefined;
  try {
    item = extractSource(readFileSync(join(folder, label.file)), { name: label.file, people, locale: 'auto' }).items[0];
  } catch (error) {
    if (!(error instanceof SourceRejected)) throw error;
    rejected++;
    misses.push(`${label.file}: rejected: ${error.reason}`);
  }
  scalar('title', label.file, label.title, item?.title, (a, b) => norm(a) === norm(b));
  scalar('date', label.file, label.date ?? 'none', item ? (item.date ?? 'none') : null);
  scalar('kind', label.file, label.kind, item?.kind);
  const m = item?.meeting ?? null;
  scalar('meeting.body', label.file, label.meeting?.body, m?.body, (a, b) => norm(a) === norm(b));
  scalar('meeting.format', label.file, label.meeting?.format, m?.format);
  scalar('meeting.chair', label.file, label.meeting?.chair, m?.chair?.name, namesMatch);
  multiset('meeting.participants', label.file, label.meeting?.participants ?? [], (m?.participants ?? []).map((p) => [p.name, p.rank, p.state] as [string, string | null, string | null]),
    (e, a) => namesMatch(e[0], a[0]) && (e[1] ?? '').toLowerCase() === (a[1] ?? '').toLowerCase() && e[2] === a[2]);
  scalar('author', label.file, label.author, item?.author?.name, namesMatch);
  multiset('contacts', label.file, label.contacts.flat(), (item?.contacts ?? []).flatMap((c) => c.phones), (a, b) => a === b);
  multiset('dropped', label.file, label.dropped, [...new Set((item?.dropped ?? []).map((d) => d.kind).filter((k) => SCORED_DROPS.includes(k)))], (a, b) => a === b);
}

const rows = [...fields.entries()].map(([field, c]) => {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { field, tp: c.tp, fp: c.fp, fn: c.fn, precision, recall, f1 };
});

if (args.includes('--json')) {
  process.stdout.write(`${JSON.stringify({ sources: labels.length, rejected, fields: rows })}\n`);
} else {
  process.stdout.write(`import accuracy over ${labels.length} labelled sources in ${folder} (${rejected} rejected)\n\n`);
  process.stdout.write(`${'field'.padEnd(22)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}  precision  recall     F1\n`);
  for (const r of rows) {
    process.stdout.write(`${r.field.padEnd(22)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}  ${r.precision.toFixed(3).padStart(9)}  ${r.recall.toFixed(3).padStart(6)}  ${r.f1.toFixed(3).padStart(5)}${r.f1 < 0.95 ? '  < 0.95' : ''}\n`);
  }
  if (verbose && misses.length > 0) process.stdout.write(`\n${misses.join('\n')}\n`);
}
