import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

// The labelled corpus under test/fixtures/import, and the held-out sets that later rounds of
// general rules were tuned on, must stay at F1 ≥ 0.95 on every field. Sets tuned on that do not
// reach 0.95 on a field yet (holdout5–12) keep a floor at what was measured, so that a rule that
// breaks them fails here; the newest blind sets (holdout13, holdout14) are the judges of the last rounds:
// measured by bench/import-accuracy.ts, never tuned on, not enforced.
const SETS: [string, number, Record<string, number>?][] = [
  ['test/fixtures/import', 40],
  ['test/fixtures/import-holdout', 10],
  ['test/fixtures/import-holdout2', 24],
  ['test/fixtures/import-holdout3', 24],
  ['test/fixtures/import-holdout4', 20],
  ['test/fixtures/import-holdout5', 20, { 'meeting.body': 0.88 }],
  ['test/fixtures/import-holdout6', 16, { date: 0.93, 'meeting.participants': 0.83, dropped: 0.94 }],
  ['test/fixtures/import-holdout7', 22],
  ['test/fixtures/import-holdout8', 22, { 'meeting.body': 0.92, 'meeting.chair': 0.91, 'meeting.participants': 0.92 }],
  ['test/fixtures/import-holdout9', 22, { date: 0.9, kind: 0.9, 'meeting.body': 0.92, 'meeting.format': 0.92, 'meeting.chair': 0.83, 'meeting.participants': 0.83, author: 0.85, contacts: 0.85 }],
  ['test/fixtures/import-holdout10', 22, { date: 0.9, 'meeting.body': 0.87, 'meeting.format': 0.87, 'meeting.chair': 0.91, 'meeting.participants': 0.75, author: 0.75, contacts: 0.84 }],
  ['test/fixtures/import-holdout11', 22, { 'meeting.body': 0.92, 'meeting.participants': 0.65, author: 0.85, contacts: 0.87 }],
  ['test/fixtures/import-holdout12', 22, { kind: 0.9, 'meeting.body': 0.78, 'meeting.chair': 0.91, 'meeting.participants': 0.85, author: 0.75, contacts: 0.93, dropped: 0.93 }],
];

for (const [folder, minimum, floors = {}] of SETS) {
  test(`bench/import-accuracy.ts over ${folder}: F1 ≥ 0.95 per field${Object.keys(floors).length > 0 ? ' (floors where not yet reached)' : ''}`, { timeout: 120_000 }, async () => {
    const { stdout } = await promisify(execFile)('node', ['--import', 'tsx', 'bench/import-accuracy.ts', folder, '--json']);
    const result = JSON.parse(stdout) as { sources: number; rejected: number; fields: { field: string; f1: number }[] };
    assert.ok(result.sources >= minimum);
    assert.equal(result.rejected, 0);
    for (const f of result.fields) {
      const floor = floors[f.field] ?? 0.95;
      assert.ok(f.f1 >= floor, `${f.field}: F1 ${f.f1.toFixed(3)} < ${floor}`);
    }
    assert.ok(result.fields.length >= 10);
  });
}
