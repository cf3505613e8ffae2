/**
 * Writes to the directory. Each command takes a Kysely transaction (or connection) and plain
 * input, checks the rules of domain.ts and fails with an AppError naming the field.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import { AppError } from '../platform/errors.ts';
import { LOCALES, type PerLocale } from '../platform/i18n/locales.ts';
import type { RuCases } from '../platform/i18n/cases.ts';
import { assertIsoDate } from '../platform/time.ts';
import { termIsValid, termsOverlap, type DatePrecision } from './domain.ts';

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
}

/** Appoints a person to a role; refuses an overlapping term on a single-holder role. */
export async function appointmentCreator(trx: Tx, input: AppointmentInput): Promise<number> {
  if (input.startedOn) assertIsoDate(input.startedOn, 'appointment start');
  if (input.endedOn) assertIsoDate(input.endedOn, 'appointment end');
  const term = { startedOn: input.startedOn, endedOn: input.endedOn ?? null };
  if (!termIsValid(term)) throw new AppError('input.invalid', `appointment ends (${term.endedOn}) before it starts (${term.startedOn})`, { where: 'ended_on' });
  const role = await trx.selectFrom('role').select(['slug', 'single_holder']).where('id', '=', input.roleId).executeTakeFirst();
  if (!role) throw new AppError('input.invalid', `role ${input.roleId} does not exist`, { where: 'role_id' });
  if (role.single_holder) {
    const others = await trx.selectFrom('appointment').select(['started_on', 'ended_on']).where('role_id', '=', input.roleId).execute();
    const clash = others.find((o) => termsOverlap({ startedOn: o.started_on, endedOn: o.ended_on }, term));
    if (clash) {
      throw new AppError('conflict', `role ${role.slug} has one holder at a time, and the term ${term.startedOn ?? '…'}..${term.endedOn ?? 'now'} overlaps another holder's term ${clash.started_on ?? '…'}..${clash.ended_on ?? 'now'}`, { where: 'started_on' });
    }
  }
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
