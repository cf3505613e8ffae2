/** Named reads of the directory. */
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import type { Locale } from '../platform/i18n/locales.ts';
import type { RuCases } from '../platform/i18n/cases.ts';
import { partialDateText, type DatePrecision } from './domain.ts';

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

// ---------------------------------------------------------------------------------------------
// Directory pages (people, bodies, member states) and the published items linked to them.
// ---------------------------------------------------------------------------------------------

/** How precisely a date was recorded (the directory's own type). */
export type Precision = DatePrecision;

export interface PersonProfile {
  id: number;
  slug: string;
  gender: 'male' | 'female';
  given: string;
  patronymic: string | null;
  family: string;
  aliases: string[];
  ranks: { name: string; since: string; sincePrecision: Precision }[];
  appointments: PersonAppointment[];
}

export interface PersonAppointment {
  appointmentId: number;
  roleName: string;
  roleShortName: string;
  startedOn: string | null;
  startedPrecision: Precision;
  endedOn: string | null;
  endedPrecision: Precision;
  note: string | null;
  state: { code: string; name: string } | null;
  body: { slug: string; name: string } | null;
}

/** A person with their ranks and appointments over time, oldest first; undefined when the slug is unknown. */
export async function findPersonProfile(db: Db, locale: Locale, slug: string): Promise<PersonProfile | undefined> {
  const person = await db.selectFrom('person')
    .innerJoin('person_translation as t', (j) => j.onRef('t.person_id', '=', 'person.id').on('t.locale', '=', locale))
    .select(['person.id', 'person.slug', 'person.gender', 't.given_name', 't.patronymic', 't.family_name'])
    .where('person.slug', '=', slug)
    .executeTakeFirst();
  if (!person) return undefined;
  const [aliases, ranks, appointments] = await Promise.all([
    db.selectFrom('person_alias').select('name').where('person_id', '=', person.id).orderBy('id').execute(),
    db.selectFrom('person_rank')
      .innerJoin('rank_translation as t', (j) => j.onRef('t.rank_id', '=', 'person_rank.rank_id').on('t.locale', '=', locale))
      .select(['t.name', 'person_rank.since_on', 'person_rank.since_precision'])
      .where('person_rank.person_id', '=', person.id).orderBy('person_rank.since_on').execute(),
    personAppointments(db, locale, (qb) => qb.where('appointment.person_id', '=', person.id)),
  ]);
  return {
    id: person.id, slug: person.slug, gender: person.gender, given: person.given_name, patronymic: person.patronymic, family: person.family_name,
    aliases: aliases.map((a) => a.name),
    ranks: ranks.map((r) => ({ name: r.name, since: r.since_on, sincePrecision: r.since_precision })),
    appointments: appointments.map((a) => a.appointment),
  };
}

type AppointmentFilter = <Q extends { where: (...args: any[]) => any }>(qb: Q) => Q;

async function personAppointments(db: Db, locale: Locale, filter: AppointmentFilter) {
  const query = db.selectFrom('appointment')
    .innerJoin('role', 'role.id', 'appointment.role_id')
    .innerJoin('role_translation as rt', (j) => j.onRef('rt.role_id', '=', 'role.id').on('rt.locale', '=', locale))
    .innerJoin('person', 'person.id', 'appointment.person_id')
    .innerJoin('person_translation as pt', (j) => j.onRef('pt.person_id', '=', 'person.id').on('pt.locale', '=', locale))
    .leftJoin('member_state_translation as st', (j) => j.onRef('st.state_code', '=', 'role.state_code').on('st.locale', '=', locale))
    .leftJoin('body', 'body.id', 'role.body_id')
    .leftJoin('body_translation as bt', (j) => j.onRef('bt.body_id', '=', 'body.id').on('bt.locale', '=', locale))
    .leftJoin('appointment_translation as at', (j) => j.onRef('at.appointment_id', '=', 'appointment.id').on('at.locale', '=', locale))
    .select([
      'appointment.id', 'appointment.started_on', 'appointment.started_precision', 'appointment.ended_on', 'appointment.ended_precision',
      'rt.name as roleName', 'rt.short_name as roleShortName', 'role.state_code', 'st.short_name as stateName',
      'body.slug as bodySlug', 'bt.name as bodyName', 'at.note',
      'person.slug as personSlug', 'pt.given_name', 'pt.family_name',
    ]);
  const rows = await filter(query).execute();
  // Oldest first; an unrecorded start counts as the earliest.
  rows.sort((a, b) => (a.started_on ?? '').localeCompare(b.started_on ?? '') || a.id - b.id);
  return rows.map((r) => ({
    person: { slug: r.personSlug, name: `${r.given_name} ${r.family_name}` },
    appointment: {
      appointmentId: r.id, roleName: r.roleName, roleShortName: r.roleShortName,
      startedOn: r.started_on, startedPrecision: r.started_precision, endedOn: r.ended_on, endedPrecision: r.ended_precision,
      note: r.note ?? null,
      state: r.state_code ? { code: r.state_code, name: r.stateName ?? r.state_code } : null,
      body: r.bodySlug && r.bodyName ? { slug: r.bodySlug, name: r.bodyName } : null,
    } satisfies PersonAppointment,
  }));
}

