import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { propertyParams } from '../support/property.ts';
import { extractSource, SourceRejected } from '../../src/importing/extract.ts';

const FIXTURES = join(process.cwd(), 'test/fixtures/import');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : /\.(txt|html?)$/.test(n) ? [join(dir, n)] : []));
}
const corpus = files(FIXTURES).map((f) => ({ name: f, bytes: readFileSync(f) }));

/** Either items with the promised shape, or a rejection with a reason; anything else fails. */
function checkOutcome(bytes: Uint8Array, name: string): void {
  try {
    const r = extractSource(bytes, { name, locale: 'auto' });
    assert.ok(r.items.length >= 1);
    for (const item of r.items) {
      assert.equal(typeof item.title, 'string');
      assert.ok(item.date === null || /^\d{4}-\d{2}-\d{2}$/.test(item.date));
      assert.ok(item.dateCertain === false || item.date !== null);
      assert.ok(['en', 'ru'].includes(item.locale));
      for (const c of item.contacts) for (const p of c.phones) assert.match(p, /^\+\d{6,15}$/);
    }
  } catch (error) {
    if (error instanceof SourceRejected) { assert.ok(error.reason.length > 0); return; }
    throw error;
  }
}

test('random bytes and random text never crash the extractor', { timeout: 300_000 }, () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 4000 }), fc.constantFrom('a.txt', 'a.html'), (bytes, name) => checkOutcome(bytes, name)), propertyParams(300));
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 3000 }), fc.constantFrom('a.txt', 'a.html'), (text, name) => checkOutcome(new TextEncoder().encode(text), name)), propertyParams(300));
});

test('mutated pages (cut, spliced, tags and lines inserted, bytes flipped) never crash or hang', { timeout: 300_000 }, () => {
  const pieces = ['<div class="teaser">', '</div>', '<h1>', '</h1>', '<p>', '<br>', '<script>', '<!--', '-->', '<table><tr><td>', '\n\n', 'Go back\n',
    '24.05.2022\n', 'On May 24, 2022, ', 'under the chairmanship of the ', '(Colonel General ', ')', '+7 495 795-27-10\n', 'September 27, this year', '«', '»',
    'заседание Совета министров обороны ', 'в режиме видеоконференции ', 'participated in the meeting.', '\u0000', '\uFFFD', '&#x', '&amp;', '<meta charset="koi8-r">'];
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece: fc.constantFrom(...pieces), times: fc.integer({ min: 1, max: 200 }) }),
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant('splice' as const), other: fc.nat(), at: fc.nat() }),
  );
  fc.assert(fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 6 }), (which, mutations) => {
    const source = corpus[which % corpus.length]!;
    let bytes = Buffer.from(source.bytes);
    for (const m of mutations) {
      const at = bytes.length === 0 ? 0 : m.at % bytes.length;
      if (m.kind === 'cut') bytes = bytes.subarray(0, at);
      else if (m.kind === 'insert') bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(m.piece.repeat(m.times)), bytes.subarray(at)]);
      else if (m.kind === 'flip' && bytes.length > 0) { bytes = Buffer.from(bytes); bytes[at] = m.value; }
      else if (m.kind === 'splice') { const other = corpus[m.other % corpus.length]!.bytes; bytes = Buffer.concat([bytes.subarray(0, at), other]); }
    }
    checkOutcome(bytes, source.name);
  }), propertyParams(400));
});

test('pathological inputs: very long lines, deep nesting, long digit runs', { timeout: 300_000 }, () => {
  checkOutcome(Buffer.from(`Title here\n\n${'1 2 3 4 5 6 7 8 9 0 '.repeat(20000)}x`), 'digits.txt');
  checkOutcome(Buffer.from(`<html><body>${'<div>'.repeat(5000)}On 1 May 2021, text.${'</div>'.repeat(5000)}</body></html>`), 'deep.html');
  checkOutcome(Buffer.from(`A title of an item\n\n${'under the chairmanship of the Minister '.repeat(3000)}.`), 'long.txt');
  checkOutcome(Buffer.from(`${'Go back\n'.repeat(50000)}`), 'nav.txt');
});

// Found by the mutation property (seed 566365295): a page whose <html> never opens left the
// parser without a document element, and reading its <head> threw.
test('pages whose <html> tag is cut off or commented out do not crash the extractor', () => {
  for (const page of ['<html', 'News of the day <html', '<!-- <html --><p>Text of the item</p>', '<div class="teaser"><html lang=en']) {
    checkOutcome(Buffer.from(page, 'utf8'), 'broken.html');
  }
});

// Found by the mutation property (seed 729853727): a page that opens with an unclosed <script>
// made the script the parser's root element; removing scripts then left no document at all.
test('a page that opens with an unclosed <script> does not crash the extractor', () => {
  for (const page of ['<script><html><body><h1>Title</h1><p>Text of the item</p></body></html>', '<style><p>Text</p>', '<script>', '<template><html><body>x']) {
    checkOutcome(Buffer.from(page, 'utf8'), 'script-first.html');
  }
});
