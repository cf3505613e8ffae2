/**
 * The newsroom's rules (Whitehall's Document/Edition model): pure, no storage.
 * A Document has Editions; at most one is published and at most one draft is ahead of it.
 */
import type { Locale } from '../platform/i18n/locales.ts';

export const DOCUMENT_TYPES = ['news', 'statement', 'meeting_report', 'press_release', 'interview', 'announcement'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const EDITION_STATES = ['draft', 'submitted', 'scheduled', 'published', 'superseded', 'withdrawn', 'rejected'] as const;
export type EditionState = (typeof EDITION_STATES)[number];

export type EditionAction =
  | 'submit' | 'reject' | 'schedule' | 'unschedule' | 'publish' | 'supersede' | 'withdraw' | 'redraft'
  | 'force_publish' | 'new_draft' | 'edit' | 'unpublish';

/**
 * The transition table: action → states it may start from → state it leads to.
 * `new_draft` starts a new edition (a draft) from the published one, which stays published;
 * `edit` changes the text of an edition without changing its state.
 */
export const TRANSITIONS: Readonly<Record<EditionAction, { from: readonly EditionState[]; to: EditionState }>> = {
  submit: { from: ['draft', 'rejected'], to: 'submitted' },
  reject: { from: ['submitted', 'scheduled'], to: 'rejected' },
  schedule: { from: ['submitted'], to: 'scheduled' },
  unschedule: { from: ['scheduled'], to: 'submitted' },
  publish: { from: ['submitted', 'scheduled'], to: 'published' },
  supersede: { from: ['published'], to: 'superseded' },
  withdraw: { from: ['published'], to: 'withdrawn' },
  redraft: { from: ['rejected'], to: 'draft' },
  force_publish: { from: ['draft', 'submitted', 'rejected'], to: 'published' },
  new_draft: { from: ['published', 'withdrawn'], to: 'draft' },
  edit: { from: ['draft', 'rejected'], to: 'draft' },
  // Taken off the site entirely: the edition stays withdrawn (not public) and the document is
  // marked gone (410) or replaced (301 to the replacement); a new draft can bring it back.
  unpublish: { from: ['published', 'withdrawn'], to: 'withdrawn' },
};

/** How an item leaves the site: gone (the address answers 410) or replaced by another published item (301). */
export const UNPUBLISH_KINDS = ['gone', 'replaced'] as const;
export type UnpublishKind = (typeof UNPUBLISH_KINDS)[number];

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
  /** The account that submitted this edition for review, when known. */
  submittedBy?: number | null;
  /** The account that wrote this edition, when known. */
  createdBy?: number | null;
  /** Whether the document already has a newer edition in progress (draft, submitted, scheduled, rejected). */
  hasEditionInProgress?: boolean;
  /**
   * Locales marked ready, when readiness is tracked (editions written in the office). Then every
   * language version present must be ready before submission and publication, so publishing
   * releases all of them together; absent = not tracked (imports, the demo archive).
   */
  readyLocales?: readonly Locale[];
  /** Locales that have any text in this edition (for readiness). */
  presentLocales?: readonly Locale[];
}

/** Who acts and with what: the details some actions need. */
export interface ActionContext {
  /** The account taking the action; null/absent = the system (scheduler, importer, seed). */
  actorId?: number | null;
  /** Written reason for a forced publication. */
  reason?: string | null;
  /** Public explanation for a withdrawal (per locale, at least one). */
  explanation?: Partial<Record<Locale, string | null>>;
  /** The publication time asked for when scheduling, and the time now (ISO). */
  publishAt?: string | null;
  now?: string;
  /** For unpublishing: how, and what is known of the replacement. */
  unpublish?: { kind: string; replacement?: { exists: boolean; published: boolean; same: boolean } | null };
}

type ReasonLocale = 'en' | 'ru';

const STATE_WORDS: Record<ReasonLocale, Record<EditionState, string>> = {
  en: {
    draft: 'a draft', submitted: 'submitted for review', scheduled: 'scheduled', published: 'published',
    superseded: 'superseded by a newer edition', withdrawn: 'withdrawn', rejected: 'sent back to its author',
  },
  ru: {
    draft: 'черновик', submitted: 'на проверке', scheduled: 'запланирована', published: 'опубликована',
    superseded: 'заменена более новой редакцией', withdrawn: 'отозвана', rejected: 'возвращена автору',
  },
};

const ACTION_WORDS: Record<ReasonLocale, Record<EditionAction, string>> = {
  en: {
    submit: 'submitted', reject: 'rejected', schedule: 'scheduled', unschedule: 'unscheduled', publish: 'published',
    supersede: 'superseded', withdraw: 'withdrawn', redraft: 'redrafted', force_publish: 'published without review',
    new_draft: 'the basis of a new draft', edit: 'edited', unpublish: 'unpublished',
  },
  ru: {
    submit: 'отправить на проверку', reject: 'вернуть автору', schedule: 'запланировать', unschedule: 'снять с планирования', publish: 'опубликовать',
    supersede: 'заменить', withdraw: 'отозвать', redraft: 'вернуть в черновики', force_publish: 'опубликовать без проверки',
    new_draft: 'начать с неё новую редакцию', edit: 'редактировать', unpublish: 'снять с сайта',
  },
};