export interface BodyProfile extends BodyName {
  parent: { slug: string; name: string } | null;
  children: { slug: string; name: string }[];
  /** Chairmanships recorded for this body, or (for the organization and its councils) the Organization's. */
  chairmanships: { stateCode: string; stateName: string; startedOn: string; endedOn: string; ofOrganization: boolean }[];
  /** Holders of the body's own roles (Secretary General, …), oldest first. */
  officials: { person: { slug: string; name: string }; appointment: PersonAppointment }[];
}

export async function findBodyProfile(db: Db, locale: Locale, slug: string): Promise<BodyProfile | undefined> {
  const row = await db.selectFrom('body').select(['id', 'parent_id']).where('slug', '=', slug).executeTakeFirst();
  if (!row) return undefined;
  const [body] = await bodyNames(db, locale, [row.id]);
  if (!body) return undefined;
  const [parent, children, own, officials] = await Promise.all([
    row.parent_id === null ? Promise.resolve([]) : bodyNames(db, locale, [row.parent_id]),
    db.selectFrom('body').innerJoin('body_translation as t', (j) => j.onRef('t.body_id', '=', 'body.id').on('t.locale', '=', locale))
      .select(['body.slug', 't.name']).where('body.parent_id', '=', row.id).orderBy('body.sort_order').orderBy('body.id').execute(),
    chairmanshipRows(db, locale, (qb) => qb.where('chairmanship.body_id', '=', row.id)),
    personAppointments(db, locale, (qb) => qb.where('role.body_id', '=', row.id)),
  ]);
  let chairmanships = own.map((c) => ({ ...c, ofOrganization: false }));
  if (chairmanships.length === 0 && (body.kind === 'organization' || body.kind === 'council')) {
    chairmanships = (await chairmanshipRows(db, locale, (qb) => qb.where('chairmanship.body_id', 'is', null))).map((c) => ({ ...c, ofOrganization: true }));
  }
  return {
    ...body,
    parent: parent[0] ? { slug: parent[0].slug, name: parent[0].name } : null,
    children,
    chairmanships,
    officials,
  };
}

async function chairmanshipRows(db: Db, locale: Locale, filter: AppointmentFilter) {
  const query = db.selectFrom('chairmanship')
    .innerJoin('member_state_translation as t', (j) => j.onRef('t.state_code', '=', 'chairmanship.state_code').on('t.locale', '=', locale))
    .select(['chairmanship.state_code', 't.short_name', 'chairmanship.started_on', 'chairmanship.ended_on', 'chairmanship.body_id']);
  const rows = await filter(query).orderBy('chairmanship.started_on').execute();
  return rows.map((r: { state_code: string; short_name: string; started_on: string; ended_on: string }) => ({
    stateCode: r.state_code, stateName: r.short_name, startedOn: r.started_on, endedOn: r.ended_on,
  }));
}

export interface StateProfile {
  code: string;
  shortName: string;
  officialName: string;
  memberships: { startedOn: string; endedOn: string | null }[];
  officials: { person: { slug: string; name: string }; appointment: PersonAppointment }[];
  /** Chairmanships of the Organization (body null) and of its bodies held by this state. */
  chairmanships: { startedOn: string; endedOn: string; body: { slug: string; name: string } | null }[];
}

/** A member state by ISO code (upper case); undefined when unknown. */
export async function findStateProfile(db: Db, locale: Locale, code: string): Promise<StateProfile | undefined> {
  const state = await db.selectFrom('member_state')
    .innerJoin('member_state_translation as t', (j) => j.onRef('t.state_code', '=', 'member_state.code').on('t.locale', '=', locale))
    .select(['member_state.code', 't.short_name', 't.official_name'])
    .where('member_state.code', '=', code)
    .executeTakeFirst();
  if (!state) return undefined;
  const [memberships, officials, chairs] = await Promise.all([
    db.selectFrom('membership').select(['started_on', 'ended_on']).where('state_code', '=', code).orderBy('started_on').execute(),
    personAppointments(db, locale, (qb) => qb.where('role.state_code', '=', code)),
    db.selectFrom('chairmanship')
      .leftJoin('body', 'body.id', 'chairmanship.body_id')
      .leftJoin('body_translation as bt', (j) => j.onRef('bt.body_id', '=', 'body.id').on('bt.locale', '=', locale))
      .select(['chairmanship.started_on', 'chairmanship.ended_on', 'body.slug', 'bt.name'])
      .where('chairmanship.state_code', '=', code).orderBy('chairmanship.started_on').execute(),
  ]);
  return {
    code: state.code, shortName: state.short_name, officialName: state.official_name,
    memberships: memberships.map((m) => ({ startedOn: m.started_on, endedOn: m.ended_on })),
    officials,
    chairmanships: chairs.map((c) => ({ startedOn: c.started_on, endedOn: c.ended_on, body: c.slug && c.name ? { slug: c.slug, name: c.name } : null })),
  };
}

/** Slugs and codes of every directory page, for sitemaps. */
export async function listDirectoryKeys(db: Db): Promise<{ people: string[]; bodies: string[]; states: string[] }> {
  const [people, bodies, states] = await Promise.all([
    db.selectFrom('person').select('slug').orderBy('id').execute(),
    db.selectFrom('body').select('slug').orderBy('sort_order').orderBy('id').execute(),
    db.selectFrom('member_state').select('code').orderBy('protocol_order').execute(),
  ]);
  return { people: people.map((p) => p.slug), bodies: bodies.map((b) => b.slug), states: states.map((s) => s.code) };
}

