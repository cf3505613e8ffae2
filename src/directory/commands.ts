/**
 * Writes to the directory. Each command takes a Kysely transaction (or connection) and plain
 * input, checks the rules of domain.ts and fails with an AppError naming the field.
 */
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import { AppError } from '../platform/errors.ts';
import { LOCALES, type PerLocale } from '../platform/i18n/locales.ts';
import type { RuCases } from '../platform/i18n/cases.ts';
import { assertIsoDate } from '../platform/time.ts';
import {
  IN_USE_LISTED, inUseSentence, namesPage, termIsValid, termsOverlap, termsToEnd, type DatePrecision, type InUse, type InUseRelation, type RecordRef,
} from './domain.ts';
import { toE164 } from '../newsroom/commands.ts';
import { isSlug } from '../newsroom/domain.ts';

type Tx = Kysely<DB>;

export function casesJson(cases: RuCases | undefined | null): string | null {
  return cases && Object.keys(cases).length > 0 ? JSON.stringify(cases) : null;
}

function requireText(value: string | undefined, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new AppError('input.invalid', `${where} is empty`, { where });
  return value.trim();
}

export interface BodyInput {
  slug: string;
  kind: string;
  parentId?: number | null;
  sortOrder?: number;
  names: PerLocale<{ name: string; shortName?: string; abbreviation?: string; cases?: RuCases }>;
}

