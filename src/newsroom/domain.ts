/**
 * The newsroom's rules (Whitehall's Document/Edition model): pure, no storage.
 * A Document has Editions; at most one is published and at most one draft is ahead of it.
 */
import type { Locale } from '../platform/i18n/locales.ts';

export const DOCUMENT_TYPES = ['news', 'statement', 'meeting_report', 'press_release', 'interview', 'announcement'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const EDITION_STATES = ['draft', 'submitted', 'scheduled', 'published', 'superseded', 'withdrawn', 'rejected'] as const;
export type EditionState = (typeof EDITION_STATES)[number];

export type EditionAction = 'submit' | 'reject' | 'schedule' | 'unschedule' | 'publish' | 'supersede' | 'withdraw' | 'redraft';

/** The transition table: action → states it may start from → state it leads to. */
export const TRANSITIONS: Readonly<Record<EditionAction, { from: readonly EditionState[]; to: EditionState }>> = {
  submit: { from: ['draft', 'rejected'], to: 'submitted' },
  reject: { from: ['submitted'], to: 'rejected' },
  schedule: { from: ['submitted'], to: 'scheduled' },
  unschedule: { from: ['scheduled'], to: 'submitted' },
  publish: { from: ['submitted', 'scheduled'], to: 'published' },
  supersede: { from: ['published'], to: 'superseded' },
  withdraw: { from: ['published'], to: 'withdrawn' },
  redraft: { from: ['rejected'], to: 'draft' },
};

export interface EditionFacts {
  state: EditionState;
  /** Locales that have a title and a body. */
  completeLocales: readonly Locale[];
  /** Whether this edition changes a published one in a way readers must be told about. */
  majorChange: boolean;
  /** The change note per locale, for a major change after first publication. */
  changeNotes: Partial<Record<Locale, string | null>>;
  /** Whether the document has been published before. */
  previouslyPublished: boolean;
}

const STATE_WORDS: Record<EditionState, string> = {
  draft: 'a draft',
  submitted: 'submitted for review',
  scheduled: 'scheduled',
  published: 'published',
  superseded: 'superseded by a newer edition',
  withdrawn: 'withdrawn',
  rejected: 'sent back to its author',
};

/** Why `action` cannot be taken on this edition, as sentences an editor understands; empty = allowed. */
export function failureReasons(edition: EditionFacts, action: EditionAction): string[] {
  const reasons: string[] = [];
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(edition.state)) {
    reasons.push(`This edition is ${STATE_WORDS[edition.state]}, so it cannot be ${actionWord(action)}.`);
  }
  if (action === 'publish' || action === 'schedule' || action === 'submit') {
    if (edition.completeLocales.length === 0) reasons.push('This edition has no language version with both a title and a body.');
    if (edition.previouslyPublished && edition.majorChange) {
      const missing = edition.completeLocales.filter((l) => !edition.changeNotes[l]?.trim());
      if (missing.length > 0) reasons.push(`A major change needs a public change note; it is missing in: ${missing.join(', ')}.`);
    }
  }
  return reasons;
}

function actionWord(action: EditionAction): string {
  return {
    submit: 'submitted', reject: 'rejected', schedule: 'scheduled', unschedule: 'unscheduled', publish: 'published',
    supersede: 'superseded', withdraw: 'withdrawn', redraft: 'redrafted',
  }[action];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export function isSlug(value: string): boolean {
  return SLUG.test(value) && value.length <= 120;
}