/** Bodies by name in the locale (for filters), in their sort order. */
export async function listBodies(db: Db, locale: Locale): Promise<{ id: number; slug: string; name: string }[]> {
  return db.selectFrom('body')
    .innerJoin('body_translation as t', (j) => j.onRef('t.body_id', '=', 'body.id').on('t.locale', '=', locale))
    .select(['body.id', 'body.slug', 't.name']).orderBy('body.sort_order').orderBy('body.id').execute();
}

/** People, bodies and states a document is linked to, for links from its page. */
export async function documentLinks(db: Db, locale: Locale, documentId: number): Promise<{
  people: { slug: string; name: string }[]; bodies: { slug: string; name: string }[]; states: { code: string; name: string }[];
}> {
  const [people, bodies, states] = await Promise.all([
    db.selectFrom('document_person').innerJoin('person', 'person.id', 'document_person.person_id')
      .innerJoin('person_translation as t', (j) => j.onRef('t.person_id', '=', 'person.id').on('t.locale', '=', locale))
      .select(['person.slug', 't.given_name', 't.family_name']).where('document_person.document_id', '=', documentId).orderBy('person.id').execute(),
    db.selectFrom('document_body').innerJoin('body', 'body.id', 'document_body.body_id')
      .innerJoin('body_translation as t', (j) => j.onRef('t.body_id', '=', 'body.id').on('t.locale', '=', locale))
      .select(['body.slug', 't.name']).where('document_body.document_id', '=', documentId).orderBy('body.sort_order').execute(),
    db.selectFrom('document_state').innerJoin('member_state', 'member_state.code', 'document_state.state_code')
      .innerJoin('member_state_translation as t', (j) => j.onRef('t.state_code', '=', 'member_state.code').on('t.locale', '=', locale))
      .select(['member_state.code', 't.short_name']).where('document_state.document_id', '=', documentId).orderBy('member_state.protocol_order').execute(),
  ]);
  return {
    people: people.map((p) => ({ slug: p.slug, name: `${p.given_name} ${p.family_name}` })),
    bodies: bodies.map((b) => ({ slug: b.slug, name: b.name })),
    states: states.map((s) => ({ code: s.code, name: s.short_name })),
  };
}

/** Up to this many linked items, listLinkedItems starts from the link table (see there). */
export const LINKED_ITEMS_SORT_LIMIT = 2000;

export interface LinkedItem {
  documentId: number;
  slug: string;
  type: import('../platform/db/schema.ts').DocumentType;
  sectionSlug: string;
  sectionName: string;
  title: string;
  summary: string;
  body: string;
  publicTimestamp: string;
  firstPublishedAt: string;
  authorAppointmentId: number | null;
  meetingId: number | null;
}

/**
 * Published items in `locale`, newest first, optionally only those of a section or linked to a
 * body, a person or a member state (document_body / document_person / document_state), or first
 * published since an instant. Used by directory pages and feeds.
 */
export async function listLinkedItems(db: Db, options: {
  locale: Locale; sectionId?: number; bodyId?: number; personId?: number; stateCode?: string;
  firstPublishedSince?: string; limit: number; offset?: number;
  /** Override of LINKED_ITEMS_SORT_LIMIT (tests exercise both plans). */
  sortLimit?: number;
}): Promise<LinkedItem[]> {
  const { locale } = options;
  let q = db.selectFrom('edition')
    .innerJoin('document', 'document.id', 'edition.document_id')
    .innerJoin('edition_translation as et', (j) => j.onRef('et.edition_id', '=', 'edition.id').on('et.locale', '=', locale))
    .innerJoin('section', 'section.id', 'document.section_id')
    .innerJoin('section_translation as st', (j) => j.onRef('st.section_id', '=', 'section.id').on('st.locale', '=', locale))
    .where('edition.state', '=', 'published');
  if (options.sectionId !== undefined) q = q.where('document.section_id', '=', options.sectionId);
  // Two plans, chosen by how many items are linked: few → start from the link table
  // (`document.id in (…)`) and sort them; many → walk published editions newest first and probe
  // the link (`exists`), which finds a page of them quickly. Either alone is slow on the other case.
  const link = options.bodyId !== undefined ? { table: 'document_body' as const, column: 'body_id' as const, value: options.bodyId }
    : options.personId !== undefined ? { table: 'document_person' as const, column: 'person_id' as const, value: options.personId }
    : options.stateCode !== undefined ? { table: 'document_state' as const, column: 'state_code' as const, value: options.stateCode }
    : null;
  if (link) {
    const linked = db.selectFrom(link.table).select(`${link.table}.document_id` as 'document_id').where(link.column as never, '=', link.value as never);
    const { n } = await db.selectFrom(link.table).select((eb) => eb.fn.countAll<number>().as('n')).where(link.column as never, '=', link.value as never).executeTakeFirstOrThrow();
    if (Number(n) <= (options.sortLimit ?? LINKED_ITEMS_SORT_LIMIT)) {
      q = q.where('document.id', 'in', linked);
    } else {
      q = q.where(({ exists, selectFrom }) => exists(selectFrom(link.table).select(`${link.table}.document_id` as 'document_id')
        .whereRef(`${link.table}.document_id` as 'document_id', '=', 'document.id').where(link.column as never, '=', link.value as never)));
    }
  }
  if (options.firstPublishedSince !== undefined) {
    // An item's public timestamp is never before its first publication, so the second condition
    // changes nothing but lets the (state, public_timestamp) index narrow the scan.
    q = q.where('document.first_published_at', '>=', options.firstPublishedSince)
      .where('edition.public_timestamp', '>=', options.firstPublishedSince);
  }
  const rows = await q.select([
    'document.id as documentId', 'document.slug', 'document.type', 'section.slug as sectionSlug', 'st.name as sectionName',
    'et.title', 'et.summary', 'et.body', 'edition.public_timestamp as publicTimestamp', 'document.first_published_at as firstPublishedAt',
    'document.author_appointment_id as authorAppointmentId', 'document.meeting_id as meetingId',
  ])
    .orderBy('edition.public_timestamp', 'desc').orderBy('document.id', 'desc')
    .limit(options.limit).offset(options.offset ?? 0)
    .execute();
  return rows.map((r) => ({
    ...r,
    publicTimestamp: r.publicTimestamp ?? '',
    firstPublishedAt: r.firstPublishedAt ?? r.publicTimestamp ?? '',
  }));
}

