import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

// The labelled corpus under test/fixtures/import must stay at F1 ≥ 0.95 on every field.
test('bench/import-accuracy.ts over the labelled corpus: F1 ≥ 0.95 per field', { timeout: 120_000 }, async () => {
  const { stdout } = await promisify(execFile)('node', ['--import', 'tsx', 'bench/import-accuracy.ts', '--json']);
  const result = JSON.parse(stdout) as { sources: number; rejected: number; fields: { field: string; f1: number }[] };
  assert.ok(result.sources >= 40);
  assert.equal(result.rejected, 0);
  for (const f of result.fields) assert.ok(f.f1 >= 0.95, `${f.field}: F1 ${f.f1.toFixed(3)}`);
  assert.ok(result.fields.length >= 10);
});
