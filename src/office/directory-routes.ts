/**
 * The office's directory editor (/office/directory: people, ranks, roles, appointments, member
 * states, bodies, chairmanships, press contacts, sections) and meeting editor (/office/meetings).
 * A Fastify plugin registered inside the office plugin, so the session and CSRF hooks apply.
 *
 * Who may do what (through `can()`): the directory is read by editors and above (those who may
 * edit any item) and changed by administrators (those who manage accounts); meetings are recorded
 * and changed by editors and above. Every change is written with an audit event holding the record
 * before and after, in the same transaction, and announced after the commit ('directory.changed',
 * 'meeting.changed', 'site.changed' for sections and contacts) so caches and the search index follow.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerHookHandler } from 'fastify';
import type { Kysely } from 'kysely';
import type { Store } from '../platform/db/connect.ts';
import type { DB } from '../platform/db/schema.ts';
import type { Config } from '../platform/config.ts';
import type { EventBus } from '../platform/events.ts';
import { AppError, isAppError } from '../platform/errors.ts';
import { LOCALES, type Locale } from '../platform/i18n/locales.ts';
import type { RuCases } from '../platform/i18n/cases.ts';
import { isIsoDate, isTimeZone } from '../platform/time.ts';
import { projectFile } from '../platform/paths.ts';
import { can, requiresTotp, type Permission } from '../accounts/domain.ts';
import type { SessionAccount } from '../accounts/commands.ts';
import { auditRecorder } from '../audit/commands.ts';
import { boundFromText, nameMatches, partialDateText, type DatePrecision, type StoredDate } from '../directory/domain.ts';
import {
  RecordInUseError, appointmentCreator, appointmentDeleter, appointmentUpdater, bodyCreator, bodyDeleter, bodyUpdater, chairmanshipCreator, chairmanshipDeleter,
  chairmanshipUpdater, contactDeleter, contactUpdater, findHolderClash, memberStateCreator, memberStateDeleter, memberStateUpdater, personCreator, personDeleter,
  personRankAdder, personRankRemover, personUpdater, rankCreator, rankDeleter, rankUpdater, roleCreator, roleDeleter, roleUpdater, sectionDeleter, sectionUpdater,
} from '../directory/commands.ts';
import {
  listAppointmentsOn, listDirectoryChoices, loadAppointmentRecord, loadBodyRecord, loadChairmanshipRecord, loadContactRecord, loadPersonRecord,
  loadRankRecord, loadRoleRecord, loadSectionRecord, loadStateRecord,
} from '../directory/queries.ts';
import { contactCreator, sectionCreator, toE164 } from '../newsroom/commands.ts';
import { isSlug } from '../newsroom/domain.ts';
import { meetingDeleter, meetingDocumentLinker, meetingRecorder, meetingUpdater, type MeetingInput } from '../meetings/commands.ts';
import { findMeeting, listMeetings, loadMeetingEditRecord, type MeetingEditRecord } from '../meetings/queries.ts';
import { generateMeetingReport } from '../meetings/report-text.ts';
import { MEETING_FORMATS, MeetingReportError, isMeetingFormat, type MeetingFormat } from '../meetings/domain.ts';
import { officeMessages } from './messages.ts';
import { directoryMessages, type DirectoryMessages } from './directory-messages.ts';
import type { FieldErrors, OfficeChrome } from './views/pages.tsx';
import { PARTIAL_DATE_FIELD, directoryIndexPage, entityFormPage, meetingEditorPage, meetingsListPage, type FieldGroupVM, type FieldVM } from './views/directory.tsx';

/** Who reads the directory, who changes it, who records meetings. */
export const DIRECTORY_READ: Permission = 'edition.edit_any';
export const DIRECTORY_EDIT: Permission = 'account.manage';
export const MEETING_EDIT: Permission = 'edition.edit_any';

const SCRIPT = readFileSync(projectFile('src/office/assets/meeting-editor.js'));

export interface DirectoryRoutesOptions {
  store: Store;
  config: Config;
  events: EventBus;
  /** The office's page chrome (user, CSRF token, locale). */
  chrome: (request: FastifyRequest, reply: FastifyReply, title: string, current?: string, notice?: string | null) => OfficeChrome;
  /** The office's error page. */
  errorPage: (request: FastifyRequest, reply: FastifyReply, status: number, text: string, detail?: string | null) => FastifyReply;
}

type Values = Record<string, string>;
type Db = Kysely<DB>;

/** A form refused with a message per field. */
class FormErrors extends Error {
  constructor(readonly errors: FieldErrors, readonly status = 400) {
    super('form errors');
  }
}

function formValues(body: unknown): { values: Values; lists: Record<string, string[]> } {
  const values: Values = {};
  const lists: Record<string, string[]> = {};
  for (const [k, v] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (k === '_csrf') continue;
    const all = Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : [];
    lists[k] = all;
    values[k] = all[0] ?? '';
  }
  return { values, lists };
}

