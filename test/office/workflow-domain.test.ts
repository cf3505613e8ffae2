/** The edition transition table and its failure reasons (pure domain, no storage). */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { EDITION_STATES, TRANSITIONS, failureReasons, type EditionAction, type EditionFacts, type EditionState, type ActionContext } from '../../src/newsroom/domain.ts';

const ACTIONS = Object.keys(TRANSITIONS) as EditionAction[];

function facts(state: EditionState, extra: Partial<EditionFacts> = {}): EditionFacts {
  return { state, completeLocales: ['en', 'ru'], majorChange: false, changeNotes: {}, previouslyPublished: false, ...extra };
}

/** A context that satisfies every action's own requirements, so only the state decides. */
const FULL: ActionContext = { actorId: 7, reason: 'urgent statement', explanation: { en: 'Published in error.' }, publishAt: '2099-01-01T10:00:00Z', now: '2026-01-01T00:00:00Z', unpublish: { kind: 'gone' } };

const EXPECTED: Record<EditionAction, EditionState[]> = {
  submit: ['draft', 'rejected'],
  reject: ['submitted', 'scheduled'],
  schedule: ['submitted'],
  unschedule: ['scheduled'],
  publish: ['submitted', 'scheduled'],
  supersede: ['published'],
  withdraw: ['published'],
  redraft: ['rejected'],
  force_publish: ['draft', 'submitted', 'rejected'],
  new_draft: ['published', 'withdrawn'],
  edit: ['draft', 'rejected'],
  unpublish: ['published', 'withdrawn'],
};

describe('every transition, allowed and refused', () => {
  for (const action of ACTIONS) {
    for (const state of EDITION_STATES) {
      const allowed = EXPECTED[action].includes(state);
      test(`${action} from ${state} is ${allowed ? 'allowed' : 'refused'}`, () => {
        const reasons = failureReasons(facts(state), action, FULL);
        if (allowed) assert.deepEqual(reasons, []);
        else {
          assert.equal(reasons.length, 1, reasons.join(' | '));
          assert.match(reasons[0]!, /^This edition is .+, so it cannot be .+\.$/);
        }
      });
    }
  }
});

