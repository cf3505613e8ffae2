/** The type-ahead's matching across scripts and spellings, and the hand-over rule: pure functions. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { propertyParams } from '../support/property.ts';
import { nameMatches, normalizeName, termsToEnd } from '../../src/directory/domain.ts';

const papikyan = ['Suren', 'Papikyan', 'Suren Papikyan', 'Сурен', 'Грачевич', 'Папикян', 'Сурен Папикян', 'Suren Papikian'];
const zas = ['Stanislav', 'Zas', 'Станислав', 'Васильевич', 'Зась', 'Stanislau Zas'];

test('a person is found by any name form: Latin, Cyrillic, aliases, prefixes, any case', () => {
  for (const q of ['Papikian', 'Папикян', 'papik', 'PAPIKYAN', 'папик', 'Сурен Папикян', 'suren papik', 'Грачевич', 'ikya']) {
    assert.ok(nameMatches(q, papikyan), q);
  }
  for (const q of ['Зась', 'зас', 'Stanislau', 'Станислав Зась']) assert.ok(nameMatches(q, zas), q);
});

test('other people, empty queries and short inner fragments do not match', () => {
  for (const q of ['Zas', 'Хренин', '', '   ', 'ik', 'Papikyan Zas']) assert.ok(!nameMatches(q, papikyan), JSON.stringify(q));
});

test('names compare without case, «ё» or Latin diacritics', () => {
  assert.equal(normalizeName('Фёдор  ПЕТРОВ-Водкин'), 'федор петров водкин');
  assert.equal(normalizeName('Tokáyev'), 'tokayev');
  assert.ok(nameMatches('Федор', ['Фёдор']));
  assert.ok(nameMatches('Fëdor', ['Fedor']));
});

test('every form matches its own prefix, whatever it is (property)', () => {
  fc.assert(fc.property(fc.array(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 4 }), fc.nat(), (forms, pick) => {
    const form = forms[pick % forms.length]!;
    const word = normalizeName(form).split(' ')[0] ?? '';
    fc.pre(word.length > 0);
    return nameMatches(word.slice(0, Math.max(1, Math.ceil(word.length / 2))), forms);
  }), propertyParams(100));
});

test('the previous holder can be ended on the new start date only when their term began before it', () => {
  const current = { startedOn: '2020-11-20', endedOn: null };
  assert.deepEqual(termsToEnd([current], { startedOn: '2024-01-01', endedOn: null }), [current]);
  assert.deepEqual(termsToEnd([current], { startedOn: '2019-01-01', endedOn: '2020-11-20' }), [], 'no clash: hand-over day');
  assert.equal(termsToEnd([current], { startedOn: '2019-01-01', endedOn: null }), null, 'a later term cannot be ended by an earlier start');
  assert.equal(termsToEnd([current], { startedOn: '2020-11-20', endedOn: null }), null, 'the same start date');
  assert.equal(termsToEnd([current], { startedOn: null, endedOn: null }), null, 'an unrecorded start');
});