/** Reads typed form values, collecting a message for each wrong field. */
class Reader {
  readonly errors: FieldErrors = {};
  constructor(readonly values: Values, readonly m: DirectoryMessages) {}
  text(name: string, required = true): string {
    const v = (this.values[name] ?? '').trim();
    if (required && !v) this.errors[name] = this.m.required;
    return v;
  }
  optional(name: string): string | undefined {
    return (this.values[name] ?? '').trim() || undefined;
  }
  slug(name = 'slug'): string {
    const v = this.text(name);
    if (v && !isSlug(v)) this.errors[name] = this.m.notSlug;
    return v;
  }
  date(name: string, required: boolean): string | null {
    const v = (this.values[name] ?? '').trim();
    if (!v) {
      if (required) this.errors[name] = this.m.required;
      return null;
    }
    if (!isIsoDate(v)) this.errors[name] = this.m.notDate;
    return v;
  }
  /**
   * A date known to the year, the month or the day ("2020", "2020-11", "2020-11-20"), as the bound
   * to store (see the rule in directory/domain.ts); `stored` is kept when the field was left as shown.
   */
  partialDate(name: string, label: string, side: 'start' | 'end', required: boolean, stored?: StoredDate | null): StoredDate | null {
    const v = (this.values[name] ?? '').trim();
    if (!v) {
      if (required) this.errors[name] = this.m.required;
      return null;
    }
    const bound = boundFromText(v, side, stored);
    if (!bound) this.errors[name] = this.m.notPartialDate(label);
    return bound;
  }
  int(name: string, fallback = 0): number {
    const v = (this.values[name] ?? '').trim();
    if (!v) return fallback;
    if (!/^-?\d{1,9}$/.test(v)) {
      this.errors[name] = this.m.notNumber;
      return fallback;
    }
    return Number(v);
  }
  choice(name: string, options: readonly { value: string }[], required: boolean): string | null {
    const v = (this.values[name] ?? '').trim();
    if (!v) {
      if (required) this.errors[name] = this.m.required;
      return null;
    }
    if (!options.some((o) => o.value === v)) this.errors[name] = this.m.required;
    return v;
  }
  flag(name: string): boolean {
    return this.values[name] === '1';
  }
  lines(name: string): string[] {
    return (this.values[name] ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  }
  cases(prefix: string, keys: readonly (keyof RuCases)[]): RuCases | undefined {
    const out: RuCases = {};
    for (const k of keys) {
      const v = this.optional(`${prefix}_${k}`);
      if (v) out[k] = v;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }
  done(): void {
    if (Object.keys(this.errors).length > 0) throw new FormErrors(this.errors);
  }
}

const ALL_CASES = ['gen', 'dat', 'acc', 'ins', 'prep'] as const;
const LOCALE_LABEL: Record<Locale, string> = { en: 'English', ru: 'Русский' };

interface Ctx {
  locale: Locale;
  m: DirectoryMessages;
  choices: Awaited<ReturnType<typeof listDirectoryChoices>>;
}

interface Spec {
  /** Audit entity and event entity. */
  entity: string;
  event: 'directory.changed' | 'site.changed';
  groups(ctx: Ctx, isNew: boolean): FieldGroupVM[];
  /** The record (for the audit log) and its form values. */
  load(db: Db, id: string, locale: Locale): Promise<{ record: unknown; values: Values } | undefined>;
  create(trx: Db, r: Reader, ctx: Ctx): Promise<string | number>;
  update(trx: Db, id: string, r: Reader, ctx: Ctx): Promise<void>;
  remove?(trx: Db, id: string): Promise<void>;
  /** A pre-check with a localized sentence (single-holder roles). */
  check?(db: Db, id: string | null, r: Reader, ctx: Ctx): Promise<void>;
  defaults?: Values;
}

function numId(id: string): number {
  if (!/^\d{1,12}$/.test(id)) throw new AppError('not_found', `no record ${id}`);
  return Number(id);
}

const perLocale = <T>(f: (l: Locale) => T): Record<Locale, T> => Object.fromEntries(LOCALES.map((l) => [l, f(l)])) as Record<Locale, T>;
const localeGroup = (ctx: Ctx, l: Locale, fields: FieldVM[]): FieldGroupVM => ({ legend: LOCALE_LABEL[l], lang: l, fields: fields.map((f) => ({ ...f, lang: l })) });
const caseFields = (ctx: Ctx, prefix: string, keys: readonly (keyof RuCases)[], what: string): FieldVM[] =>
  keys.map((k) => ({ name: `${prefix}_${k}`, label: `${what}: ${ctx.m.caseForm(ctx.m.cases[k] ?? k)}`, lang: 'ru' }));
const caseValues = (prefix: string, cases: RuCases | undefined): Values => Object.fromEntries(Object.entries(cases ?? {}).map(([k, v]) => [`${prefix}_${k}`, v ?? '']));
const optionsWithNone = (ctx: Ctx, list: { value: string; label: string }[], none = ctx.m.none) => [{ value: '', label: none }, ...list];

// ---- the kinds of records ----

const people: Spec = {
  entity: 'person', event: 'directory.changed', defaults: { gender: 'male' },
  groups: (ctx) => [
    { fields: [{ name: 'slug', label: ctx.m.slug }, { name: 'gender', label: ctx.m.gender, type: 'select', options: [{ value: 'male', label: ctx.m.genders.male }, { value: 'female', label: ctx.m.genders.female }] }] },
    ...LOCALES.map((l) => localeGroup(ctx, l, [
      { name: `given_${l}`, label: ctx.m.given }, { name: `patronymic_${l}`, label: ctx.m.patronymic }, { name: `family_${l}`, label: ctx.m.family },
    ])),
    { fields: [{ name: 'aliases', label: ctx.m.aliases, type: 'textarea' }] },
  ],
  async load(db, id, locale) {
    const p = await loadPersonRecord(db, numId(id), locale);
    if (!p) return undefined;
    const values: Values = { slug: p.slug, gender: p.gender, aliases: p.aliases.map((a) => a.name).join('\n') };
    for (const [l, n] of Object.entries(p.names)) Object.assign(values, { [`given_${l}`]: n.given, [`patronymic_${l}`]: n.patronymic ?? '', [`family_${l}`]: n.family });
    return { record: p, values };
  },
  async create(trx, r) { return personCreator(trx, personInput(r)); },
  async update(trx, id, r) { await personUpdater(trx, numId(id), personInput(r)); },
  async remove(trx, id) { await personDeleter(trx, numId(id)); },
};
function personInput(r: Reader) {
  const input = {
    slug: r.slug(), gender: (r.values.gender === 'female' ? 'female' : 'male') as 'male' | 'female',
    names: perLocale((l) => ({ given: r.text(`given_${l}`), patronymic: r.optional(`patronymic_${l}`), family: r.text(`family_${l}`) })),
    aliases: r.lines('aliases').map((name) => ({ locale: /[а-яё]/i.test(name) ? 'ru' : /[a-z]/i.test(name) ? 'en' : null, name })),
  };
  r.done();
  return input;
}

const ranks: Spec = {
  entity: 'rank', event: 'directory.changed', defaults: { kind: 'military' },
  groups: (ctx) => [
    { fields: [{ name: 'slug', label: ctx.m.slug }, { name: 'kind', label: ctx.m.kind, hint: 'military, diplomatic, civil' }] },
    ...LOCALES.map((l) => localeGroup(ctx, l, [{ name: `name_${l}`, label: ctx.m.name }, ...(l === 'ru' ? caseFields(ctx, 'name_ru', ['gen', 'ins'], ctx.m.name) : [])])),
  ],
  async load(db, id) {
    const k = await loadRankRecord(db, numId(id));
    if (!k) return undefined;
    const values: Values = { slug: k.slug, kind: k.kind };
    for (const [l, n] of Object.entries(k.names)) Object.assign(values, { [`name_${l}`]: n.name }, caseValues(`name_${l}`, n.cases));
    return { record: k, values };
  },
  async create(trx, r) { return rankCreator(trx, rankInput(r)); },
  async update(trx, id, r) { await rankUpdater(trx, numId(id), rankInput(r)); },
  async remove(trx, id) { await rankDeleter(trx, numId(id)); },
};
function rankInput(r: Reader) {
  const input = { slug: r.slug(), kind: r.text('kind'), names: perLocale((l) => ({ name: r.text(`name_${l}`), cases: l === 'ru' ? r.cases('name_ru', ALL_CASES) : undefined })) };
  r.done();
  return input;
}

const roles: Spec = {
  entity: 'role', event: 'directory.changed',
  groups: (ctx) => [
    { fields: [
      { name: 'slug', label: ctx.m.slug }, { name: 'function', label: ctx.m.function },
      { name: 'state_code', label: ctx.m.state, type: 'select', options: optionsWithNone(ctx, ctx.choices.states) },
      { name: 'body_id', label: ctx.m.body, type: 'select', options: optionsWithNone(ctx, ctx.choices.bodies) },
      { name: 'single_holder', label: ctx.m.singleHolder, type: 'checkbox' },
    ] },
    ...LOCALES.map((l) => localeGroup(ctx, l, [
      { name: `name_${l}`, label: ctx.m.name }, { name: `short_${l}`, label: ctx.m.shortName }, { name: `plural_${l}`, label: ctx.m.plural },
      ...(l === 'ru' ? caseFields(ctx, 'name_ru', ALL_CASES, ctx.m.name) : []),
    ])),
  ],
  async load(db, id) {
    const k = await loadRoleRecord(db, numId(id));
    if (!k) return undefined;
    const values: Values = { slug: k.slug, function: k.function, state_code: k.stateCode ?? '', body_id: k.bodyId === null ? '' : String(k.bodyId), single_holder: k.singleHolder ? '1' : '' };
    for (const [l, n] of Object.entries(k.names)) Object.assign(values, { [`name_${l}`]: n.name, [`short_${l}`]: n.shortName, [`plural_${l}`]: n.plural ?? '' }, caseValues(`name_${l}`, n.cases));
    return { record: k, values };
  },
  async create(trx, r, ctx) { return roleCreator(trx, roleInput(r, ctx)); },
  async update(trx, id, r, ctx) { await roleUpdater(trx, numId(id), roleInput(r, ctx)); },
  async remove(trx, id) { await roleDeleter(trx, numId(id)); },
};
function roleInput(r: Reader, ctx: Ctx) {
  const body = r.choice('body_id', ctx.choices.bodies, false);
  const input = {
    slug: r.slug(), function: r.text('function'), stateCode: r.choice('state_code', ctx.choices.states, false), bodyId: body ? Number(body) : null,
    singleHolder: r.flag('single_holder'),
    names: perLocale((l) => ({ name: r.text(`name_${l}`), shortName: r.text(`short_${l}`), plural: r.optional(`plural_${l}`), cases: l === 'ru' ? r.cases('name_ru', ALL_CASES) : undefined })),
  };
  r.done();
  return input;
}

const appointments: Spec = {
  entity: 'appointment', event: 'directory.changed',
  groups: (ctx) => [
    { fields: [
      { name: 'person_id', label: ctx.m.person, type: 'select', options: optionsWithNone(ctx, ctx.choices.people) },
      { name: 'role_id', label: ctx.m.role, type: 'select', options: optionsWithNone(ctx, ctx.choices.roles) },
      { name: 'started_on', label: ctx.m.termStart, ...PARTIAL_DATE_FIELD, hint: ctx.m.partialDateHint },
      { name: 'ended_on', label: ctx.m.termEnd, ...PARTIAL_DATE_FIELD, hint: ctx.m.termEndHint },
      { name: 'end_previous', label: ctx.m.endPrevious, type: 'checkbox' },
    ] },
    ...LOCALES.map((l) => localeGroup(ctx, l, [{ name: `note_${l}`, label: ctx.m.note }])),
  ],
  async load(db, id) {
    const a = await loadAppointmentRecord(db, numId(id));
    if (!a) return undefined;
    const values: Values = {
      person_id: String(a.personId), role_id: String(a.roleId),
      started_on: a.startedOn ? partialDateText(a.startedOn, a.startedPrecision) : '', ended_on: a.endedOn ? partialDateText(a.endedOn, a.endedPrecision) : '',
    };
    for (const [l, n] of Object.entries(a.note)) values[`note_${l}`] = n;
    return { record: a, values };
  },
  async check(db, id, r, ctx) {
    const input = appointmentInput(new Reader(r.values, ctx.m), ctx, id === null ? undefined : await loadAppointmentRecord(db, numId(id)));
    const clash = await findHolderClash(db, { roleId: input.roleId, term: { startedOn: input.startedOn, endedOn: input.endedOn }, excludeId: id ? numId(id) : null, locale: ctx.locale });
    if (!clash) return;
    // The other term as recorded: a date known to the month is shown as the month ("2021-08").
    const held = await loadAppointmentRecord(db, clash.appointmentId);
    const from = clash.startedOn === null ? ctx.m.unknownStart : partialDateText(clash.startedOn, held?.startedPrecision ?? 'day');
    const to = clash.endedOn === null ? ctx.m.open : partialDateText(clash.endedOn, held?.endedPrecision ?? 'day');
    const endable = input.startedOn !== null && clash.startedOn !== null && clash.startedOn < input.startedOn;
    if (input.endPrevious && endable) return;
    throw new FormErrors({ started_on: endable ? ctx.m.holderClash(clash.personName, from, to) : ctx.m.holderClashNotEndable(clash.personName, from, to) }, 409);
  },
  async create(trx, r, ctx) { return appointmentCreator(trx, appointmentInput(r, ctx)); },
  async update(trx, id, r, ctx) { await appointmentUpdater(trx, numId(id), appointmentInput(r, ctx, await loadAppointmentRecord(trx, numId(id)))); },
  async remove(trx, id) { await appointmentDeleter(trx, numId(id)); },
};
/** The appointment form as command input; `stored` (when editing) keeps a bound whose field was left as shown. */
function appointmentInput(r: Reader, ctx: Ctx, stored?: { startedOn: string | null; startedPrecision: DatePrecision; endedOn: string | null; endedPrecision: DatePrecision }) {
  const person = r.choice('person_id', ctx.choices.people, true);
  const role = r.choice('role_id', ctx.choices.roles, true);
  const started = r.partialDate('started_on', ctx.m.termStart, 'start', false, stored?.startedOn ? { on: stored.startedOn, precision: stored.startedPrecision } : null);
  const ended = r.partialDate('ended_on', ctx.m.termEnd, 'end', false, stored?.endedOn ? { on: stored.endedOn, precision: stored.endedPrecision } : null);
  if (started && ended && ended.on < started.on) r.errors.ended_on = ctx.m.endsBeforeStart;
  const notes = perLocale((l) => r.optional(`note_${l}`) ?? '');
  const input = {
    personId: Number(person), roleId: Number(role),
    startedOn: started?.on ?? null, startedPrecision: started?.precision ?? 'day', endedOn: ended?.on ?? null, endedPrecision: ended?.precision ?? 'day',
    endPrevious: r.flag('end_previous'),
    note: LOCALES.some((l) => notes[l]) ? notes : undefined,
  };
  r.done();
  return input;
}

const states: Spec = {
  entity: 'member_state', event: 'directory.changed',
  groups: (ctx, isNew) => [
    { fields: [{ name: 'code', label: ctx.m.code, readonly: !isNew }, { name: 'protocol_order', label: ctx.m.protocolOrder, type: 'number' }] },
    ...LOCALES.map((l) => localeGroup(ctx, l, [
      { name: `short_${l}`, label: ctx.m.shortName }, { name: `official_${l}`, label: ctx.m.officialName },
      ...(l === 'ru' ? [...caseFields(ctx, 'short_ru', ['gen', 'prep'], ctx.m.shortName), ...caseFields(ctx, 'official_ru', ['gen', 'prep'], ctx.m.officialName)] : []),
    ])),
    { fields: [{ name: 'memberships', label: ctx.m.memberships, type: 'textarea' }] },
  ],
  async load(db, id) {
    const s = await loadStateRecord(db, id);
    if (!s) return undefined;
    const values: Values = { code: s.code, protocol_order: String(s.protocolOrder), memberships: s.memberships.map((x) => (x.endedOn ? `${x.startedOn}..${x.endedOn}` : x.startedOn)).join('\n') };
    for (const [l, n] of Object.entries(s.names)) {
      Object.assign(values, { [`short_${l}`]: n.shortName, [`official_${l}`]: n.officialName }, caseValues(`short_${l}`, n.shortCases), caseValues(`official_${l}`, n.officialCases));
    }
    return { record: s, values };
  },
  async create(trx, r, ctx) {
    const code = r.text('code');
    if (code && !/^[A-Z]{2}$/.test(code)) r.errors.code = ctx.m.notCode;
    return memberStateCreator(trx, { code, ...stateInput(r, ctx) });
  },
  async update(trx, id, r, ctx) { await memberStateUpdater(trx, id, stateInput(r, ctx)); },
  async remove(trx, id) { await memberStateDeleter(trx, id); },
};
function stateInput(r: Reader, ctx: Ctx) {
  const memberships = r.lines('memberships').map((line) => {
    const m = /^(\d{4}-\d{2}-\d{2})(?:\s*\.\.\s*(\d{4}-\d{2}-\d{2}))?$/.exec(line);
    if (!m || !isIsoDate(m[1]!) || (m[2] && !isIsoDate(m[2]))) {
      r.errors.memberships = ctx.m.membershipsInvalid;
      return { startedOn: '', endedOn: null };
    }
    return { startedOn: m[1]!, endedOn: m[2] ?? null };
  });
  const input = {
    protocolOrder: r.int('protocol_order'),
    names: perLocale((l) => ({
      shortName: r.text(`short_${l}`), officialName: r.text(`official_${l}`),
      shortCases: l === 'ru' ? r.cases('short_ru', ALL_CASES) : undefined, officialCases: l === 'ru' ? r.cases('official_ru', ALL_CASES) : undefined,
    })),
    memberships,
  };
  r.done();
  return input;
}

const bodies: Spec = {
  entity: 'body', event: 'directory.changed', defaults: { kind: 'council' },
  groups: (ctx) => [
    { fields: [
      { name: 'slug', label: ctx.m.slug }, { name: 'kind', label: ctx.m.kind, hint: 'organization, council, committee, secretariat, joint_staff, assembly, working_group' },
      { name: 'parent_id', label: ctx.m.parent, type: 'select', options: optionsWithNone(ctx, ctx.choices.bodies) }, { name: 'sort_order', label: ctx.m.sortOrder, type: 'number' },
    ] },
    ...LOCALES.map((l) => localeGroup(ctx, l, [
      { name: `name_${l}`, label: ctx.m.name }, { name: `short_${l}`, label: ctx.m.shortName }, { name: `abbr_${l}`, label: ctx.m.abbreviation },
      ...(l === 'ru' ? caseFields(ctx, 'name_ru', ['gen', 'dat', 'ins', 'prep'], ctx.m.name) : []),
    ])),
  ],
  async load(db, id) {
    const b = await loadBodyRecord(db, numId(id));
    if (!b) return undefined;
    const values: Values = { slug: b.slug, kind: b.kind, parent_id: b.parentId === null ? '' : String(b.parentId), sort_order: String(b.sortOrder) };
    for (const [l, n] of Object.entries(b.names)) Object.assign(values, { [`name_${l}`]: n.name, [`short_${l}`]: n.shortName ?? '', [`abbr_${l}`]: n.abbreviation ?? '' }, caseValues(`name_${l}`, n.cases));
    return { record: b, values };
  },
  async create(trx, r, ctx) { return bodyCreator(trx, bodyInput(r, ctx)); },
  async update(trx, id, r, ctx) { await bodyUpdater(trx, numId(id), bodyInput(r, ctx)); },
  async remove(trx, id) { await bodyDeleter(trx, numId(id)); },
};
function bodyInput(r: Reader, ctx: Ctx) {
  const parent = r.choice('parent_id', ctx.choices.bodies, false);
  const input = {
    slug: r.slug(), kind: r.text('kind'), parentId: parent ? Number(parent) : null, sortOrder: r.int('sort_order'),
    names: perLocale((l) => ({ name: r.text(`name_${l}`), shortName: r.optional(`short_${l}`), abbreviation: r.optional(`abbr_${l}`), cases: l === 'ru' ? r.cases('name_ru', ALL_CASES) : undefined })),
  };
  r.done();
  return input;
}

const chairmanships: Spec = {
  entity: 'chairmanship', event: 'directory.changed',
  groups: (ctx) => [{ fields: [
    { name: 'state_code', label: ctx.m.state, type: 'select', options: optionsWithNone(ctx, ctx.choices.states) },
    { name: 'body_id', label: ctx.m.body, type: 'select', options: optionsWithNone(ctx, ctx.choices.bodies, ctx.m.organization) },
    { name: 'started_on', label: ctx.m.startedOn, type: 'date' }, { name: 'ended_on', label: ctx.m.endDate, type: 'date' },
  ] }],
  async load(db, id) {
    const c = await loadChairmanshipRecord(db, numId(id));
    return c ? { record: c, values: { state_code: c.stateCode, body_id: c.bodyId === null ? '' : String(c.bodyId), started_on: c.startedOn, ended_on: c.endedOn } } : undefined;
  },
  async create(trx, r, ctx) { return chairmanshipCreator(trx, chairInput(r, ctx)); },
  async update(trx, id, r, ctx) { await chairmanshipUpdater(trx, numId(id), chairInput(r, ctx)); },
  async remove(trx, id) { await chairmanshipDeleter(trx, numId(id)); },
};
function chairInput(r: Reader, ctx: Ctx) {
  const body = r.choice('body_id', ctx.choices.bodies, false);
  const input = { stateCode: r.choice('state_code', ctx.choices.states, true) ?? '', bodyId: body ? Number(body) : null, startedOn: r.date('started_on', true) ?? '', endedOn: r.date('ended_on', true) ?? '' };
  if (input.startedOn && input.endedOn && !r.errors.started_on && !r.errors.ended_on && input.endedOn < input.startedOn) r.errors.ended_on = ctx.m.endsBeforeStart;
  r.done();
  return input;
}

const contacts: Spec = {
  entity: 'contact', event: 'site.changed',
  groups: (ctx) => [
    { fields: [
      { name: 'slug', label: ctx.m.slug }, { name: 'email', label: ctx.m.email, type: 'email' },
      { name: 'appointment_id', label: ctx.m.role, type: 'select', options: optionsWithNone(ctx, ctx.choices.appointments) },
      { name: 'phones', label: ctx.m.phones, type: 'textarea' },
    ] },
    ...LOCALES.map((l) => localeGroup(ctx, l, [{ name: `name_${l}`, label: ctx.m.name }, { name: `role_${l}`, label: ctx.m.contactRole }])),
  ],
  async load(db, id) {
    const c = await loadContactRecord(db, numId(id));
    if (!c) return undefined;
    const values: Values = { slug: c.slug, email: c.email ?? '', appointment_id: c.appointmentId === null ? '' : String(c.appointmentId), phones: c.phones.join('\n') };
    for (const [l, n] of Object.entries(c.names)) Object.assign(values, { [`name_${l}`]: n.name, [`role_${l}`]: n.role });
    return { record: c, values };
  },
  async create(trx, r, ctx) { return contactCreator(trx, contactInput(r, ctx)); },
  async update(trx, id, r, ctx) { await contactUpdater(trx, numId(id), contactInput(r, ctx)); },
  async remove(trx, id) { await contactDeleter(trx, numId(id)); },
};
function contactInput(r: Reader, ctx: Ctx) {
  const appointment = r.choice('appointment_id', ctx.choices.appointments, false);
  const phones = r.lines('phones');
  for (const p of phones) {
    try {
      toE164(p, 'phones');
    } catch {
      r.errors.phones = ctx.m.phoneInvalid(p);
      break;
    }
  }
  const email = r.optional('email') ?? null;
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) r.errors.email = officeMessages(ctx.locale).emailInvalid;
  const input = {
    slug: r.slug(), email, appointmentId: appointment ? Number(appointment) : null, phones,
    names: perLocale((l) => ({ name: r.text(`name_${l}`), role: r.optional(`role_${l}`) ?? '' })),
  };
  r.done();
  return input;
}

const sections: Spec = {
  entity: 'section', event: 'site.changed',
  groups: (ctx) => [
    { fields: [{ name: 'slug', label: ctx.m.slug }, { name: 'body_id', label: ctx.m.body, type: 'select', options: optionsWithNone(ctx, ctx.choices.bodies) }, { name: 'sort_order', label: ctx.m.sortOrder, type: 'number' }] },
    ...LOCALES.map((l) => localeGroup(ctx, l, [{ name: `name_${l}`, label: ctx.m.name }, { name: `description_${l}`, label: ctx.m.description, type: 'textarea' }])),
  ],
  async load(db, id) {
    const s = await loadSectionRecord(db, numId(id));
    if (!s) return undefined;
    const values: Values = { slug: s.slug, body_id: s.bodyId === null ? '' : String(s.bodyId), sort_order: String(s.sortOrder) };
    for (const [l, n] of Object.entries(s.names)) Object.assign(values, { [`name_${l}`]: n.name, [`description_${l}`]: n.description ?? '' });
    return { record: s, values };
  },
  async create(trx, r, ctx) { return sectionCreator(trx, sectionInput(r, ctx)); },
  async update(trx, id, r, ctx) { await sectionUpdater(trx, numId(id), sectionInput(r, ctx)); },
  async remove(trx, id) { await sectionDeleter(trx, numId(id)); },
};
function sectionInput(r: Reader, ctx: Ctx) {
  const body = r.choice('body_id', ctx.choices.bodies, false);
  const input = { slug: r.slug(), bodyId: body ? Number(body) : null, sortOrder: r.int('sort_order'), names: perLocale((l) => ({ name: r.text(`name_${l}`), description: r.optional(`description_${l}`) })) };
  r.done();
  return input;
}

const SPECS = { people, ranks, roles, appointments, states, bodies, chairmanships, contacts, sections } as const;
type Kind = keyof typeof SPECS;
const KINDS = Object.keys(SPECS) as Kind[];
function isKind(k: string): k is Kind {
  return (KINDS as string[]).includes(k);
}

/** Where a command's AppError points, as a form field. */
function fieldOf(where: string | undefined, values: Values): string | null {
  if (!where) return null;
  if (where in values) return where;
  if (/slug/.test(where)) return 'slug';
  if (/^phone/.test(where)) return 'phones';
  if (/membership/.test(where)) return 'memberships';
  if (where === 'started_on' || where === 'ended_on' || where === 'since' || where === 'parent_id' || where === 'single_holder' || where === 'email' || where === 'code') return where;
  return null;
}

// ---- meetings: form values ↔ command input ----

interface MeetingForm {
  values: Values;
  participants: string[];
  /** Participants recorded without an appointment (not editable here), kept after the others. */
  loose?: MeetingEditRecord['looseParticipants'];
}

/**
 * The version of a record as an editor saw it: a digest of what the office loads for it. The form
 * carries it back (`base_version`); a save whose record has changed since is refused, so two
 * people editing one record cannot silently overwrite each other. Forms without it are not checked.
 */
function recordVersion(record: unknown): string {
  return createHash('sha256').update(JSON.stringify(record ?? null)).digest('base64url').slice(0, 22);
}

/** Thrown inside a save's transaction when the record changed after the form was opened. */
class StaleEdit extends Error {
  constructor(readonly current: string) {
    super('the record changed after the form was opened');
  }
}

/** Refuses the save when the record's version is no longer the one the form was opened on. */
function requireVersion(base: string | undefined, current: unknown): void {
  if (base === undefined || base === '') return;
  const now = recordVersion(current);
  if (now !== base) throw new StaleEdit(now);
}

function meetingFormFromRecord(rec: Awaited<ReturnType<typeof loadMeetingEditRecord>> & object): MeetingForm {
  const values: Values = {
    base_version: recordVersion(rec),
    body_id: String(rec.bodyId), date: rec.date, time: rec.time ?? '', time_zone: rec.timeZone, format: rec.format,
    chair: rec.chairAppointmentId === null ? '' : String(rec.chairAppointmentId), document_slug: rec.documentSlugs[0] ?? '', q: '',
  };
  for (const l of LOCALES) {
    values[`location_${l}`] = rec.location?.[l]?.name ?? '';
    values[`agenda_${l}`] = rec.agenda.map((a) => a[l] ?? '').join('\n');
    values[`outcomes_${l}`] = rec.outcomes.map((a) => a[l] ?? '').join('\n');
  }
  values.location_ru_prep = rec.location?.ru?.cases?.prep ?? '';
  return { values, participants: rec.participantAppointmentIds.map(String), loose: rec.looseParticipants };
}

export async function directoryRoutes(app: FastifyInstance, options: DirectoryRoutesOptions): Promise<void> {
  const { store, config, events, chrome, errorPage } = options;
  const db = store.db;

  function guard(permission: Permission): preHandlerHookHandler {
    return async function (request, reply) {
      const user: SessionAccount | null = request.officeUser;
      const m = officeMessages(request.officeLocale);
      if (!user) {
        if (request.method === 'GET') return reply.redirect('/office/login', 303);
        return errorPage(request, reply, 401, m.sessionEnded);
      }
      if (requiresTotp(user.role) && !user.totpEnabled) {
        if (request.method === 'GET') return reply.redirect('/office/totp', 303);
        return errorPage(request, reply, 403, m.forbidden);
      }
      if (!can(user.role, permission)) return errorPage(request, reply, 403, m.forbidden);
    };
  }
  const get = (url: string, p: Permission, h: (q: FastifyRequest, r: FastifyReply) => Promise<unknown>) => app.get(url, { preHandler: guard(p) }, h);
  const post = (url: string, p: Permission, h: (q: FastifyRequest, r: FastifyReply) => Promise<unknown>) =>
    app.post(url, { preHandler: [guard(p), app.csrfProtection as preHandlerHookHandler] }, h);
  const html = (reply: FastifyReply, status: number, body: string) => reply.code(status).type('text/html; charset=utf-8').send(body);

  async function audited<T>(user: SessionAccount, action: string, entity: string, id: string | number | null, before: unknown, work: (trx: Db) => Promise<T>, after: (trx: Db, result: T) => Promise<unknown>): Promise<T> {
    return db.transaction().execute(async (trx) => {
      const result = await work(trx);
      const entityId = id ?? (typeof result === 'number' || typeof result === 'string' ? result : null);
      await auditRecorder(trx, { accountId: user.id, action, entity, entityId, before: before ?? undefined, after: await after(trx, result) });
      return result;
    });
  }

  async function ctxOf(request: FastifyRequest): Promise<Ctx> {
    return { locale: request.officeLocale, m: directoryMessages(request.officeLocale), choices: await listDirectoryChoices(db, request.officeLocale) };
  }

  // ---- assets ----
  app.get('/assets/meeting-editor.js', async (_request, reply) => reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(SCRIPT));

  // ---- directory ----
  get('/directory', DIRECTORY_READ, async (request, reply) => {
    const ctx = await ctxOf(request);
    const user = request.officeUser!;
    return html(reply, 200, directoryIndexPage({
      chrome: chrome(request, reply, ctx.m.directory, 'directory', (request.query as Record<string, string>).saved ? ctx.m.saved : (request.query as Record<string, string>).deleted ? ctx.m.deleted : null),
      canEdit: can(user.role, DIRECTORY_EDIT),
      kinds: KINDS.map((k) => ({ kind: k, label: ctx.m.kinds[k], items: ctx.choices[k].map((c) => ({ href: `/office/directory/${k}/${encodeURIComponent(c.value)}`, label: c.label })) })),
    }));
  });

  async function formPage(request: FastifyRequest, reply: FastifyReply, kind: Kind, id: string | null, values: Values, errors: FieldErrors, status: number, message?: string | null, ctxIn?: Ctx, rankForm?: { values: Values; errors: FieldErrors }) {
    const ctx = ctxIn ?? await ctxOf(request);
    const user = request.officeUser!;
    const spec = SPECS[kind];
    const heading = `${ctx.m.kinds[kind]}: ${id === null ? ctx.m.add : ctx.m.edit}`;
    let ranksVM = null;
    if (kind === 'people' && id !== null) {
      const p = await loadPersonRecord(db, numId(id), ctx.locale);
      ranksVM = {
        action: `/office/directory/people/${id}/ranks`, options: optionsWithNone(ctx, ctx.choices.ranks), values: rankForm?.values ?? {}, errors: rankForm?.errors ?? {},
        rows: (p?.ranks ?? []).map((r) => ({ label: r.rankName, since: partialDateText(r.since, r.sincePrecision), removeAction: `/office/directory/people/${id}/ranks/${r.id}/delete` })),
      };
    }
    return html(reply, status, entityFormPage({
      chrome: chrome(request, reply, heading, 'directory', (request.query as Record<string, string>).saved ? ctx.m.saved : null),
      heading, action: id === null ? `/office/directory/${kind}` : `/office/directory/${kind}/${encodeURIComponent(id)}`,
      groups: spec.groups(ctx, id === null), values, errors, message, canEdit: can(user.role, DIRECTORY_EDIT),
      deleteAction: spec.remove && id !== null ? `/office/directory/${kind}/${encodeURIComponent(id)}/delete` : null,
      ranks: ranksVM,
    }));
  }

  function kindOf(request: FastifyRequest): Kind {
    const kind = (request.params as { kind: string }).kind;
    if (!isKind(kind)) throw new AppError('not_found', `no directory list "${kind}"`);
    return kind;
  }

  get('/directory/:kind/new', DIRECTORY_EDIT, async (request, reply) => {
    const kind = kindOf(request);
    return formPage(request, reply, kind, null, { ...(SPECS[kind].defaults ?? {}) }, {}, 200);
  });

  get('/directory/:kind/:id', DIRECTORY_READ, async (request, reply) => {
    const kind = kindOf(request);
    const id = (request.params as { id: string }).id;
    const found = await SPECS[kind].load(db, id, request.officeLocale);
    if (!found) throw new AppError('not_found', `no ${kind} ${id}`);
    return formPage(request, reply, kind, id, { ...found.values, base_version: recordVersion(found.record) }, {}, 200);
  });

  async function save(request: FastifyRequest, reply: FastifyReply, kind: Kind, id: string | null) {
    const user = request.officeUser!;
    const spec = SPECS[kind];
    const ctx = await ctxOf(request);
    const { values } = formValues(request.body);
    const base = values.base_version;
    let before: { record: unknown; values: Values } | undefined;
    if (id !== null) {
      before = await spec.load(db, id, ctx.locale);
      if (!before) throw new AppError('not_found', `no ${kind} ${id}`);
      if (kind === 'states') values.code = id;
    }
    let savedId: string | number;
    try {
      await spec.check?.(db, id, new Reader(values, ctx.m), ctx);
      savedId = await audited(user, `${spec.entity}.${id === null ? 'create' : 'update'}`, spec.entity, id, before?.record, async (trx) => {
        const r = new Reader(values, ctx.m);
        if (id === null) return spec.create(trx, r, ctx);
        requireVersion(base, (await spec.load(trx, id, ctx.locale))?.record);
        await spec.update(trx, id, r, ctx);
        return id;
      }, async (trx, result) => (await spec.load(trx, String(result), ctx.locale))?.record);
    } catch (error) {
      // Their values stay in the form, now on the current version: saving again overwrites on purpose.
      if (error instanceof StaleEdit) return formPage(request, reply, kind, id, { ...values, base_version: error.current }, {}, 409, ctx.m.changedMeanwhile, ctx);
      if (error instanceof FormErrors) return formPage(request, reply, kind, id, values, error.errors, error.status, null, ctx);
      if (store.dialect.isUniqueViolation(error)) return formPage(request, reply, kind, id, values, { [kind === 'states' ? 'code' : 'slug']: ctx.m.taken }, 409, null, ctx);
      if (isAppError(error) && error.status < 500 && error.status !== 404) {
        const f = fieldOf(error.where, values);
        return formPage(request, reply, kind, id, values, f ? { [f]: error.message } : {}, error.status, f ? null : `${ctx.m.refused} ${error.message}`, ctx);
      }
      throw error;
    }
    await events.emit(spec.event, { entity: spec.entity, id: savedId });
    return reply.redirect(`/office/directory/${kind}/${encodeURIComponent(String(savedId))}?saved=1`, 303);
  }

  post('/directory/:kind', DIRECTORY_EDIT, async (request, reply) => save(request, reply, kindOf(request), null));
  post('/directory/:kind/:id', DIRECTORY_EDIT, async (request, reply) => save(request, reply, kindOf(request), (request.params as { id: string }).id));

  /**
   * Deletes a record. The form on the record's page asks for a ticked confirmation (no script
   * needed); a record something still refers to is kept, and its page comes back with status 409
   * and a sentence, in the office user's language, naming what refers to it.
   */
  post('/directory/:kind/:id/delete', DIRECTORY_EDIT, async (request, reply) => {
    const kind = kindOf(request);
    const spec = SPECS[kind];
    const id = (request.params as { id: string }).id;
    if (!spec.remove) throw new AppError('not_found', `${kind} cannot be deleted here`);
    const m = directoryMessages(request.officeLocale);
    const before = await spec.load(db, id, request.officeLocale);
    if (!before) throw new AppError('not_found', `no ${kind} ${id}`);
    const { values } = formValues(request.body);
    // The delete form's own field: not a field of the record's form, so it cannot clash with one.
    if (values.confirm !== '1') return formPage(request, reply, kind, id, before.values, { confirm: m.deleteNotConfirmed }, 400);
    try {
      await audited(request.officeUser!, `${spec.entity}.delete`, spec.entity, id, before.record, (trx) => spec.remove!(trx, id), async () => undefined);
    } catch (error) {
      if (error instanceof RecordInUseError) return formPage(request, reply, kind, id, before.values, {}, 409, `${m.notDeleted} ${m.inUse(error.subject, error.uses)}`);
      if (isAppError(error) && error.status === 409) return formPage(request, reply, kind, id, before.values, {}, 409, `${m.notDeleted} ${error.message}`);
      throw error;
    }
    await events.emit(spec.event, { entity: spec.entity, id });
    return reply.redirect(`/office/directory?deleted=1#kind-${kind}`, 303);
  });

  // A person's ranks (promotions), added and removed one at a time.
  post('/directory/people/:id/ranks', DIRECTORY_EDIT, async (request, reply) => {
    const id = (request.params as { id: string }).id;
    const personId = numId(id);
    const ctx = await ctxOf(request);
    const before = await loadPersonRecord(db, personId, ctx.locale);
    if (!before) throw new AppError('not_found', `no person ${id}`);
    const { values } = formValues(request.body);
    const r = new Reader(values, ctx.m);
    const rankId = r.choice('rank_id', ctx.choices.ranks, true);
    const since = r.partialDate('since', ctx.m.rankSince, 'start', true);
    const personValues = (await people.load(db, id, ctx.locale))!.values;
    if (Object.keys(r.errors).length > 0) return formPage(request, reply, 'people', id, personValues, {}, 400, null, ctx, { values, errors: r.errors });
    try {
      await audited(request.officeUser!, 'person.rank_add', 'person', personId, before, (trx) => personRankAdder(trx, { personId, rankId: Number(rankId), since: since!.on, sincePrecision: since!.precision }), (trx) => loadPersonRecord(trx, personId, ctx.locale));
    } catch (error) {
      if (isAppError(error) && error.status < 500) return formPage(request, reply, 'people', id, personValues, {}, error.status, null, ctx, { values, errors: { since: error.message } });
      throw error;
    }
    await events.emit('directory.changed', { entity: 'person', id: personId });
    return reply.redirect(`/office/directory/people/${personId}?saved=1`, 303);
  });
  post('/directory/people/:id/ranks/:rank/delete', DIRECTORY_EDIT, async (request, reply) => {
    const params = request.params as { id: string; rank: string };
    const personId = numId(params.id);
    const before = await loadPersonRecord(db, personId, request.officeLocale);
    if (!before) throw new AppError('not_found', `no person ${params.id}`);
    await audited(request.officeUser!, 'person.rank_remove', 'person', personId, before, (trx) => personRankRemover(trx, { personId, personRankId: numId(params.rank) }), (trx) => loadPersonRecord(trx, personId, request.officeLocale));
    await events.emit('directory.changed', { entity: 'person', id: personId });
    return reply.redirect(`/office/directory/people/${personId}?saved=1`, 303);
  });

  // ---- meetings ----
  get('/meetings', MEETING_EDIT, async (request, reply) => {
    const d = directoryMessages(request.officeLocale);
    const { meetings } = await listMeetings(db, request.officeLocale, {}, { limit: 200, offset: 0 });
    return html(reply, 200, meetingsListPage({
      chrome: chrome(request, reply, d.meetings, 'meetings', (request.query as Record<string, string>).deleted ? d.deleted : null),
      rows: meetings.map((x) => ({ href: `/office/meetings/${x.id}`, date: x.date, body: x.body.name, format: d.formats[x.format] ?? x.format, location: x.location })),
    }));
  });

  /** Type-ahead for the progressive enhancement: appointments valid on `date` matching `q`, as JSON. */
  get('/meetings/candidates', MEETING_EDIT, async (request, reply) => {
    const q = request.query as Record<string, string | undefined>;
    const date = q.date ?? '';
    if (!isIsoDate(date)) throw new AppError('input.invalid', `date "${date}" is not YYYY-MM-DD`, { where: 'date' });
    const found = await searchCandidates(request.officeLocale, date, q.q ?? '');
    return reply.type('application/json; charset=utf-8').send(JSON.stringify(found.map((c) => ({ id: c.appointmentId, label: c.label }))));
  });

  async function searchCandidates(locale: Locale, date: string, query: string) {
    const all = await listAppointmentsOn(db, locale, date);
    return all.filter((c) => nameMatches(query, c.nameForms)).slice(0, 20);
  }

  /** Reads the meeting form; returns the command input (when the form is complete enough) and field errors. */
  async function readMeeting(locale: Locale, form: MeetingForm, bodies: { value: string }[]): Promise<{ input: MeetingInput | null; errors: FieldErrors; onDate: Map<string, string> | null }> {
    const m = directoryMessages(locale);
    const r = new Reader(form.values, m);
    const body = r.choice('body_id', bodies, true);
    const date = r.date('date', true);
    const time = r.optional('time') ?? null;
    if (time && !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) r.errors.time = m.notTime;
    const timeZone = r.text('time_zone');
    if (timeZone && !isTimeZone(timeZone)) r.errors.time_zone = m.timeZoneInvalid;
    const format = form.values.format ?? '';
    if (!isMeetingFormat(format)) r.errors.format = m.required;
    const names = perLocale((l) => r.optional(`location_${l}`) ?? '');
    const anyLocation = LOCALES.some((l) => names[l]);
    if (format !== 'videoconference' && LOCALES.some((l) => !names[l])) for (const l of LOCALES) if (!names[l]) r.errors[`location_${l}`] = m.locationNeeded;
    const prep = r.optional('location_ru_prep');
    const location = anyLocation && LOCALES.every((l) => names[l])
      ? perLocale((l) => ({ name: names[l], ...(l === 'ru' && prep ? { cases: { prep } } : {}) }))
      : null;
    let onDate: Map<string, string> | null = null;
    if (date && isIsoDate(date)) {
      onDate = new Map((await listAppointmentsOn(db, locale, date)).map((c) => [String(c.appointmentId), c.label]));
      const chair = form.values.chair ?? '';
      if (chair && !onDate.has(chair)) r.errors.chair = m.notHeldOnDate;
      if (form.participants.some((p) => !onDate!.has(p))) r.errors.participants = m.notHeldOnDate;
    }
    const agenda = perLocale((l) => r.lines(`agenda_${l}`));
    const outcomes = perLocale((l) => r.lines(`outcomes_${l}`));
    for (const [name, lists] of [['agenda', agenda], ['outcomes', outcomes]] as const) {
      const counts = new Set(LOCALES.map((l) => lists[l].length));
      if (counts.size > 1) for (const l of LOCALES) r.errors[`${name}_${l}`] = m.itemCounts;
    }
    const errors = r.errors;
    const complete = body && date && isIsoDate(date) && !errors.time && timeZone && !errors.time_zone && isMeetingFormat(format) && !errors.chair && !errors.participants
      && !(format !== 'videoconference' && !location);
    const count = (lists: Record<Locale, string[]>) => Math.max(...LOCALES.map((l) => lists[l].length));
    const items = (lists: Record<Locale, string[]>) => Array.from({ length: count(lists) }, (_, i) => perLocale((l) => lists[l][i] ?? ''));
    const input: MeetingInput | null = complete ? {
      bodyId: Number(body), date: date!, time, timeZone, format: format as MeetingFormat, location,
      chairAppointmentId: form.values.chair ? Number(form.values.chair) : null,
      participants: [
        ...form.participants.map((p) => ({ appointmentId: Number(p) })),
        ...(form.loose ?? []).map((p) => ({ personId: p.personId, stateCode: p.stateCode, roleAsWritten: perLocale((l) => p.roleAsWritten[l] ?? '') })),
      ],
      agenda: items(agenda), outcomes: items(outcomes),
    } : null;
    return { input, errors, onDate };
  }

  class Rollback extends Error {}

  /** The report paragraphs per locale for the record as it stands in the form: written in a transaction that is rolled back. */
  async function previewReports(officeLocale: Locale, id: number | null, input: MeetingInput | null) {
    const m = directoryMessages(officeLocale);
    const locales = config.locales;
    if (!input) return locales.map((l) => ({ locale: l, paragraphs: null, problem: m.reportMissing(m.fieldErrors) }));
    const out: { locale: Locale; paragraphs: string[] | null; problem: string | null }[] = [];
    try {
      await db.transaction().execute(async (trx) => {
        const meetingId = id === null ? await meetingRecorder(trx, input) : (await meetingUpdater(trx, id, input), id);
        for (const l of locales) {
          const record = await findMeeting(trx, l, meetingId);
          if (!record?.report) {
            out.push({ locale: l, paragraphs: null, problem: m.reportNoOrganization });
            continue;
          }
          try {
            out.push({ locale: l, paragraphs: generateMeetingReport(record.report), problem: null });
          } catch (error) {
            if (error instanceof MeetingReportError) out.push({ locale: l, paragraphs: null, problem: m.reportMissing(error.message) });
            else throw error;
          }
        }
        throw new Rollback();
      });
    } catch (error) {
      if (error instanceof Rollback) return out;
      if (isAppError(error) && error.status < 500) return locales.map((l) => ({ locale: l, paragraphs: null, problem: m.reportMissing(error.message) }));
      throw error;
    }
    return out;
  }

  async function editorPage(request: FastifyRequest, reply: FastifyReply, id: number | null, form: MeetingForm, status: number, options: { errors?: FieldErrors; message?: string | null; search?: boolean } = {}) {
    const locale = request.officeLocale;
    const d = directoryMessages(locale);
    const choices = await listDirectoryChoices(db, locale);
    const { input, errors, onDate } = await readMeeting(locale, form, choices.bodies);
    const reports = await previewReports(locale, id, input);
    const query = form.values.q?.trim() ?? '';
    const results = onDate && query ? (await searchCandidates(locale, form.values.date!, query)).map((c) => ({ id: String(c.appointmentId), label: c.label })) : null;
    const heading = id === null ? d.newMeeting : `${d.meeting} ${form.values.date ?? ''}`;
    const notice = (request.query as Record<string, string>).saved ? d.saved : null;
    return html(reply, status, meetingEditorPage({
      chrome: chrome(request, reply, heading, 'meetings', notice), heading,
      action: id === null ? '/office/meetings' : `/office/meetings/${id}`, deleteAction: id === null ? null : `/office/meetings/${id}/delete`,
      locales: config.locales, values: form.values, errors: { ...(options.search === false ? {} : errors), ...(options.errors ?? {}) }, message: options.message,
      bodies: choices.bodies, formats: MEETING_FORMATS.map((f) => ({ value: f, label: d.formats[f] ?? f })),
      onDate: onDate ? [...onDate].map(([value, label]) => ({ value, label })) : null,
      participants: form.participants.map((p) => ({ id: p, label: onDate?.get(p) ?? `#${p}` })),
      results, reports,
    }));
  }

  function meetingId(request: FastifyRequest): number {
    return numId((request.params as { id: string }).id);
  }

  get('/meetings/new', MEETING_EDIT, async (request, reply) => {
    const values: Values = { date: '', time: '', time_zone: config.siteTimeZone, format: 'in_person', q: '' };
    return editorPage(request, reply, null, { values, participants: [] }, 200, { search: false });
  });

  get('/meetings/:id', MEETING_EDIT, async (request, reply) => {
    const id = meetingId(request);
    const rec = await loadMeetingEditRecord(db, id);
    if (!rec) throw new AppError('not_found', `no meeting ${id}`);
    return editorPage(request, reply, id, meetingFormFromRecord(rec), 200);
  });

  async function meetingPost(request: FastifyRequest, reply: FastifyReply, id: number | null) {
    const user = request.officeUser!;
    const d = directoryMessages(request.officeLocale);
    let before: Awaited<ReturnType<typeof loadMeetingEditRecord>>;
    if (id !== null) {
      before = await loadMeetingEditRecord(db, id);
      if (!before) throw new AppError('not_found', `no meeting ${id}`);
    }
    const { values, lists } = formValues(request.body);
    const form: MeetingForm = { values, participants: (lists.participant ?? []).filter((p) => /^\d{1,12}$/.test(p)), loose: before?.looseParticipants };
    const op = values.op ?? 'save';
    delete values.op;
    delete values.participant;
    const move = /^(up|down|remove):(\d{1,4})$/.exec(op);
    const add = /^add:(\d{1,12})$/.exec(op);
    if (move) {
      const i = Number(move[2]);
      const list = form.participants;
      if (i < list.length) {
        if (move[1] === 'remove') list.splice(i, 1);
        else {
          const j = move[1] === 'up' ? i - 1 : i + 1;
          if (j >= 0 && j < list.length) [list[i], list[j]] = [list[j]!, list[i]!];
        }
      }
    }
    if (add && !form.participants.includes(add[1]!)) {
      form.participants.push(add[1]!);
      values.q = '';
    }
    if (op !== 'save') return editorPage(request, reply, id, form, 200);

    const choices = await listDirectoryChoices(db, request.officeLocale);
    const { input, errors } = await readMeeting(request.officeLocale, form, choices.bodies);
    if (!input || Object.keys(errors).length > 0) return editorPage(request, reply, id, form, 400, { errors });
    const slug = values.document_slug?.trim() ?? '';
    let savedId: number;
    try {
      savedId = await audited(user, id === null ? 'meeting.create' : 'meeting.update', 'meeting', id, before ?? undefined, async (trx) => {
        if (id !== null) requireVersion(form.values.base_version, await loadMeetingEditRecord(trx, id));
        const mid = id === null ? await meetingRecorder(trx, input) : (await meetingUpdater(trx, id, input), id);
        const linked = before?.documentSlugs ?? [];
        if (slug && !linked.includes(slug)) await meetingDocumentLinker(trx, { meetingId: mid, documentSlug: slug });
        if (!slug && linked.length > 0) await meetingDocumentLinker(trx, { meetingId: mid, documentSlug: null });
        return mid;
      }, (trx, mid) => loadMeetingEditRecord(trx, mid));
    } catch (error) {
      if (error instanceof StaleEdit) {
        form.values.base_version = error.current;
        return editorPage(request, reply, id, form, 409, { message: d.changedMeanwhile });
      }
      if (isAppError(error) && error.status < 500 && error.status !== 404) {
        const field = error.where === 'document_slug' ? 'document_slug' : error.where && error.where in values ? error.where : error.where === 'participants' ? 'participants' : null;
        return editorPage(request, reply, id, form, error.status, field ? { errors: { [field]: field === 'document_slug' ? d.noSuchItem : error.message } } : { message: `${d.refused} ${error.message}` });
      }
      throw error;
    }
    await events.emit('meeting.changed', { meetingId: savedId });
    return reply.redirect(`/office/meetings/${savedId}?saved=1`, 303);
  }

  post('/meetings', MEETING_EDIT, async (request, reply) => meetingPost(request, reply, null));
  post('/meetings/:id', MEETING_EDIT, async (request, reply) => meetingPost(request, reply, meetingId(request)));
  post('/meetings/:id/delete', MEETING_EDIT, async (request, reply) => {
    const id = meetingId(request);
    const before = await loadMeetingEditRecord(db, id);
    if (!before) throw new AppError('not_found', `no meeting ${id}`);
    if (formValues(request.body).values.confirm !== '1') {
      return editorPage(request, reply, id, meetingFormFromRecord(before), 400, { errors: { confirm: directoryMessages(request.officeLocale).deleteMeetingNotConfirmed } });
    }
    await audited(request.officeUser!, 'meeting.delete', 'meeting', id, before, (trx) => meetingDeleter(trx, id), async () => undefined);
    await events.emit('meeting.changed', { meetingId: id });
    return reply.redirect('/office/meetings?deleted=1', 303);
  });
}