describe('failure reasons beyond the state', () => {
  test('nothing to publish without a complete language version', () => {
    for (const action of ['submit', 'publish', 'schedule', 'force_publish'] as const) {
      const state = action === 'submit' || action === 'force_publish' ? 'draft' : 'submitted';
      assert.deepEqual(failureReasons(facts(state, { completeLocales: [] }), action, FULL), ['This edition has no language version with both a title and a body.']);
    }
  });

  test('a major change after publication needs a change note in every complete locale', () => {
    const f = facts('submitted', { previouslyPublished: true, majorChange: true, changeNotes: { en: 'Corrected the list of participants', ru: '' } });
    assert.deepEqual(failureReasons(f, 'publish'), ['A major change needs a public change note; it is missing in: ru.']);
    assert.deepEqual(failureReasons({ ...f, changeNotes: { en: 'x', ru: 'y' } }, 'publish'), []);
    assert.deepEqual(failureReasons({ ...f, majorChange: false }, 'publish'), [], 'a minor change needs no note');
  });

  test('a publisher may not approve their own submission', () => {
    const f = facts('submitted', { submittedBy: 7 });
    const reasons = failureReasons(f, 'publish', { actorId: 7 });
    assert.equal(reasons.length, 1);
    assert.match(reasons[0]!, /You submitted this edition yourself/);
    assert.deepEqual(failureReasons(f, 'publish', { actorId: 8 }), []);
    assert.match(failureReasons(f, 'schedule', { ...FULL, actorId: 7 })[0]!, /another publisher has to approve/);
    // The scheduler (no actor) publishes a scheduled edition whoever submitted it.
    assert.deepEqual(failureReasons(facts('scheduled', { submittedBy: 7 }), 'publish', {}), []);
  });

  test('force publish needs a written reason', () => {
    assert.deepEqual(failureReasons(facts('draft'), 'force_publish', { actorId: 7 }), ['Publishing without review needs a written reason.']);
    assert.deepEqual(failureReasons(facts('draft'), 'force_publish', { actorId: 7, reason: '   ' }), ['Publishing without review needs a written reason.']);
    assert.deepEqual(failureReasons(facts('submitted', { submittedBy: 7 }), 'force_publish', { actorId: 7, reason: 'Breaking news' }), []);
  });

  test('scheduling needs a future time', () => {
    assert.deepEqual(failureReasons(facts('submitted'), 'schedule', {}), ['Scheduling needs a publication date and time.']);
    assert.deepEqual(failureReasons(facts('submitted'), 'schedule', { publishAt: 'soon' }), ['The publication time is not a valid date and time.']);
    assert.deepEqual(failureReasons(facts('submitted'), 'schedule', { publishAt: '2020-01-01T00:00:00Z', now: '2021-01-01T00:00:00Z' }), ['The publication time must be in the future.']);
  });

  test('withdrawal needs a public explanation', () => {
    assert.deepEqual(failureReasons(facts('published'), 'withdraw', {}), ['Withdrawing an item needs a public explanation for its readers.']);
    assert.deepEqual(failureReasons(facts('published'), 'withdraw', { explanation: { en: ' ', ru: '' } }), ['Withdrawing an item needs a public explanation for its readers.']);
    assert.deepEqual(failureReasons(facts('published'), 'withdraw', { explanation: { ru: 'Опубликовано по ошибке.' } }), []);
  });

  test('only one new edition in progress at a time', () => {
    assert.deepEqual(failureReasons(facts('published', { hasEditionInProgress: true }), 'new_draft'), ['This item already has a newer edition in progress; continue with that one.']);
  });

  test('reasons accumulate', () => {
    const reasons = failureReasons(facts('published', { completeLocales: [] }), 'publish', { actorId: 1 });
    assert.equal(reasons.length, 2);
  });

  test('when readiness is tracked every language version present must be ready', () => {
    const f = facts('draft', { readyLocales: ['en'], presentLocales: ['en', 'ru'] });
    assert.deepEqual(failureReasons(f, 'submit'), ['Language versions not marked ready: ru. Mark them ready (or empty them) first.']);
    assert.deepEqual(failureReasons(f, 'submit', {}, 'ru'), ['Языковые версии не отмечены как готовые: ru. Сначала отметьте их (или очистите).']);
    assert.deepEqual(failureReasons({ ...f, readyLocales: ['en', 'ru'] }, 'submit'), []);
    assert.deepEqual(failureReasons({ ...f, readyLocales: undefined }, 'submit'), [], 'untracked (imported) editions');
  });

  test('unpublishing says how: gone, or replaced by another published item', () => {
    const f = facts('withdrawn');
    assert.deepEqual(failureReasons(f, 'unpublish', {}), ['Say whether the item is gone for good or replaced by another item.']);
    assert.deepEqual(failureReasons(f, 'unpublish', { unpublish: { kind: 'gone' } }), []);
    assert.deepEqual(failureReasons(f, 'unpublish', { unpublish: { kind: 'replaced' } }), ['Name the published item that replaces this one.']);
    assert.deepEqual(failureReasons(f, 'unpublish', { unpublish: { kind: 'replaced', replacement: { exists: false, published: false, same: false } } }), ['The replacement item does not exist.']);
    assert.deepEqual(failureReasons(f, 'unpublish', { unpublish: { kind: 'replaced', replacement: { exists: true, published: true, same: true } } }), ['An item cannot be replaced by itself.']);
    assert.deepEqual(failureReasons(f, 'unpublish', { unpublish: { kind: 'replaced', replacement: { exists: true, published: false, same: false } } }), ['The replacement item is not published, so readers cannot be sent to it.']);
    assert.deepEqual(failureReasons(f, 'unpublish', { unpublish: { kind: 'replaced', replacement: { exists: true, published: true, same: false } } }), []);
    assert.deepEqual(failureReasons(f, 'unpublish', {}, 'ru'), ['Укажите, удалён ли материал насовсем или заменён другим.']);
  });

  test('reasons in Russian for the Russian interface', () => {
    assert.deepEqual(failureReasons(facts('published'), 'submit', {}, 'ru'), ['Эта редакция — опубликована, поэтому её нельзя отправить на проверку.']);
  });
});
