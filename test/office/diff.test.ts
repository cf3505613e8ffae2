import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffWords } from '../../src/office/diff.ts';

test('word diff marks removed and added words and keeps the rest', () => {
  const parts = diffWords('Five ministers met.', 'Six ministers met today.');
  assert.equal(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join(''), 'Five ministers met.');
  assert.equal(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join(''), 'Six ministers met today.');
  assert.deepEqual(parts.slice(0, 3), [{ kind: 'removed', text: 'Five' }, { kind: 'added', text: 'Six' }, { kind: 'same', text: ' ministers ' }]);
  assert.deepEqual(diffWords('same', 'same'), [{ kind: 'same', text: 'same' }]);
  assert.deepEqual(diffWords('', 'new'), [{ kind: 'added', text: 'new' }]);
  assert.deepEqual(diffWords('Совет провёл заседание', 'Совет провёл внеочередное заседание').filter((p) => p.kind === 'added'), [{ kind: 'added', text: 'внеочередное ' }]);
});