export async function bodyCreator(trx: Tx, input: BodyInput): Promise<number> {
  const { id } = await trx
    .insertInto('body')
    .values({ slug: requireText(input.slug, 'body.slug'), kind: input.kind, parent_id: input.parentId ?? null, sort_order: input.sortOrder ?? 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('body_translation')
    .values(LOCALES.map((locale) => {
      const n = input.names[locale];
      return {
        body_id: id, locale, name: requireText(n.name, `body ${input.slug}: name (${locale})`),
        short_name: n.shortName ?? null, abbreviation: n.abbreviation ?? null, cases: casesJson(n.cases),
      };
    }))
    .execute();
  return id;
}

export interface MemberStateInput {
  code: string;
  protocolOrder: number;
  names: PerLocale<{ shortName: string; officialName: string; shortCases?: RuCases; officialCases?: RuCases }>;
  memberships: { startedOn: string; endedOn?: string | null }[];
}

export async function memberStateCreator(trx: Tx, input: MemberStateInput): Promise<string> {
  if (!/^[A-Z]{2}$/.test(input.code)) throw new AppError('input.invalid', `member state code "${input.code}" is not an ISO 3166-1 alpha-2 code such as AM`, { where: 'code' });
  await trx.insertInto('member_state').values({ code: input.code, protocol_order: input.protocolOrder }).execute();
  await trx
    .insertInto('member_state_translation')
    .values(LOCALES.map((locale) => {
      const n = input.names[locale];
      return {
        state_code: input.code, locale,
        short_name: requireText(n.shortName, `state ${input.code}: short name (${locale})`),
        official_name: requireText(n.officialName, `state ${input.code}: official name (${locale})`),
        short_cases: casesJson(n.shortCases), official_cases: casesJson(n.officialCases),
      };
    }))
    .execute();
  for (const [i, m] of input.memberships.entries()) {
    assertIsoDate(m.startedOn, `state ${input.code}: membership ${i + 1} start`);
    if (m.endedOn) assertIsoDate(m.endedOn, `state ${input.code}: membership ${i + 1} end`);
    await trx.insertInto('membership').values({ state_code: input.code, started_on: m.startedOn, ended_on: m.endedOn ?? null }).execute();
  }
  return input.code;
}

export interface ChairmanshipInput {
  stateCode: string;
  bodyId?: number | null;
  startedOn: string;
  endedOn: string;
}

export async function chairmanshipCreator(trx: Tx, input: ChairmanshipInput): Promise<number> {
  assertIsoDate(input.startedOn, 'chairmanship start');
  assertIsoDate(input.endedOn, 'chairmanship end');
  if (input.endedOn < input.startedOn) throw new AppError('input.invalid', `chairmanship of ${input.stateCode} ends (${input.endedOn}) before it starts (${input.startedOn})`, { where: 'ended_on' });
  let q = trx.selectFrom('chairmanship').select(['state_code', 'started_on', 'ended_on'])
    .where('started_on', '<=', input.endedOn).where('ended_on', '>=', input.startedOn);
  q = input.bodyId == null ? q.where('body_id', 'is', null) : q.where('body_id', '=', input.bodyId);
  const clash = await q.executeTakeFirst();
  if (clash) throw new AppError('conflict', `chairmanship ${input.startedOn}..${input.endedOn} overlaps the chairmanship of ${clash.state_code} (${clash.started_on}..${clash.ended_on})`, { where: 'started_on' });
  const { id } = await trx.insertInto('chairmanship')
    .values({ state_code: input.stateCode, body_id: input.bodyId ?? null, started_on: input.startedOn, ended_on: input.endedOn })
    .returning('id').executeTakeFirstOrThrow();
  return id;
}

export interface RankInput {
  slug: string;
  kind: string;
  names: PerLocale<{ name: string; cases?: RuCases }>;
}

export async function rankCreator(trx: Tx, input: RankInput): Promise<number> {
  const { id } = await trx.insertInto('rank').values({ slug: requireText(input.slug, 'rank.slug'), kind: input.kind }).returning('id').executeTakeFirstOrThrow();
  await trx.insertInto('rank_translation')
    .values(LOCALES.map((locale) => ({ rank_id: id, locale, name: requireText(input.names[locale].name, `rank ${input.slug}: name (${locale})`), cases: casesJson(input.names[locale].cases) })))
    .execute();
  return id;
}

export interface PersonInput {
  slug: string;
  gender: 'male' | 'female';
  names: PerLocale<{ given: string; patronymic?: string; family: string }>;
  aliases?: { locale: string | null; name: string }[];
  ranks?: { rankId: number; since: string; sincePrecision?: DatePrecision }[];
}

export async function personCreator(trx: Tx, input: PersonInput): Promise<number> {
  const { id } = await trx.insertInto('person').values({ slug: requireText(input.slug, 'person.slug'), gender: input.gender }).returning('id').executeTakeFirstOrThrow();
  await trx.insertInto('person_translation')
    .values(LOCALES.map((locale) => {
      const n = input.names[locale];
      return {
        person_id: id, locale,
        given_name: requireText(n.given, `person ${input.slug}: given name (${locale})`),
        patronymic: n.patronymic ?? null,
        family_name: requireText(n.family, `person ${input.slug}: family name (${locale})`),
      };
    }))
    .execute();
  for (const alias of input.aliases ?? []) {
    await trx.insertInto('person_alias').values({ person_id: id, locale: alias.locale, name: requireText(alias.name, `person ${input.slug}: alias`) }).execute();
  }
  for (const rank of input.ranks ?? []) {
    assertIsoDate(rank.since, `person ${input.slug}: rank since`);
    await trx.insertInto('person_rank').values({ person_id: id, rank_id: rank.rankId, since_on: rank.since, since_precision: rank.sincePrecision ?? 'day' }).execute();
  }
  return id;
}

export interface RoleInput {
  slug: string;
  function: string;
  stateCode?: string | null;
  bodyId?: number | null;
  singleHolder: boolean;
  names: PerLocale<{ name: string; shortName: string; plural?: string; cases?: RuCases }>;
}

export async function roleCreator(trx: Tx, input: RoleInput): Promise<number> {
  const { id } = await trx.insertInto('role')
    .values({ slug: requireText(input.slug, 'role.slug'), function: input.function, state_code: input.stateCode ?? null, body_id: input.bodyId ?? null, single_holder: input.singleHolder ? 1 : 0 })
    .returning('id').executeTakeFirstOrThrow();
  await trx.insertInto('role_translation')
    .values(LOCALES.map((locale) => {
      const n = input.names[locale];
      return {
        role_id: id, locale, name: requireText(n.name, `role ${input.slug}: name (${locale})`),
        short_name: requireText(n.shortName, `role ${input.slug}: short name (${locale})`), plural: n.plural ?? null, cases: casesJson(n.cases),
      };
    }))
    .execute();
  return id;
}

export interface AppointmentInput {
  personId: number;
  roleId: number;
  startedOn: string | null;
  startedPrecision?: DatePrecision;
  endedOn?: string | null;
  endedPrecision?: DatePrecision;
  note?: PerLocale<string>;
  /** On a single-holder role: end the term of the holder in office on the new start date (same transaction). */
  endPrevious?: boolean;
}

/** Appoints a person to a role; refuses an overlapping term on a single-holder role. */
export async function appointmentCreator(trx: Tx, input: AppointmentInput): Promise<number> {
  if (input.startedOn) assertIsoDate(input.startedOn, 'appointment start');
  if (input.endedOn) assertIsoDate(input.endedOn, 'appointment end');
  const term = { startedOn: input.startedOn, endedOn: input.endedOn ?? null };
  if (!termIsValid(term)) throw new AppError('input.invalid', `appointment ends (${term.endedOn}) before it starts (${term.startedOn})`, { where: 'ended_on' });
  const role = await trx.selectFrom('role').select(['slug', 'single_holder']).where('id', '=', input.roleId).executeTakeFirst();
  if (!role) throw new AppError('input.invalid', `role ${input.roleId} does not exist`, { where: 'role_id' });
  if (role.single_holder) await singleHolderCheck(trx, { roleId: input.roleId, roleSlug: role.slug, term, startedPrecision: input.startedPrecision ?? 'day', endPrevious: input.endPrevious === true, excludeId: null });
  const { id } = await trx.insertInto('appointment')
    .values({
      person_id: input.personId, role_id: input.roleId,
      started_on: input.startedOn, started_precision: input.startedPrecision ?? 'day',
      ended_on: input.endedOn ?? null, ended_precision: input.endedPrecision ?? 'day',
    })
    .returning('id').executeTakeFirstOrThrow();
  if (input.note) {
    await trx.insertInto('appointment_translation').values(LOCALES.map((locale) => ({ appointment_id: id, locale, note: input.note![locale] }))).execute();
  }
  return id;
}

// ---------------------------------------------------------------------------------------------
// Editing the directory (back office): updates and deletions. Each keeps the rules of the
// creators above; the office records the audit event with before/after in the same transaction.
// ---------------------------------------------------------------------------------------------

export interface HolderClash {
  appointmentId: number;
  personName: string;
  startedOn: string | null;
  endedOn: string | null;
}

/** The term of another holder of a single-holder role that `term` overlaps, with the holder's name (in `locale`). */
export async function findHolderClash(db: Tx, input: { roleId: number; term: { startedOn: string | null; endedOn: string | null }; excludeId?: number | null; locale?: string }): Promise<HolderClash | undefined> {
  const role = await db.selectFrom('role').select('single_holder').where('id', '=', input.roleId).executeTakeFirst();
  if (!role?.single_holder) return undefined;
  let q = db.selectFrom('appointment')
    .innerJoin('person_translation as pt', (j) => j.onRef('pt.person_id', '=', 'appointment.person_id').on('pt.locale', '=', input.locale ?? 'en'))
    .select(['appointment.id', 'appointment.started_on', 'appointment.ended_on', 'pt.given_name', 'pt.family_name'])
    .where('appointment.role_id', '=', input.roleId);
  if (input.excludeId != null) q = q.where('appointment.id', '!=', input.excludeId);
  const others = await q.orderBy('appointment.id').execute();
  const clash = others.find((o) => termsOverlap({ startedOn: o.started_on, endedOn: o.ended_on }, input.term));
  return clash ? { appointmentId: clash.id, personName: `${clash.given_name} ${clash.family_name}`, startedOn: clash.started_on, endedOn: clash.ended_on } : undefined;
}

/**
 * The single-holder rule. With `endPrevious`, the terms the new one overlaps are ended on its start
 * (a hand-over, see domain.ts): on the new start's day, with the new start's precision — a
 * successor known to start "2021-08" ends the previous term "2021-08", on its first day.
 */
async function singleHolderCheck(trx: Tx, input: { roleId: number; roleSlug: string; term: { startedOn: string | null; endedOn: string | null }; startedPrecision: DatePrecision; endPrevious: boolean; excludeId: number | null }): Promise<void> {
  let q = trx.selectFrom('appointment').select(['id', 'started_on', 'ended_on']).where('role_id', '=', input.roleId);
  if (input.excludeId !== null) q = q.where('id', '!=', input.excludeId);
  const others = (await q.execute()).map((o) => ({ id: o.id, startedOn: o.started_on, endedOn: o.ended_on }));
  const clash = others.find((o) => termsOverlap(o, input.term));
  if (!clash) return;
  if (input.endPrevious) {
    const toEnd = termsToEnd(others, input.term);
    if (toEnd && input.term.startedOn) {
      for (const o of toEnd) await trx.updateTable('appointment').set({ ended_on: input.term.startedOn, ended_precision: input.startedPrecision }).where('id', '=', o.id).execute();
      return;
    }
  }
  const holder = await findHolderClash(trx, { roleId: input.roleId, term: input.term, excludeId: input.excludeId });
  throw new AppError('conflict', `role ${input.roleSlug} has one holder at a time, and the term ${input.term.startedOn ?? '…'}..${input.term.endedOn ?? 'now'} overlaps the term of ${holder?.personName ?? 'another holder'} ${clash.startedOn ?? '…'}..${clash.endedOn ?? 'now'}`, { where: 'started_on' });
}

function requireFound(n: bigint | number | undefined, what: string): void {
  if (!n || Number(n) === 0) throw new AppError('not_found', `${what} does not exist`);
}

async function replaceTranslations<T extends 'body_translation' | 'person_translation' | 'rank_translation' | 'role_translation' | 'member_state_translation' | 'section_translation' | 'contact_translation' | 'appointment_translation'>(
  trx: Tx, table: T, key: string, id: number | string, rows: Record<string, unknown>[],
): Promise<void> {
  await trx.deleteFrom(table as 'body_translation').where(key as 'body_id', '=', id as number).execute();
  if (rows.length > 0) await trx.insertInto(table as 'body_translation').values(rows as never).execute();
}

export async function bodyUpdater(trx: Tx, id: number, input: BodyInput): Promise<void> {
  if (input.parentId === id) throw new AppError('input.invalid', 'a body cannot be its own parent', { where: 'parent_id' });
  if (input.parentId != null) {
    // No cycles: the new parent must not be below this body.
    const all = await trx.selectFrom('body').select(['id', 'parent_id']).execute();
    let at: number | null = input.parentId;
    for (let i = 0; at !== null && i < all.length + 1; i++) {
      if (at === id) throw new AppError('input.invalid', 'the parent chosen is inside this body', { where: 'parent_id' });
      at = all.find((b) => b.id === at)?.parent_id ?? null;
    }
  }
  const r = await trx.updateTable('body')
    .set({ slug: requireText(input.slug, 'body.slug'), kind: input.kind, parent_id: input.parentId ?? null, sort_order: input.sortOrder ?? 0 })
    .where('id', '=', id).executeTakeFirst();
  requireFound(r.numUpdatedRows, `body ${id}`);
  await replaceTranslations(trx, 'body_translation', 'body_id', id, LOCALES.map((locale) => {
    const n = input.names[locale];
    return { body_id: id, locale, name: requireText(n.name, `body ${input.slug}: name (${locale})`), short_name: n.shortName || null, abbreviation: n.abbreviation || null, cases: casesJson(n.cases) };
  }));
}

export async function memberStateUpdater(trx: Tx, code: string, input: Omit<MemberStateInput, 'code'>): Promise<void> {
  const r = await trx.updateTable('member_state').set({ protocol_order: input.protocolOrder }).where('code', '=', code).executeTakeFirst();
  requireFound(r.numUpdatedRows, `member state ${code}`);
  await replaceTranslations(trx, 'member_state_translation', 'state_code', code, LOCALES.map((locale) => {
    const n = input.names[locale];
    return {
      state_code: code, locale,
      short_name: requireText(n.shortName, `state ${code}: short name (${locale})`),
      official_name: requireText(n.officialName, `state ${code}: official name (${locale})`),
      short_cases: casesJson(n.shortCases), official_cases: casesJson(n.officialCases),
    };
  }));
  await trx.deleteFrom('membership').where('state_code', '=', code).execute();
  for (const [i, m] of input.memberships.entries()) {
    assertIsoDate(m.startedOn, `membership ${i + 1} start`);
    if (m.endedOn) assertIsoDate(m.endedOn, `membership ${i + 1} end`);
    if (m.endedOn && m.endedOn < m.startedOn) throw new AppError('input.invalid', `membership ${i + 1} ends (${m.endedOn}) before it starts (${m.startedOn})`, { where: 'memberships' });
    await trx.insertInto('membership').values({ state_code: code, started_on: m.startedOn, ended_on: m.endedOn ?? null }).execute();
  }
}

export async function chairmanshipUpdater(trx: Tx, id: number, input: ChairmanshipInput): Promise<void> {
  assertIsoDate(input.startedOn, 'chairmanship start');
  assertIsoDate(input.endedOn, 'chairmanship end');
  if (input.endedOn < input.startedOn) throw new AppError('input.invalid', `chairmanship of ${input.stateCode} ends (${input.endedOn}) before it starts (${input.startedOn})`, { where: 'ended_on' });
  let q = trx.selectFrom('chairmanship').select(['state_code', 'started_on', 'ended_on'])
    .where('started_on', '<=', input.endedOn).where('ended_on', '>=', input.startedOn).where('id', '!=', id);
  q = input.bodyId == null ? q.where('body_id', 'is', null) : q.where('body_id', '=', input.bodyId);
  const clash = await q.executeTakeFirst();
  if (clash) throw new AppError('conflict', `chairmanship ${input.startedOn}..${input.endedOn} overlaps the chairmanship of ${clash.state_code} (${clash.started_on}..${clash.ended_on})`, { where: 'started_on' });
  const r = await trx.updateTable('chairmanship').set({ state_code: input.stateCode, body_id: input.bodyId ?? null, started_on: input.startedOn, ended_on: input.endedOn }).where('id', '=', id).executeTakeFirst();
  requireFound(r.numUpdatedRows, `chairmanship ${id}`);
}

export async function chairmanshipDeleter(trx: Tx, id: number): Promise<void> {
  const r = await trx.deleteFrom('chairmanship').where('id', '=', id).executeTakeFirst();
  requireFound(r.numDeletedRows, `chairmanship ${id}`);
}

export async function rankUpdater(trx: Tx, id: number, input: RankInput): Promise<void> {
  const r = await trx.updateTable('rank').set({ slug: requireText(input.slug, 'rank.slug'), kind: input.kind }).where('id', '=', id).executeTakeFirst();
  requireFound(r.numUpdatedRows, `rank ${id}`);
  await replaceTranslations(trx, 'rank_translation', 'rank_id', id, LOCALES.map((locale) => ({
    rank_id: id, locale, name: requireText(input.names[locale].name, `rank ${input.slug}: name (${locale})`), cases: casesJson(input.names[locale].cases),
  })));
}

/** Changes a person's names, gender and aliases (ranks are added and removed on their own). */
export async function personUpdater(trx: Tx, id: number, input: Omit<PersonInput, 'ranks'>): Promise<void> {
  const r = await trx.updateTable('person').set({ slug: requireText(input.slug, 'person.slug'), gender: input.gender }).where('id', '=', id).executeTakeFirst();
  requireFound(r.numUpdatedRows, `person ${id}`);
  await replaceTranslations(trx, 'person_translation', 'person_id', id, LOCALES.map((locale) => {
    const n = input.names[locale];
    return {
      person_id: id, locale, given_name: requireText(n.given, `person ${input.slug}: given name (${locale})`),
      patronymic: n.patronymic?.trim() || null, family_name: requireText(n.family, `person ${input.slug}: family name (${locale})`),
    };
  }));
  await trx.deleteFrom('person_alias').where('person_id', '=', id).execute();
  for (const alias of input.aliases ?? []) {
    await trx.insertInto('person_alias').values({ person_id: id, locale: alias.locale, name: requireText(alias.name, `person ${input.slug}: alias`) }).execute();
  }
}

/** A rank held by a person from a date (a promotion). */
export async function personRankAdder(trx: Tx, input: { personId: number; rankId: number; since: string; sincePrecision?: DatePrecision }): Promise<number> {
  assertIsoDate(input.since, 'rank since');
  const rank = await trx.selectFrom('rank').select('id').where('id', '=', input.rankId).executeTakeFirst();
  if (!rank) throw new AppError('input.invalid', `rank ${input.rankId} does not exist`, { where: 'rank_id' });
  const same = await trx.selectFrom('person_rank').select('id').where('person_id', '=', input.personId).where('since_on', '=', input.since).executeTakeFirst();
  if (same) throw new AppError('conflict', `the person already has a rank from ${input.since}`, { where: 'since' });
  const { id } = await trx.insertInto('person_rank').values({ person_id: input.personId, rank_id: input.rankId, since_on: input.since, since_precision: input.sincePrecision ?? 'day' }).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function personRankRemover(trx: Tx, input: { personId: number; personRankId: number }): Promise<void> {
  const r = await trx.deleteFrom('person_rank').where('id', '=', input.personRankId).where('person_id', '=', input.personId).executeTakeFirst();
  requireFound(r.numDeletedRows, `rank entry ${input.personRankId}`);
}

export async function roleUpdater(trx: Tx, id: number, input: RoleInput): Promise<void> {
  const before = await trx.selectFrom('role').select('single_holder').where('id', '=', id).executeTakeFirst();
  if (!before) throw new AppError('not_found', `role ${id} does not exist`);
  if (input.singleHolder && !before.single_holder) {
    const terms = await trx.selectFrom('appointment').select(['started_on', 'ended_on']).where('role_id', '=', id).execute();
    const t = terms.map((o) => ({ startedOn: o.started_on, endedOn: o.ended_on }));
    if (t.some((a, i) => t.some((b, j) => i < j && termsOverlap(a, b)))) {
      throw new AppError('conflict', `role ${input.slug} cannot become single-holder: some of its appointments overlap`, { where: 'single_holder' });
    }
  }
  await trx.updateTable('role')
    .set({ slug: requireText(input.slug, 'role.slug'), function: input.function, state_code: input.stateCode ?? null, body_id: input.bodyId ?? null, single_holder: input.singleHolder ? 1 : 0 })
    .where('id', '=', id).execute();
  await replaceTranslations(trx, 'role_translation', 'role_id', id, LOCALES.map((locale) => {
    const n = input.names[locale];
    return {
      role_id: id, locale, name: requireText(n.name, `role ${input.slug}: name (${locale})`),
      short_name: requireText(n.shortName, `role ${input.slug}: short name (${locale})`), plural: n.plural?.trim() || null, cases: casesJson(n.cases),
    };
  }));
}

/** Changes an appointment's person, role or term; the single-holder rule holds as for a new one. */
export async function appointmentUpdater(trx: Tx, id: number, input: AppointmentInput): Promise<void> {
  if (input.startedOn) assertIsoDate(input.startedOn, 'appointment start');
  if (input.endedOn) assertIsoDate(input.endedOn, 'appointment end');
  const term = { startedOn: input.startedOn, endedOn: input.endedOn ?? null };
  if (!termIsValid(term)) throw new AppError('input.invalid', `appointment ends (${term.endedOn}) before it starts (${term.startedOn})`, { where: 'ended_on' });
  const existing = await trx.selectFrom('appointment').select('id').where('id', '=', id).executeTakeFirst();
  if (!existing) throw new AppError('not_found', `appointment ${id} does not exist`);
  const role = await trx.selectFrom('role').select(['slug', 'single_holder']).where('id', '=', input.roleId).executeTakeFirst();
  if (!role) throw new AppError('input.invalid', `role ${input.roleId} does not exist`, { where: 'role_id' });
  if (role.single_holder) await singleHolderCheck(trx, { roleId: input.roleId, roleSlug: role.slug, term, startedPrecision: input.startedPrecision ?? 'day', endPrevious: input.endPrevious === true, excludeId: id });
  await trx.updateTable('appointment').set({
    person_id: input.personId, role_id: input.roleId,
    started_on: input.startedOn, started_precision: input.startedPrecision ?? 'day',
    ended_on: input.endedOn ?? null, ended_precision: input.endedPrecision ?? 'day',
  }).where('id', '=', id).execute();
  await trx.deleteFrom('appointment_translation').where('appointment_id', '=', id).execute();
  if (input.note && LOCALES.some((l) => input.note![l]?.trim())) {
    await trx.insertInto('appointment_translation').values(LOCALES.map((locale) => ({ appointment_id: id, locale, note: input.note![locale] ?? '' }))).execute();
  }
}

// ---------------------------------------------------------------------------------------------
// Deletions. A record is deleted with what belongs only to it (translations, aliases, case forms,
// a person's ranks, a state's membership periods, a contact's phones) and refused with a
// RecordInUseError — a sentence naming what still refers to it — while anything does: foreign
// keys (meetings, participants, items, appointments, roles, chairmanships, sections, child
// bodies, contacts, ranks held) and loose references (search index facets, redirects and links in
// items' texts to its public page). Nothing is left dangling and nothing is deleted in cascade.
// ---------------------------------------------------------------------------------------------

/** A deletion refused because other records still refer to the one to be deleted (status 409). */
export class RecordInUseError extends AppError {
  constructor(readonly subject: RecordRef, readonly uses: InUse[]) {
    super('conflict', inUseSentence(subject, uses), { where: 'delete' });
  }
}

type RefQuery = SelectQueryBuilder<DB, any, { ref: string | number | null }>;

/** Which records refer in one way: the first few (in order) and how many; null when none. */
async function usesOf(trx: Tx, relation: InUseRelation, query: RefQuery): Promise<InUse | null> {
  const rows = await query.distinct().orderBy('ref').limit(IN_USE_LISTED + 1).execute();
  const ids = rows.map((r) => r.ref).filter((r): r is string | number => r !== null).map(String);
  if (ids.length === 0) return null;
  let total = ids.length;
  if (ids.length > IN_USE_LISTED) {
    const counted = await trx.selectFrom(query.distinct().as('refs')).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    total = Number(counted.n);
  }
  return { relation, ids: ids.slice(0, IN_USE_LISTED), total };
}

/** A query's referring records, or references already found (those that need more than SQL can say). */
type Check = [InUseRelation, RefQuery] | (() => Promise<InUse | null>);

async function refuseIfUsed(trx: Tx, subject: RecordRef, checks: Check[]): Promise<void> {
  const found: InUse[] = [];
  for (const check of checks) {
    const use = Array.isArray(check) ? await usesOf(trx, check[0], check[1]) : await check();
    if (use) found.push(use);
  }
  // The search index follows items, meetings and appointments: while one of those still refers to
  // the record, the index entries only repeat it. Named alone they are stale, and the sentence
  // says to rebuild the index.
  const named = found.some((u) => u.relation !== 'search_entry') ? found.filter((u) => u.relation !== 'search_entry') : found;
  if (named.length > 0) throw new RecordInUseError(subject, named);
}

/** LIKE pattern text with its wildcards escaped ("!" is the escape character). */
function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (c) => `!${c}`);
}

function likeText(text: string): string {
  return escapeLike(text.toLowerCase());
}

function usesFrom(relation: InUseRelation, refs: string[], compare: (a: string, b: string) => number): InUse | null {
  const ids = [...new Set(refs)].sort(compare);
  return ids.length === 0 ? null : { relation, ids: ids.slice(0, IN_USE_LISTED), total: ids.length };
}

/**
 * Loose references to a public page at `segment` (`/people/{slug}`, `/bodies/{slug}`,
 * `/states/{code}`, `/news/{section}`): redirects leading there, and links in items' texts (any
 * edition, any language). SQL narrows the rows down; `namesPage` decides.
 */
function pageReferences(trx: Tx, segment: string): Check[] {
  const contains = (column: 'redirect.to_path' | 't.body') => sql<boolean>`lower(${sql.ref(column)}) like ${`%${likeText(segment)}%`} escape '!'`;
  return [
    () => trx.selectFrom('redirect').select(['from_path', 'to_path']).where(contains('redirect.to_path')).execute()
      .then((rows) => usesFrom('redirect', rows.filter((r) => namesPage(r.to_path, segment)).map((r) => r.from_path), (a, b) => (a < b ? -1 : a > b ? 1 : 0))),
    () => trx.selectFrom('edition_translation as t').innerJoin('edition', 'edition.id', 't.edition_id').select(['edition.document_id', 't.body']).where(contains('t.body')).execute()
      .then((rows) => usesFrom('item_text_link', rows.filter((r) => namesPage(r.body, segment)).map((r) => String(r.document_id)), (a, b) => Number(a) - Number(b))),
  ];
}

/** Search index entries whose comma-separated facet column holds `value` (a person's or body's id, a state's code). */
function facetHolds(trx: Tx, column: 'facet_people' | 'facet_bodies' | 'facet_states', value: string): RefQuery {
  return trx.selectFrom('search_entry').select('search_entry.document_id as ref')
    .where(sql<boolean>`(',' || ${sql.ref(column)} || ',') like ${`%,${escapeLike(value)},%`} escape '!'`);
}

/** Removes an appointment no meeting, item or contact refers to. */
export async function appointmentDeleter(trx: Tx, id: number): Promise<void> {
  const existing = await trx.selectFrom('appointment').select('id').where('id', '=', id).executeTakeFirst();
  if (!existing) throw new AppError('not_found', `appointment ${id} does not exist`);
  await refuseIfUsed(trx, { entity: 'appointment', label: String(id) }, [
    ['meeting_chair', trx.selectFrom('meeting').select('meeting.id as ref').where('chair_appointment_id', '=', id)],
    ['meeting_participant', trx.selectFrom('meeting_participant').select('meeting_participant.meeting_id as ref').where('appointment_id', '=', id)],
    ['item_author', trx.selectFrom('document').select('document.id as ref').where('author_appointment_id', '=', id)],
    ['contact_appointment', trx.selectFrom('contact').select('contact.id as ref').where('appointment_id', '=', id)],
  ]);
  await trx.deleteFrom('appointment_translation').where('appointment_id', '=', id).execute();
  const r = await trx.deleteFrom('appointment').where('id', '=', id).executeTakeFirst();
  requireFound(r.numDeletedRows, `appointment ${id}`);
}

/** Removes a person (names, aliases, ranks held) whom no appointment, meeting, item, search entry, redirect or item text refers to. */
export async function personDeleter(trx: Tx, id: number): Promise<void> {
  const person = await trx.selectFrom('person').select(['id', 'slug']).where('id', '=', id).executeTakeFirst();
  if (!person) throw new AppError('not_found', `person ${id} does not exist`);
  await refuseIfUsed(trx, { entity: 'person', label: String(id) }, [
    ['holds_appointment', trx.selectFrom('appointment').select('appointment.id as ref').where('person_id', '=', id)],
    ['meeting_participant', trx.selectFrom('meeting_participant').select('meeting_participant.meeting_id as ref').where('person_id', '=', id)],
    ['item_link', trx.selectFrom('document_person').select('document_person.document_id as ref').where('person_id', '=', id)],
    ['search_entry', facetHolds(trx, 'facet_people', String(id))],
    ...pageReferences(trx, `/people/${person.slug}`),
  ]);
  await trx.deleteFrom('person_rank').where('person_id', '=', id).execute();
  await trx.deleteFrom('person_alias').where('person_id', '=', id).execute();
  await trx.deleteFrom('person_translation').where('person_id', '=', id).execute();
  const r = await trx.deleteFrom('person').where('id', '=', id).executeTakeFirst();
  requireFound(r.numDeletedRows, `person ${id}`);
}

/** Removes a role (names, case forms) no appointment holds. */
export async function roleDeleter(trx: Tx, id: number): Promise<void> {
  const role = await trx.selectFrom('role').select('id').where('id', '=', id).executeTakeFirst();
  if (!role) throw new AppError('not_found', `role ${id} does not exist`);
  await refuseIfUsed(trx, { entity: 'role', label: String(id) }, [
    ['appointment_to_role', trx.selectFrom('appointment').select('appointment.id as ref').where('role_id', '=', id)],
  ]);
  await trx.deleteFrom('role_translation').where('role_id', '=', id).execute();
  const r = await trx.deleteFrom('role').where('id', '=', id).executeTakeFirst();
  requireFound(r.numDeletedRows, `role ${id}`);
}

/** Removes a body (names, case forms) that has no child bodies, roles, sections, chairmanships, meetings, items, search entries, redirects or links. */
export async function bodyDeleter(trx: Tx, id: number): Promise<void> {
  const body = await trx.selectFrom('body').select(['id', 'slug']).where('id', '=', id).executeTakeFirst();
  if (!body) throw new AppError('not_found', `body ${id} does not exist`);
  await refuseIfUsed(trx, { entity: 'body', label: String(id) }, [
    ['child_body', trx.selectFrom('body').select('body.id as ref').where('parent_id', '=', id)],
    ['role', trx.selectFrom('role').select('role.id as ref').where('body_id', '=', id)],
    ['section_body', trx.selectFrom('section').select('section.id as ref').where('body_id', '=', id)],
    ['chairmanship', trx.selectFrom('chairmanship').select('chairmanship.id as ref').where('body_id', '=', id)],
    ['meeting_body', trx.selectFrom('meeting').select('meeting.id as ref').where('body_id', '=', id)],
    ['item_link', trx.selectFrom('document_body').select('document_body.document_id as ref').where('body_id', '=', id)],
    ['search_entry', facetHolds(trx, 'facet_bodies', String(id))],
    ...pageReferences(trx, `/bodies/${body.slug}`),
  ]);
  await trx.deleteFrom('body_translation').where('body_id', '=', id).execute();
  const r = await trx.deleteFrom('body').where('id', '=', id).executeTakeFirst();
  requireFound(r.numDeletedRows, `body ${id}`);
}

/** Removes a member state (names, case forms, membership periods) no role, chairmanship, meeting, item, search entry, redirect or link refers to. */
export async function memberStateDeleter(trx: Tx, code: string): Promise<void> {
  const state = await trx.selectFrom('member_state').select('code').where('code', '=', code).executeTakeFirst();
  if (!state) throw new AppError('not_found', `member state ${code} does not exist`);
  await refuseIfUsed(trx, { entity: 'member_state', label: code }, [
    ['role', trx.selectFrom('role').select('role.id as ref').where('state_code', '=', code)],
    ['chairmanship', trx.selectFrom('chairmanship').select('chairmanship.id as ref').where('state_code', '=', code)],
    ['meeting_participant', trx.selectFrom('meeting_participant').select('meeting_participant.meeting_id as ref').where('state_code', '=', code)],
    ['item_link', trx.selectFrom('document_state').select('document_state.document_id as ref').where('state_code', '=', code)],
    ['search_entry', facetHolds(trx, 'facet_states', code)],
    ...pageReferences(trx, `/states/${code.toLowerCase()}`),
  ]);
  await trx.deleteFrom('membership').where('state_code', '=', code).execute();
  await trx.deleteFrom('member_state_translation').where('state_code', '=', code).execute();
  const r = await trx.deleteFrom('member_state').where('code', '=', code).executeTakeFirst();
  requireFound(r.numDeletedRows, `member state ${code}`);
}

/** Removes a section (names, descriptions) that holds no item and that no search entry, redirect or link refers to. */
export async function sectionDeleter(trx: Tx, id: number): Promise<void> {
  const section = await trx.selectFrom('section').select(['id', 'slug']).where('id', '=', id).executeTakeFirst();
  if (!section) throw new AppError('not_found', `section ${id} does not exist`);
  await refuseIfUsed(trx, { entity: 'section', label: section.slug }, [
    ['section_item', trx.selectFrom('document').select('document.id as ref').where('section_id', '=', id)],
    ['search_entry', trx.selectFrom('search_entry').select('search_entry.document_id as ref').where('section_id', '=', id)],
    ...pageReferences(trx, `/news/${section.slug}`),
  ]);
  await trx.deleteFrom('section_translation').where('section_id', '=', id).execute();
  const r = await trx.deleteFrom('section').where('id', '=', id).executeTakeFirst();
  requireFound(r.numDeletedRows, `section ${id}`);
}

/** Removes a press contact (names, positions, phones) no item names. */
export async function contactDeleter(trx: Tx, id: number): Promise<void> {
  const contact = await trx.selectFrom('contact').select('id').where('id', '=', id).executeTakeFirst();
  if (!contact) throw new AppError('not_found', `press contact ${id} does not exist`);
  await refuseIfUsed(trx, { entity: 'contact', label: String(id) }, [
    ['contact_item', trx.selectFrom('document').select('document.id as ref').where('contact_id', '=', id)],
  ]);
  await trx.deleteFrom('contact_phone').where('contact_id', '=', id).execute();
  await trx.deleteFrom('contact_translation').where('contact_id', '=', id).execute();
  const r = await trx.deleteFrom('contact').where('id', '=', id).executeTakeFirst();
  requireFound(r.numDeletedRows, `press contact ${id}`);
}

/** Removes a rank (names, case forms) nobody holds. */
export async function rankDeleter(trx: Tx, id: number): Promise<void> {
  const rank = await trx.selectFrom('rank').select('id').where('id', '=', id).executeTakeFirst();
  if (!rank) throw new AppError('not_found', `rank ${id} does not exist`);
  await refuseIfUsed(trx, { entity: 'rank', label: String(id) }, [
    ['rank_holder', trx.selectFrom('person_rank').select('person_rank.person_id as ref').where('rank_id', '=', id)],
  ]);
  await trx.deleteFrom('rank_translation').where('rank_id', '=', id).execute();
  const r = await trx.deleteFrom('rank').where('id', '=', id).executeTakeFirst();
  requireFound(r.numDeletedRows, `rank ${id}`);
}

export interface SectionEdit {
  slug: string;
  bodyId?: number | null;
  sortOrder?: number;
  names: PerLocale<{ name: string; description?: string }>;
}

export async function sectionUpdater(trx: Tx, id: number, input: SectionEdit): Promise<void> {
  if (!isSlug(input.slug)) throw new AppError('input.invalid', `section slug "${input.slug}" must be lowercase Latin letters, digits and single hyphens`, { where: 'slug' });
  const r = await trx.updateTable('section').set({ slug: input.slug, body_id: input.bodyId ?? null, sort_order: input.sortOrder ?? 0 }).where('id', '=', id).executeTakeFirst();
  requireFound(r.numUpdatedRows, `section ${id}`);
  await replaceTranslations(trx, 'section_translation', 'section_id', id, LOCALES.map((locale) => ({
    section_id: id, locale, name: requireText(input.names[locale].name, `section ${input.slug}: name (${locale})`), description: input.names[locale].description?.trim() || null,
  })));
}

export interface ContactEdit {
  slug: string;
  appointmentId?: number | null;
  email?: string | null;
  names: PerLocale<{ name: string; role: string }>;
  phones: string[];
}

/** Changes a press contact; phones are validated and stored as E.164 (+74957952710). */
export async function contactUpdater(trx: Tx, id: number, input: ContactEdit): Promise<void> {
  const phones = input.phones.map((p, i) => toE164(p, `phone ${i + 1}`));
  if (input.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email)) throw new AppError('input.invalid', `"${input.email}" is not an e-mail address`, { where: 'email' });
  if (!isSlug(input.slug)) throw new AppError('input.invalid', `contact slug "${input.slug}" must be lowercase Latin letters, digits and single hyphens`, { where: 'slug' });
  const r = await trx.updateTable('contact').set({ slug: input.slug, appointment_id: input.appointmentId ?? null, email: input.email || null }).where('id', '=', id).executeTakeFirst();
  requireFound(r.numUpdatedRows, `contact ${id}`);
  await replaceTranslations(trx, 'contact_translation', 'contact_id', id, LOCALES.map((locale) => ({
    contact_id: id, locale, name: requireText(input.names[locale].name, `contact: name (${locale})`), role: input.names[locale].role ?? '',
  })));
  await trx.deleteFrom('contact_phone').where('contact_id', '=', id).execute();
  for (const [position, e164] of phones.entries()) await trx.insertInto('contact_phone').values({ contact_id: id, position, e164 }).execute();
}