/** A person's id by slug, a body's id by slug (for filters and feeds). */
export async function findPersonRef(db: Db, locale: Locale, slug: string): Promise<{ id: number; slug: string; name: string } | undefined> {
  const row = await db.selectFrom('person')
    .innerJoin('person_translation as t', (j) => j.onRef('t.person_id', '=', 'person.id').on('t.locale', '=', locale))
    .select(['person.id', 'person.slug', 't.given_name', 't.family_name']).where('person.slug', '=', slug).executeTakeFirst();
  return row ? { id: row.id, slug: row.slug, name: `${row.given_name} ${row.family_name}` } : undefined;
}

export async function findBodyRef(db: Db, locale: Locale, slug: string): Promise<{ id: number; slug: string; name: string } | undefined> {
  return db.selectFrom('body')
    .innerJoin('body_translation as t', (j) => j.onRef('t.body_id', '=', 'body.id').on('t.locale', '=', locale))
    .select(['body.id', 'body.slug', 't.name']).where('body.slug', '=', slug).executeTakeFirst();
}

export async function findStateRef(db: Db, locale: Locale, code: string): Promise<{ code: string; name: string } | undefined> {
  const row = await db.selectFrom('member_state')
    .innerJoin('member_state_translation as t', (j) => j.onRef('t.state_code', '=', 'member_state.code').on('t.locale', '=', locale))
    .select(['member_state.code', 't.short_name']).where('member_state.code', '=', code).executeTakeFirst();
  return row ? { code: row.code, name: row.short_name } : undefined;
}

export interface BodyListRow {
  id: number;
  slug: string;
  kind: string;
  parentSlug: string | null;
  name: string;
  shortName: string | null;
  abbreviation: string | null;
}

/** Every body with its names in `locale` and its parent, in the order of the organization chart. */
export async function listBodyRows(db: Db, locale: Locale): Promise<BodyListRow[]> {
  return db.selectFrom('body')
    .innerJoin('body_translation as t', (j) => j.onRef('t.body_id', '=', 'body.id').on('t.locale', '=', locale))
    .leftJoin('body as parent', 'parent.id', 'body.parent_id')
    .select(['body.id', 'body.slug', 'body.kind', 'parent.slug as parentSlug', 't.name', 't.short_name as shortName', 't.abbreviation'])
    .orderBy('body.sort_order').orderBy('body.id')
    .execute();
}

export interface StateListRow {
  code: string;
  protocolOrder: number;
  shortName: string;
  officialName: string;
  memberships: { startedOn: string; endedOn: string | null }[];
}

/** Member states in protocol order, with their names in `locale` and periods of membership. */
export async function listStateRows(db: Db, locale: Locale): Promise<StateListRow[]> {
  const [states, memberships] = await Promise.all([
    db.selectFrom('member_state')
      .innerJoin('member_state_translation as t', (j) => j.onRef('t.state_code', '=', 'member_state.code').on('t.locale', '=', locale))
      .select(['member_state.code', 'member_state.protocol_order', 't.short_name', 't.official_name'])
      .orderBy('member_state.protocol_order').orderBy('member_state.code').execute(),
    db.selectFrom('membership').select(['state_code', 'started_on', 'ended_on']).orderBy('started_on').execute(),
  ]);
  return states.map((s) => ({
    code: s.code, protocolOrder: s.protocol_order, shortName: s.short_name, officialName: s.official_name,
    memberships: memberships.filter((m) => m.state_code === s.code).map((m) => ({ startedOn: m.started_on, endedOn: m.ended_on })),
  }));
}

export interface PersonListRow {
  id: number;
  slug: string;
  given: string;
  patronymic: string | null;
  family: string;
  aliases: string[];
  /** The rank held now (the latest), if any. */
  rank: string | null;
}

