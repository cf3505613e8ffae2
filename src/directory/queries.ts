/** Named reads of the directory. */
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import type { Locale } from '../platform/i18n/locales.ts';
import type { RuCases } from '../platform/i18n/cases.ts';

type Db = Kysely<DB>;

export function parseCases(json: string | null): RuCases | undefined {
  if (!json) return undefined;
  const value: unknown = JSON.parse(json);
  return value && typeof value === 'object' ? (value as RuCases) : undefined;
}

export interface AppointmentView {
  appointmentId: number;
  person: { id: number; slug: string; gender: 'male' | 'female'; given: string; patronymic: string | null; family: string };
  role: { id: number; slug: string; function: string; name: string; shortName: string; plural: string | null; cases: RuCases | undefined; bodyId: number | null };
  state: { code: string; shortName: string; officialName: string; officialCases: RuCases | undefined } | null;
  /** The rank the person held on the date asked for, if any. */
  rank: { slug: string; name: string; cases: RuCases | undefined } | null;
}

/** Appointments with the person, the role, its state, and the rank held on `onDate`, in the order of `ids`. */
export async function appointmentViews(db: Db, locale: Locale, ids: readonly number[], onDate: string): Promise<AppointmentView[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('appointment')
    .innerJoin('person', 'person.id', 'appointment.person_id')
    .innerJoin('person_translation as pt', (j) => j.onRef('pt.person_id', '=', 'person.id').on('pt.locale', '=', locale))
    .innerJoin('role', 'role.id', 'appointment.role_id')
    .innerJoin('role_translation as rt', (j) => j.onRef('rt.role_id', '=', 'role.id').on('rt.locale', '=', locale))
    .leftJoin('member_state_translation as st', (j) => j.onRef('st.state_code', '=', 'role.state_code').on('st.locale', '=', locale))
    .select([
      'appointment.id as appointmentId', 'person.id as personId', 'person.slug as personSlug', 'person.gender',
      'pt.given_name', 'pt.patronymic', 'pt.family_name',
      'role.id as roleId', 'role.slug as roleSlug', 'role.function', 'role.body_id as roleBodyId', 'rt.name as roleName', 'rt.short_name as roleShortName',
      'rt.plural as rolePlural', 'rt.cases as roleCases',
      'role.state_code as stateCode', 'st.short_name as stateShortName', 'st.official_name as stateOfficialName', 'st.official_cases as stateOfficialCases',
    ])
    .where('appointment.id', 'in', ids)
    .execute();
  const personIds = [...new Set(rows.map((r) => r.personId))];
  const ranks = await db.selectFrom('person_rank')
    .innerJoin('rank', 'rank.id', 'person_rank.rank_id')
    .innerJoin('rank_translation as t', (j) => j.onRef('t.rank_id', '=', 'rank.id').on('t.locale', '=', locale))
    .select(['person_rank.person_id', 'person_rank.since_on', 'rank.slug', 't.name', 't.cases'])
    .where('person_rank.person_id', 'in', personIds)
    .where('person_rank.since_on', '<=', onDate)
    .orderBy('person_rank.since_on', 'desc')
    .execute();
  return ids.flatMap((id) => {
    const r = rows.find((row) => row.appointmentId === id);
    if (!r) return [];
    const rank = ranks.find((k) => k.person_id === r.personId);
    return [{
      appointmentId: r.appointmentId,
      person: { id: r.personId, slug: r.personSlug, gender: r.gender, given: r.given_name, patronymic: r.patronymic, family: r.family_name },
      role: {
        id: r.roleId, slug: r.roleSlug, function: r.function, name: r.roleName, shortName: r.roleShortName,
        plural: r.rolePlural, cases: parseCases(r.roleCases), bodyId: r.roleBodyId,
      },
      state: r.stateCode && r.stateOfficialName
        ? { code: r.stateCode, shortName: r.stateShortName ?? r.stateOfficialName, officialName: r.stateOfficialName, officialCases: parseCases(r.stateOfficialCases) }
        : null,
      rank: rank ? { slug: rank.slug, name: rank.name, cases: parseCases(rank.cases) } : null,
    }];
  });
}

export interface BodyName {
  id: number;
  slug: string;
  kind: string;
  name: string;
  shortName: string | null;
  abbreviation: string | null;
  cases: RuCases | undefined;
}

export async function bodyNames(db: Db, locale: Locale, ids: readonly number[]): Promise<BodyName[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('body')
    .innerJoin('body_translation as t', (j) => j.onRef('t.body_id', '=', 'body.id').on('t.locale', '=', locale))
    .select(['body.id', 'body.slug', 'body.kind', 't.name', 't.short_name', 't.abbreviation', 't.cases'])
    .where('body.id', 'in', ids)
    .execute();
  return rows.map((r) => ({ id: r.id, slug: r.slug, kind: r.kind, name: r.name, shortName: r.short_name, abbreviation: r.abbreviation, cases: parseCases(r.cases) }));
}

/** The organization itself: the top body of kind `organization`. */
export async function findOrganization(db: Db, locale: Locale): Promise<BodyName | undefined> {
  const row = await db.selectFrom('body').select('id').where('kind', '=', 'organization').where('parent_id', 'is', null).orderBy('id').executeTakeFirst();
  return row ? (await bodyNames(db, locale, [row.id]))[0] : undefined;
}