const REASONS = {
  en: {
    state: (state: string, action: string) => `This edition is ${state}, so it cannot be ${action}.`,
    noLocale: 'This edition has no language version with both a title and a body.',
    changeNote: (missing: string) => `A major change needs a public change note; it is missing in: ${missing}.`,
    ownSubmission: 'You submitted this edition yourself, so another publisher has to approve it (or use "force publish" with a written reason).',
    forceReason: 'Publishing without review needs a written reason.',
    noTime: 'Scheduling needs a publication date and time.',
    badTime: 'The publication time is not a valid date and time.',
    pastTime: 'The publication time must be in the future.',
    explanation: 'Withdrawing an item needs a public explanation for its readers.',
    inProgress: 'This item already has a newer edition in progress; continue with that one.',
    notReady: (l: string) => `Language versions not marked ready: ${l}. Mark them ready (or empty them) first.`,
    unpublishKind: 'Say whether the item is gone for good or replaced by another item.',
    noReplacement: 'Name the published item that replaces this one.',
    replacementMissing: 'The replacement item does not exist.',
    replacementUnpublished: 'The replacement item is not published, so readers cannot be sent to it.',
    replacementSame: 'An item cannot be replaced by itself.',
  },
  ru: {
    state: (state: string, action: string) => `Эта редакция — ${state}, поэтому её нельзя ${action}.`,
    noLocale: 'В этой редакции нет языковой версии с заголовком и текстом.',
    changeNote: (missing: string) => `Существенное изменение требует публичного примечания; его нет для: ${missing}.`,
    ownSubmission: 'Вы сами отправили эту редакцию на проверку, поэтому одобрить её должен другой выпускающий (или опубликуйте без проверки с письменным обоснованием).',
    forceReason: 'Публикация без проверки требует письменного обоснования.',
    noTime: 'Для планирования нужны дата и время публикации.',
    badTime: 'Время публикации указано неверно.',
    pastTime: 'Время публикации должно быть в будущем.',
    explanation: 'Отзыв материала требует публичного пояснения для читателей.',
    inProgress: 'У этого материала уже есть новая редакция в работе; продолжайте её.',
    notReady: (l: string) => `Языковые версии не отмечены как готовые: ${l}. Сначала отметьте их (или очистите).`,
    unpublishKind: 'Укажите, удалён ли материал насовсем или заменён другим.',
    noReplacement: 'Укажите опубликованный материал, который заменяет этот.',
    replacementMissing: 'Материала-замены не существует.',
    replacementUnpublished: 'Материал-замена не опубликован, поэтому направить на него читателей нельзя.',
    replacementSame: 'Материал не может заменять сам себя.',
  },
} satisfies Record<ReasonLocale, unknown>;

/**
 * Why `action` cannot be taken on this edition, as sentences an editor understands (in English,
 * or in Russian for the office's Russian interface); empty = allowed.
 */
export function failureReasons(edition: EditionFacts, action: EditionAction, context: ActionContext = {}, locale: ReasonLocale = 'en'): string[] {
  const r = REASONS[locale];
  const reasons: string[] = [];
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(edition.state)) {
    reasons.push(r.state(STATE_WORDS[locale][edition.state], ACTION_WORDS[locale][action]));
  }
  if (action === 'publish' || action === 'schedule' || action === 'submit' || action === 'force_publish') {
    if (edition.completeLocales.length === 0) reasons.push(r.noLocale);
    if (edition.readyLocales) {
      const notReady = (edition.presentLocales ?? edition.completeLocales).filter((l) => !edition.readyLocales!.includes(l));
      if (notReady.length > 0) reasons.push(r.notReady(notReady.join(', ')));
    }
    if (edition.previouslyPublished && edition.majorChange) {
      const missing = edition.completeLocales.filter((l) => !edition.changeNotes[l]?.trim());
      if (missing.length > 0) reasons.push(r.changeNote(missing.join(', ')));
    }
  }
  const actor = context.actorId ?? null;
  if ((action === 'publish' || action === 'schedule') && actor !== null && edition.state === 'submitted'
    && edition.submittedBy !== undefined && edition.submittedBy !== null && edition.submittedBy === actor) {
    reasons.push(r.ownSubmission);
  }
  if (action === 'force_publish' && !context.reason?.trim()) reasons.push(r.forceReason);
  if (action === 'schedule') {
    if (!context.publishAt) reasons.push(r.noTime);
    else if (Number.isNaN(Date.parse(context.publishAt))) reasons.push(r.badTime);
    else if (context.now && Date.parse(context.publishAt) <= Date.parse(context.now)) reasons.push(r.pastTime);
  }
  if (action === 'withdraw') {
    const texts = Object.values(context.explanation ?? {}).filter((t) => t?.trim());
    if (texts.length === 0) reasons.push(r.explanation);
  }
  if (action === 'new_draft' && edition.hasEditionInProgress) reasons.push(r.inProgress);
  if (action === 'unpublish') reasons.push(...unpublishProblems(context.unpublish, locale).map((p) => p.reason));
  return reasons;
}

/** What is wrong with how an item is to be unpublished, and in which field of the form. */
export function unpublishProblems(u: ActionContext['unpublish'], locale: ReasonLocale = 'en'): { where: 'unpublish_kind' | 'replacement'; reason: string }[] {
  const r = REASONS[locale];
  if (!u || !(UNPUBLISH_KINDS as readonly string[]).includes(u.kind)) return [{ where: 'unpublish_kind', reason: r.unpublishKind }];
  if (u.kind !== 'replaced') return [];
  const reason = !u.replacement ? r.noReplacement : !u.replacement.exists ? r.replacementMissing
    : u.replacement.same ? r.replacementSame : !u.replacement.published ? r.replacementUnpublished : null;
  return reason ? [{ where: 'replacement', reason }] : [];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export function isSlug(value: string): boolean {
  return SLUG.test(value) && value.length <= 120;
}