/** People by id, one page by keyset (`afterId`), with names in `locale`; `slug` picks one person. */
export async function listPeoplePage(db: Db, locale: Locale, options: { slug?: string; afterId?: number; limit: number }): Promise<PersonListRow[]> {
  let q = db.selectFrom('person')
    .innerJoin('person_translation as t', (j) => j.onRef('t.person_id', '=', 'person.id').on('t.locale', '=', locale))
    .select(['person.id', 'person.slug', 't.given_name', 't.patronymic', 't.family_name']);
  if (options.slug !== undefined) q = q.where('person.slug', '=', options.slug);
  if (options.afterId !== undefined) q = q.where('person.id', '>', options.afterId);
  const people = await q.orderBy('person.id').limit(options.limit).execute();
  const ids = people.map((p) => p.id);
  if (ids.length === 0) return [];
  const [aliases, ranks] = await Promise.all([
    db.selectFrom('person_alias').select(['person_id', 'name']).where('person_id', 'in', ids).orderBy('id').execute(),
    db.selectFrom('person_rank')
      .innerJoin('rank_translation as rt', (j) => j.onRef('rt.rank_id', '=', 'person_rank.rank_id').on('rt.locale', '=', locale))
      .select(['person_rank.person_id', 'rt.name', 'person_rank.since_on'])
      .where('person_rank.person_id', 'in', ids).orderBy('person_rank.since_on', 'desc').execute(),
  ]);
  return people.map((p) => ({
    id: p.id, slug: p.slug, given: p.given_name, patronymic: p.patronymic, family: p.family_name,
    aliases: aliases.filter((a) => a.person_id === p.id).map((a) => a.name),
    rank: ranks.find((r) => r.person_id === p.id)?.name ?? null,
  }));
}

export interface AppointmentListRow {
  id: number;
  person: { slug: string; name: string };
  role: { slug: string; name: string };
  stateCode: string | null;
  bodySlug: string | null;
  startedOn: string | null;
  startedPrecision: Precision;
  endedOn: string | null;
  endedPrecision: Precision;
}

/** Appointments by id, one page by keyset (`afterId`); filters by person slug, state code and body slug. */
export async function listAppointmentsPage(
  db: Db,
  locale: Locale,
  options: { personSlug?: string; stateCode?: string; bodySlug?: string; afterId?: number; limit: number },
): Promise<AppointmentListRow[]> {
  let q = db.selectFrom('appointment')
    .innerJoin('person', 'person.id', 'appointment.person_id')
    .innerJoin('person_translation as pt', (j) => j.onRef('pt.person_id', '=', 'person.id').on('pt.locale', '=', locale))
    .innerJoin('role', 'role.id', 'appointment.role_id')
    .innerJoin('role_translation as rt', (j) => j.onRef('rt.role_id', '=', 'role.id').on('rt.locale', '=', locale))
    .leftJoin('body', 'body.id', 'role.body_id')
    .select([
      'appointment.id', 'person.slug as personSlug', 'pt.given_name', 'pt.family_name', 'role.slug as roleSlug', 'rt.name as roleName',
      'role.state_code', 'body.slug as bodySlug', 'appointment.started_on', 'appointment.started_precision', 'appointment.ended_on', 'appointment.ended_precision',
    ]);
  if (options.personSlug !== undefined) q = q.where('person.slug', '=', options.personSlug);
  if (options.stateCode !== undefined) q = q.where('role.state_code', '=', options.stateCode);
  if (options.bodySlug !== undefined) q = q.where('body.slug', '=', options.bodySlug);
  if (options.afterId !== undefined) q = q.where('appointment.id', '>', options.afterId);
  const rows = await q.orderBy('appointment.id').limit(options.limit).execute();
  return rows.map((r) => ({
    id: r.id, person: { slug: r.personSlug, name: `${r.given_name} ${r.family_name}` }, role: { slug: r.roleSlug, name: r.roleName },
    stateCode: r.state_code, bodySlug: r.bodySlug, startedOn: r.started_on, startedPrecision: r.started_precision,
    endedOn: r.ended_on, endedPrecision: r.ended_precision,
  }));
}

/** Published items in `locale` for a sitemap, oldest first by document, with every locale each is published in. */
export async function listSitemapItems(db: Db, locale: Locale, page: { limit: number; offset: number }): Promise<{
  slug: string; sectionSlug: string; publicTimestamp: string; locales: Locale[];
}[]> {
  const rows = await db.selectFrom('edition')
    .innerJoin('document', 'document.id', 'edition.document_id')
    .innerJoin('edition_translation as et', (j) => j.onRef('et.edition_id', '=', 'edition.id').on('et.locale', '=', locale))
    .innerJoin('section', 'section.id', 'document.section_id')
    .select(['document.id', 'document.slug', 'section.slug as sectionSlug', 'edition.public_timestamp'])
    .where('edition.state', '=', 'published')
    .orderBy('document.id').limit(page.limit).offset(page.offset)
    .execute();
  if (rows.length === 0) return [];
  const translations = await db.selectFrom('edition')
    .innerJoin('edition_translation as et', 'et.edition_id', 'edition.id')
    .select(['edition.document_id', 'et.locale'])
    .where('edition.state', '=', 'published')
    .where('edition.document_id', '>=', rows[0]!.id)
    .where('edition.document_id', '<=', rows[rows.length - 1]!.id)
    .execute();
  const byDocument = new Map<number, Locale[]>();
  for (const t of translations) {
    const list = byDocument.get(t.document_id) ?? [];
    list.push(t.locale as Locale);
    byDocument.set(t.document_id, list);
  }
  return rows.map((r) => ({ slug: r.slug, sectionSlug: r.sectionSlug, publicTimestamp: r.public_timestamp ?? '', locales: byDocument.get(r.id) ?? [locale] }));
}

