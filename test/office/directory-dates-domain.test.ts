/**
 * Dates known to the year, the month or the day, and the sentences of a refused deletion: pure
 * rules of src/directory/domain.ts (no database). The rule: a start counts from the first day of
 * its period, an end lasts until its last day; a field left as shown keeps what is stored.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  boundFromText, inUseSentence, namesPage, parsePartialDate, partialDateText, termBound, termCovers, termsOverlap, termsToEnd, type Term,
} from '../../src/directory/domain.ts';
import { directoryMessages } from '../../src/office/directory-messages.ts';

describe('parsing a date known to the year, the month or the day', () => {
  test('a year, a month and a day are read with their precision and their first and last days', () => {
    assert.deepEqual(parsePartialDate('2020'), { precision: 'year', first: '2020-01-01', last: '2020-12-31' });
    assert.deepEqual(parsePartialDate('2020-11'), { precision: 'month', first: '2020-11-01', last: '2020-11-30' });
    assert.deepEqual(parsePartialDate('2020-11-20'), { precision: 'day', first: '2020-11-20', last: '2020-11-20' });
    assert.deepEqual(parsePartialDate(' 2021-03 '), { precision: 'month', first: '2021-03-01', last: '2021-03-31' }, 'spaces around are ignored');
  });

  test('the last day of February follows leap years', () => {
    assert.equal(parsePartialDate('2024-02')!.last, '2024-02-29');
    assert.equal(parsePartialDate('2023-02')!.last, '2023-02-28');
    assert.equal(parsePartialDate('1900-02')!.last, '1900-02-28');
    assert.equal(parsePartialDate('2000-02')!.last, '2000-02-29');
    assert.ok(parsePartialDate('2024-02-29'));
    assert.equal(parsePartialDate('2023-02-29'), null);
  });

  test('anything else is refused', () => {
    for (const text of ['', '20', '202', '20201', '2020-1', '2020-13', '2020-00', '2020-11-31', '2020-11-00', '2020-11-2', '2020/11', '11.2020', '2020-11-20T00:00',
      'November 2020', '0000', '2020-', '2020-11-', '−2020', '２０２０']) {
      assert.equal(parsePartialDate(text), null, JSON.stringify(text));
    }
  });

  test('a stored date is written back with no more precision than recorded', () => {
    assert.equal(partialDateText('2020-01-01', 'year'), '2020');
    assert.equal(partialDateText('2020-12-31', 'year'), '2020');
    assert.equal(partialDateText('2020-11-01', 'month'), '2020-11');
    assert.equal(partialDateText('2021-03-31', 'month'), '2021-03');
    assert.equal(partialDateText('2020-11-20', 'day'), '2020-11-20');
    for (const text of ['2020', '2020-11', '2020-11-20', '2024-02']) {
      const p = parsePartialDate(text)!;
      assert.equal(partialDateText(termBound(p, 'start'), p.precision), text, `${text} as a start`);
      assert.equal(partialDateText(termBound(p, 'end'), p.precision), text, `${text} as an end`);
    }
  });
});

describe('the bound stored for what was typed', () => {
  test('a start counts from the first day of its period, an end lasts until its last day', () => {
    assert.deepEqual(boundFromText('2020-11', 'start'), { on: '2020-11-01', precision: 'month' });
    assert.deepEqual(boundFromText('2021-03', 'end'), { on: '2021-03-31', precision: 'month' });
    assert.deepEqual(boundFromText('2022', 'start'), { on: '2022-01-01', precision: 'year' });
    assert.deepEqual(boundFromText('2022', 'end'), { on: '2022-12-31', precision: 'year' });
    assert.deepEqual(boundFromText('2020-11-20', 'end'), { on: '2020-11-20', precision: 'day' });
    assert.equal(boundFromText('2020-13', 'end'), null);
  });

  test('a field left as shown keeps the stored bound (a hand-over end on the first day of its month stays there)', () => {
    const handOver = { on: '2021-08-01', precision: 'month' as const };
    assert.deepEqual(boundFromText('2021-08', 'end', handOver), handOver);
    assert.deepEqual(boundFromText('2021-09', 'end', handOver), { on: '2021-09-30', precision: 'month' }, 'a changed month follows the rule');
    assert.deepEqual(boundFromText('2021', 'end', handOver), { on: '2021-12-31', precision: 'year' }, 'a changed precision follows the rule');
    assert.deepEqual(boundFromText('2021-08-01', 'end', handOver), { on: '2021-08-01', precision: 'day' }, 'a day typed is a day');
  });
});

describe('terms with partial dates', () => {
  const typed = (start: string | null, end: string | null): Term => ({
    startedOn: start === null ? null : boundFromText(start, 'start')!.on,
    endedOn: end === null ? null : boundFromText(end, 'end')!.on,
  });

  test('an appointment "2020-11 – 2021-03" is held from the first of November to the last of March', () => {
    const term = typed('2020-11', '2021-03');
    assert.ok(termCovers(term, '2020-11-01'));
    assert.ok(termCovers(term, '2020-11-20'), 'a meeting of 2020-11-20');
    assert.ok(termCovers(term, '2021-03-31'));
    assert.ok(!termCovers(term, '2020-10-31'));
    assert.ok(!termCovers(term, '2021-04-01'));
    const year = typed('2022', '2022');
    assert.ok(termCovers(year, '2022-01-01') && termCovers(year, '2022-12-31') && !termCovers(year, '2023-01-01'));
  });

  test('two holders known only to the same month overlap; a day on either side resolves it', () => {
    assert.ok(termsOverlap(typed(null, '2021-08'), typed('2021-08', null)), 'both "in August 2021": who held it on the 15th is unknown');
    assert.ok(!termsOverlap(typed(null, '2021-07'), typed('2021-08', null)), 'July then August');
    assert.ok(!termsOverlap(typed(null, '2021-08-01'), typed('2021-08', null)), 'hand-over on the first of the month');
    assert.ok(termsOverlap(typed(null, '2021-08-02'), typed('2021-08', null)));
  });

  test('the previous holder can be ended on a partial start only when their term began before its first day', () => {
    const earlier = { id: 1, ...typed('2018-05-11', null) };
    assert.deepEqual(termsToEnd([earlier], typed('2021-08', null)), [earlier]);
    const sameMonth = { id: 2, ...typed('2021-08-05', null) };
    assert.equal(termsToEnd([sameMonth], typed('2021-08', null)), null, 'a term begun on 2021-08-05 does not start before "2021-08"');
    const sameYear = { id: 3, ...typed('2021', null) };
    assert.equal(termsToEnd([sameYear], typed('2021', null)), null);
    assert.deepEqual(termsToEnd([sameYear], typed('2021-08', null)), [sameYear], '"2021" began on 2021-01-01, before August');
  });
});

describe('the sentence of a refused deletion', () => {
  test('names the record and what refers to it, in English', () => {
    assert.equal(inUseSentence({ entity: 'person', label: '12' }, [{ relation: 'holds_appointment', ids: ['31'], total: 1 }]),
      'person 12 holds appointment 31; delete or change it first');
    assert.equal(inUseSentence({ entity: 'section', label: 'statements' }, [{ relation: 'section_item', ids: ['1', '2', '3', '4', '5'], total: 14 }]),
      'section statements holds 14 items (1, 2, 3, 4, 5 and 9 more); delete or change them first');
    assert.equal(inUseSentence({ entity: 'member_state', label: 'AM' }, [
      { relation: 'role', ids: ['3', '4'], total: 2 }, { relation: 'meeting_participant', ids: ['5'], total: 1 },
    ]), 'member state AM is named in roles 3 and 4 and is named among the participants of meeting 5; delete or change them first');
    assert.equal(inUseSentence({ entity: 'rank', label: '3' }, [{ relation: 'rank_holder', ids: ['9'], total: 1 }]), 'rank 3 is held by person 9; delete or change it first');
    assert.equal(inUseSentence({ entity: 'appointment', label: '31' }, [{ relation: 'meeting_chair', ids: ['5'], total: 1 }]),
      'appointment 31 is the chair of meeting 5; end its term instead of deleting it');
  });

  test('and in Russian, with the number agreeing', () => {
    const ru = directoryMessages('ru');
    assert.equal(ru.inUse({ entity: 'person', label: '12' }, [{ relation: 'holds_appointment', ids: ['31'], total: 1 }]),
      'персона 12 занимает должность по назначению 31; сначала удалите или измените эту запись.');
    assert.equal(ru.inUse({ entity: 'section', label: 'statements' }, [{ relation: 'section_item', ids: ['1', '2', '3', '4', '5'], total: 14 }]),
      'раздел statements содержит 14 материалов (1, 2, 3, 4, 5 и ещё 9); сначала удалите или измените эти записи.');
    assert.match(ru.inUse({ entity: 'section', label: 's' }, [{ relation: 'section_item', ids: ['1', '2'], total: 2 }]), /содержит 2 материала \(1 и 2\)/);
    assert.match(ru.inUse({ entity: 'section', label: 's' }, [{ relation: 'section_item', ids: ['1'], total: 1 }]), /содержит 1 материал \(1\)/);
    assert.equal(ru.inUse({ entity: 'rank', label: '3' }, [{ relation: 'rank_holder', ids: ['9', '10'], total: 2 }]),
      'звание 3 присвоено персонам 9 и 10; сначала удалите или измените эти записи.');
  });

  test('every kind of reference has a phrase in both languages', () => {
    const relations = ['holds_appointment', 'appointment_to_role', 'meeting_participant', 'meeting_body', 'meeting_chair', 'item_link', 'item_author', 'item_text_link',
      'search_entry', 'redirect', 'child_body', 'role', 'section_body', 'chairmanship', 'section_item', 'contact_item', 'contact_appointment', 'rank_holder'] as const;
    for (const relation of relations) {
      for (const total of [1, 7]) {
        const use = { relation, ids: total === 1 ? ['4'] : ['4', '5', '6', '7', '8'], total };
        const en = directoryMessages('en').inUse({ entity: 'body', label: '1' }, [use]);
        const ru = directoryMessages('ru').inUse({ entity: 'body', label: '1' }, [use]);
        assert.match(en, /^body 1 [a-z].*\b4\b.*; delete or change (it|them) first\.$/, en);
        assert.match(ru, /^орган 1 [а-я].*[ (]4(?=[ ,);]).*; сначала удалите или измените (эту запись|эти записи)\.$/, ru);
        assert.doesNotMatch(ru, /undefined/);
        if (total > 1) assert.match(en + ru, /and 2 more.*и ещё 2/);
      }
    }
  });
});

describe('links to a public page', () => {
  test('a path names the page when the segment ends there, whatever follows', () => {
    for (const text of ['/en/people/ivan/', '/ru/people/ivan', 'https://press.test/en/people/ivan/?x=1', '[Ivan](/en/people/ivan)', '<a href="/en/people/ivan">', 'See /EN/People/Ivan/.', '/en/people/ivan#bio', 'x /en/people/ivan-petrov/ and /en/people/ivan/']) {
      assert.ok(namesPage(text, '/people/ivan'), text);
    }
  });
  test('a longer slug, another kind of page or no path does not', () => {
    for (const text of ['/en/people/ivan-petrov/', '/en/people/ivanov/', '/en/people/ivan_2/', '/en/bodies/ivan/', 'people ivan', '/en/people/ivanа/']) {
      assert.ok(!namesPage(text, '/people/ivan'), text);
    }
  });
});