/** How many items are published in `locale`. */
export async function countPublishedItems(db: Db, locale: Locale): Promise<number> {
  const row = await db.selectFrom('edition')
    .innerJoin('edition_translation as et', (j) => j.onRef('et.edition_id', '=', 'edition.id').on('et.locale', '=', locale))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('edition.state', '=', 'published')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// ---------------------------------------------------------------------------------------------
// The back office's directory editor: records as the commands take them (for forms and for the
// audit log's before/after), choices for selects, and the type-ahead over appointments.
// ---------------------------------------------------------------------------------------------

type Names<T> = Record<string, T>;

function byLocale<R extends { locale: string }, T>(rows: R[], map: (r: R) => T): Names<T> {
  const out: Names<T> = {};
  for (const r of rows) out[r.locale] = map(r);
  return out;
}

export interface PersonRecord {
  id: number;
  slug: string;
  gender: 'male' | 'female';
  names: Names<{ given: string; patronymic?: string; family: string }>;
  aliases: { locale: string | null; name: string }[];
  ranks: { id: number; rankId: number; rankName: string; since: string; sincePrecision: Precision }[];
}

export async function loadPersonRecord(db: Db, id: number, locale: Locale = 'en'): Promise<PersonRecord | undefined> {
  const person = await db.selectFrom('person').select(['id', 'slug', 'gender']).where('id', '=', id).executeTakeFirst();
  if (!person) return undefined;
  const [names, aliases, ranks] = await Promise.all([
    db.selectFrom('person_translation').selectAll().where('person_id', '=', id).execute(),
    db.selectFrom('person_alias').select(['locale', 'name']).where('person_id', '=', id).orderBy('id').execute(),
    db.selectFrom('person_rank')
      .leftJoin('rank_translation as t', (j) => j.onRef('t.rank_id', '=', 'person_rank.rank_id').on('t.locale', '=', locale))
      .select(['person_rank.id', 'person_rank.rank_id', 'person_rank.since_on', 'person_rank.since_precision', 't.name']).where('person_rank.person_id', '=', id).orderBy('person_rank.since_on').execute(),
  ]);
  return {
    id, slug: person.slug, gender: person.gender,
    names: byLocale(names, (n) => ({ given: n.given_name, ...(n.patronymic ? { patronymic: n.patronymic } : {}), family: n.family_name })),
    aliases,
    ranks: ranks.map((r) => ({ id: r.id, rankId: r.rank_id, rankName: r.name ?? '', since: r.since_on, sincePrecision: r.since_precision })),
  };
}

export interface RankRecord { id: number; slug: string; kind: string; names: Names<{ name: string; cases?: RuCases }> }
export async function loadRankRecord(db: Db, id: number): Promise<RankRecord | undefined> {
  const rank = await db.selectFrom('rank').selectAll().where('id', '=', id).executeTakeFirst();
  if (!rank) return undefined;
  const names = await db.selectFrom('rank_translation').selectAll().where('rank_id', '=', id).execute();
  return { id, slug: rank.slug, kind: rank.kind, names: byLocale(names, (n) => ({ name: n.name, ...(n.cases ? { cases: parseCases(n.cases) } : {}) })) };
}

export interface RoleRecord {
  id: number; slug: string; function: string; stateCode: string | null; bodyId: number | null; singleHolder: boolean;
  names: Names<{ name: string; shortName: string; plural?: string; cases?: RuCases }>;
}
export async function loadRoleRecord(db: Db, id: number): Promise<RoleRecord | undefined> {
  const role = await db.selectFrom('role').selectAll().where('id', '=', id).executeTakeFirst();
  if (!role) return undefined;
  const names = await db.selectFrom('role_translation').selectAll().where('role_id', '=', id).execute();
  return {
    id, slug: role.slug, function: role.function, stateCode: role.state_code, bodyId: role.body_id, singleHolder: Boolean(role.single_holder),
    names: byLocale(names, (n) => ({ name: n.name, shortName: n.short_name, ...(n.plural ? { plural: n.plural } : {}), ...(n.cases ? { cases: parseCases(n.cases) } : {}) })),
  };
}

export interface AppointmentRecord {
  id: number; personId: number; roleId: number;
  startedOn: string | null; startedPrecision: Precision; endedOn: string | null; endedPrecision: Precision;
  note: Names<string>;
}
export async function loadAppointmentRecord(db: Db, id: number): Promise<AppointmentRecord | undefined> {
  const a = await db.selectFrom('appointment').selectAll().where('id', '=', id).executeTakeFirst();
  if (!a) return undefined;
  const notes = await db.selectFrom('appointment_translation').selectAll().where('appointment_id', '=', id).execute();
  return {
    id, personId: a.person_id, roleId: a.role_id,
    startedOn: a.started_on, startedPrecision: a.started_precision, endedOn: a.ended_on, endedPrecision: a.ended_precision,
    note: byLocale(notes, (n) => n.note),
  };
}

export interface StateRecord {
  code: string; protocolOrder: number;
  names: Names<{ shortName: string; officialName: string; shortCases?: RuCases; officialCases?: RuCases }>;
  memberships: { startedOn: string; endedOn: string | null }[];
}
export async function loadStateRecord(db: Db, code: string): Promise<StateRecord | undefined> {
  const s = await db.selectFrom('member_state').selectAll().where('code', '=', code).executeTakeFirst();
  if (!s) return undefined;
  const [names, memberships] = await Promise.all([
    db.selectFrom('member_state_translation').selectAll().where('state_code', '=', code).execute(),
    db.selectFrom('membership').select(['started_on', 'ended_on']).where('state_code', '=', code).orderBy('started_on').execute(),
  ]);
  return {
    code, protocolOrder: s.protocol_order,
    names: byLocale(names, (n) => ({
      shortName: n.short_name, officialName: n.official_name,
      ...(n.short_cases ? { shortCases: parseCases(n.short_cases) } : {}), ...(n.official_cases ? { officialCases: parseCases(n.official_cases) } : {}),
    })),
    memberships: memberships.map((m) => ({ startedOn: m.started_on, endedOn: m.ended_on })),
  };
}

export interface BodyRecord {
  id: number; slug: string; kind: string; parentId: number | null; sortOrder: number;
  names: Names<{ name: string; shortName?: string; abbreviation?: string; cases?: RuCases }>;
}
export async function loadBodyRecord(db: Db, id: number): Promise<BodyRecord | undefined> {
  const b = await db.selectFrom('body').selectAll().where('id', '=', id).executeTakeFirst();
  if (!b) return undefined;
  const names = await db.selectFrom('body_translation').selectAll().where('body_id', '=', id).execute();
  return {
    id, slug: b.slug, kind: b.kind, parentId: b.parent_id, sortOrder: b.sort_order,
    names: byLocale(names, (n) => ({
      name: n.name, ...(n.short_name ? { shortName: n.short_name } : {}), ...(n.abbreviation ? { abbreviation: n.abbreviation } : {}), ...(n.cases ? { cases: parseCases(n.cases) } : {}),
    })),
  };
}

export interface ChairmanshipRecord { id: number; stateCode: string; bodyId: number | null; startedOn: string; endedOn: string }
export async function loadChairmanshipRecord(db: Db, id: number): Promise<ChairmanshipRecord | undefined> {
  const c = await db.selectFrom('chairmanship').selectAll().where('id', '=', id).executeTakeFirst();
  return c ? { id, stateCode: c.state_code, bodyId: c.body_id, startedOn: c.started_on, endedOn: c.ended_on } : undefined;
}

export interface SectionRecord { id: number; slug: string; bodyId: number | null; sortOrder: number; names: Names<{ name: string; description?: string }> }
export async function loadSectionRecord(db: Db, id: number): Promise<SectionRecord | undefined> {
  const s = await db.selectFrom('section').selectAll().where('id', '=', id).executeTakeFirst();
  if (!s) return undefined;
  const names = await db.selectFrom('section_translation').selectAll().where('section_id', '=', id).execute();
  return { id, slug: s.slug, bodyId: s.body_id, sortOrder: s.sort_order, names: byLocale(names, (n) => ({ name: n.name, ...(n.description ? { description: n.description } : {}) })) };
}

export interface ContactRecord { id: number; slug: string; appointmentId: number | null; email: string | null; names: Names<{ name: string; role: string }>; phones: string[] }
export async function loadContactRecord(db: Db, id: number): Promise<ContactRecord | undefined> {
  const c = await db.selectFrom('contact').selectAll().where('id', '=', id).executeTakeFirst();
  if (!c) return undefined;
  const [names, phones] = await Promise.all([
    db.selectFrom('contact_translation').selectAll().where('contact_id', '=', id).execute(),
    db.selectFrom('contact_phone').select('e164').where('contact_id', '=', id).orderBy('position').execute(),
  ]);
  return { id, slug: c.slug, appointmentId: c.appointment_id, email: c.email, names: byLocale(names, (n) => ({ name: n.name, role: n.role })), phones: phones.map((p) => p.e164) };
}

export interface DirectoryChoice { value: string; label: string }

/** Every record of each kind with a label in `locale`: the office's directory index and the choices of its selects. */
export async function listDirectoryChoices(db: Db, locale: Locale): Promise<Record<'people' | 'ranks' | 'roles' | 'appointments' | 'states' | 'bodies' | 'chairmanships' | 'contacts' | 'sections', DirectoryChoice[]>> {
  const [people, ranks, roles, appointments, states, bodies, chairs, contacts, sections] = await Promise.all([
    db.selectFrom('person').innerJoin('person_translation as t', (j) => j.onRef('t.person_id', '=', 'person.id').on('t.locale', '=', locale))
      .select(['person.id', 't.given_name', 't.family_name']).orderBy('t.family_name').orderBy('person.id').execute(),
    db.selectFrom('rank').innerJoin('rank_translation as t', (j) => j.onRef('t.rank_id', '=', 'rank.id').on('t.locale', '=', locale))
      .select(['rank.id', 't.name']).orderBy('rank.id').execute(),
    db.selectFrom('role').innerJoin('role_translation as t', (j) => j.onRef('t.role_id', '=', 'role.id').on('t.locale', '=', locale))
      .select(['role.id', 't.name']).orderBy('t.name').execute(),
    db.selectFrom('appointment')
      .innerJoin('person_translation as pt', (j) => j.onRef('pt.person_id', '=', 'appointment.person_id').on('pt.locale', '=', locale))
      .innerJoin('role_translation as rt', (j) => j.onRef('rt.role_id', '=', 'appointment.role_id').on('rt.locale', '=', locale))
      .select(['appointment.id', 'pt.given_name', 'pt.family_name', 'rt.name', 'appointment.started_on', 'appointment.started_precision', 'appointment.ended_on', 'appointment.ended_precision'])
      .orderBy('appointment.id', 'desc').execute(),
    db.selectFrom('member_state').innerJoin('member_state_translation as t', (j) => j.onRef('t.state_code', '=', 'member_state.code').on('t.locale', '=', locale))
      .select(['member_state.code', 't.short_name']).orderBy('member_state.protocol_order').execute(),
    db.selectFrom('body').innerJoin('body_translation as t', (j) => j.onRef('t.body_id', '=', 'body.id').on('t.locale', '=', locale))
      .select(['body.id', 't.name']).orderBy('body.sort_order').orderBy('body.id').execute(),
    db.selectFrom('chairmanship').innerJoin('member_state_translation as t', (j) => j.onRef('t.state_code', '=', 'chairmanship.state_code').on('t.locale', '=', locale))
      .leftJoin('body_translation as bt', (j) => j.onRef('bt.body_id', '=', 'chairmanship.body_id').on('bt.locale', '=', locale))
      .select(['chairmanship.id', 't.short_name', 'bt.name', 'chairmanship.started_on', 'chairmanship.ended_on']).orderBy('chairmanship.started_on', 'desc').execute(),
    db.selectFrom('contact').innerJoin('contact_translation as t', (j) => j.onRef('t.contact_id', '=', 'contact.id').on('t.locale', '=', locale))
      .select(['contact.id', 't.name', 't.role']).orderBy('contact.id').execute(),
    db.selectFrom('section').innerJoin('section_translation as t', (j) => j.onRef('t.section_id', '=', 'section.id').on('t.locale', '=', locale))
      .select(['section.id', 't.name']).orderBy('section.sort_order').orderBy('section.id').execute(),
  ]);
  const term = (s: string | null, e: string | null) => `${s ?? '…'} – ${e ?? '…'}`;
  return {
    people: people.map((p) => ({ value: String(p.id), label: `${p.given_name} ${p.family_name}` })),
    ranks: ranks.map((r) => ({ value: String(r.id), label: r.name })),
    roles: roles.map((r) => ({ value: String(r.id), label: r.name })),
    appointments: appointments.map((a) => ({
      value: String(a.id),
      label: `${a.given_name} ${a.family_name} — ${a.name} (${term(a.started_on && partialDateText(a.started_on, a.started_precision), a.ended_on && partialDateText(a.ended_on, a.ended_precision))})`,
    })),
    states: states.map((s) => ({ value: s.code, label: s.short_name })),
    bodies: bodies.map((b) => ({ value: String(b.id), label: b.name })),
    chairmanships: chairs.map((c) => ({ value: String(c.id), label: `${c.short_name}${c.name ? ` — ${c.name}` : ''} (${term(c.started_on, c.ended_on)})` })),
    contacts: contacts.map((c) => ({ value: String(c.id), label: `${c.name} — ${c.role}` })),
    sections: sections.map((s) => ({ value: String(s.id), label: s.name })),
  };
}

export interface AppointmentCandidate {
  appointmentId: number;
  /** "Suren Papikyan — Minister of Defence of the Republic of Armenia" in the locale asked for. */
  label: string;
  /** Every name form of the person: each locale's given name, patronymic and family name, and aliases. */
  nameForms: string[];
  personId: number;
}

/** Appointments held on `date` (a meeting's date), with every name form of their holders, in label order. */
export async function listAppointmentsOn(db: Db, locale: Locale, date: string): Promise<AppointmentCandidate[]> {
  const rows = await db.selectFrom('appointment')
    .innerJoin('person_translation as pt', (j) => j.onRef('pt.person_id', '=', 'appointment.person_id').on('pt.locale', '=', locale))
    .innerJoin('role_translation as rt', (j) => j.onRef('rt.role_id', '=', 'appointment.role_id').on('rt.locale', '=', locale))
    .select(['appointment.id', 'appointment.person_id', 'pt.given_name', 'pt.family_name', 'rt.name'])
    .where((eb) => eb.or([eb('appointment.started_on', 'is', null), eb('appointment.started_on', '<=', date)]))
    .where((eb) => eb.or([eb('appointment.ended_on', 'is', null), eb('appointment.ended_on', '>=', date)]))
    .orderBy('pt.family_name').orderBy('appointment.id').execute();
  if (rows.length === 0) return [];
  const personIds = [...new Set(rows.map((r) => r.person_id))];
  const [names, aliases] = await Promise.all([
    db.selectFrom('person_translation').select(['person_id', 'given_name', 'patronymic', 'family_name']).where('person_id', 'in', personIds).execute(),
    db.selectFrom('person_alias').select(['person_id', 'name']).where('person_id', 'in', personIds).execute(),
  ]);
  return rows.map((r) => ({
    appointmentId: r.id, personId: r.person_id,
    label: `${r.given_name} ${r.family_name} — ${r.name}`,
    nameForms: [
      ...names.filter((n) => n.person_id === r.person_id).flatMap((n) => [n.given_name, n.patronymic ?? '', n.family_name, `${n.given_name} ${n.family_name}`]),
      ...aliases.filter((a) => a.person_id === r.person_id).map((a) => a.name),
    ].filter(Boolean),
  }));
}
