/**
 * Loads the demo archive through the same commands the back office and the importer use,
 * in one transaction: either the whole archive is there afterwards, or nothing changed.
 */
import type { Store } from '../platform/db/connect.ts';
import { AppError } from '../platform/errors.ts';
import {
  appointmentCreator, bodyCreator, chairmanshipCreator, memberStateCreator, personCreator, rankCreator, roleCreator,
} from '../directory/commands.ts';
import { meetingRecorder } from '../meetings/commands.ts';
import { contactCreator, documentCreator, editionPublisher, editionSubmitter, sectionCreator } from '../newsroom/commands.ts';
import type { DemoArchive } from './types.ts';

export interface SeedResult {
  seeded: boolean;
  documents: number;
  meetings: number;
  people: number;
}

/** True when the store already holds content (then seeding leaves it alone). */
export async function hasContent(store: Store): Promise<boolean> {
  const row = await store.db.selectFrom('section').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function seedDemo(store: Store, archive?: DemoArchive): Promise<SeedResult> {
  const data = archive ?? (await import('./archive.ts')).demoArchive;
  if (await hasContent(store)) return { seeded: false, documents: 0, meetings: 0, people: 0 };
  await store.db.transaction().execute(async (trx) => {
    const lookup = <T>(map: Map<string, T>, key: string, what: string): T => {
      const v = map.get(key);
      if (v === undefined) throw new AppError('input.invalid', `demo archive: unknown ${what} "${key}"`, { where: what });
      return v;
    };
    const bodies = new Map<string, number>();
    for (const [i, b] of data.bodies.entries()) {
      bodies.set(b.slug, await bodyCreator(trx, {
        slug: b.slug, kind: b.kind, sortOrder: i, names: b.names,
        parentId: b.parent ? lookup(bodies, b.parent, 'body') : null,
      }));
    }
    for (const s of data.states) await memberStateCreator(trx, s);
    for (const c of data.chairmanships) {
      await chairmanshipCreator(trx, { stateCode: c.state, bodyId: c.body ? lookup(bodies, c.body, 'body') : null, startedOn: c.startedOn, endedOn: c.endedOn });
    }
    const ranks = new Map<string, number>();
    for (const r of data.ranks) ranks.set(r.slug, await rankCreator(trx, r));
    const people = new Map<string, number>();
    for (const p of data.people) {
      people.set(p.slug, await personCreator(trx, {
        slug: p.slug, gender: p.gender, names: p.names,
        aliases: (p.aliases ?? []).map((a) => ({ locale: a.locale, name: a.name })),
        ranks: (p.ranks ?? []).map((r) => ({ rankId: lookup(ranks, r.rank, 'rank'), since: r.since, sincePrecision: r.sincePrecision ?? 'day' })),
      }));
    }
    const roles = new Map<string, number>();
    for (const r of data.roles) {
      roles.set(r.slug, await roleCreator(trx, {
        slug: r.slug, function: r.function, stateCode: r.state ?? null, bodyId: r.body ? lookup(bodies, r.body, 'body') : null,
        singleHolder: r.singleHolder, names: r.names,
      }));
    }
    const appointments = new Map<string, number>();
    for (const a of data.appointments) {
      appointments.set(a.key, await appointmentCreator(trx, {
        personId: lookup(people, a.person, 'person'), roleId: lookup(roles, a.role, 'role'),
        startedOn: a.startedOn, startedPrecision: a.startedPrecision ?? 'day',
        endedOn: a.endedOn ?? null, endedPrecision: a.endedPrecision ?? 'day',
        ...(a.note ? { note: a.note } : {}),
      }));
    }
    const meetings = new Map<string, number>();
    for (const m of data.meetings) {
      meetings.set(m.key, await meetingRecorder(trx, {
        bodyId: lookup(bodies, m.body, 'body'), date: m.date, time: m.time ?? null, timeZone: m.timeZone, format: m.format,
        location: m.location ?? null, chairAppointmentId: m.chair ? lookup(appointments, m.chair, 'appointment') : null,
        participants: m.participants.map((p) => ({ appointmentId: lookup(appointments, p.appointment, 'appointment') })),
        agenda: m.agenda, outcomes: m.outcomes,
      }));
    }
    const sections = new Map<string, number>();
    for (const [i, s] of data.sections.entries()) {
      sections.set(s.slug, await sectionCreator(trx, { slug: s.slug, sortOrder: i, names: s.names, bodyId: s.body ? lookup(bodies, s.body, 'body') : null }));
    }
    const contacts = new Map<string, number>();
    for (const c of data.contacts) {
      contacts.set(c.key, await contactCreator(trx, {
        slug: c.key, appointmentId: c.appointment ? lookup(appointments, c.appointment, 'appointment') : null,
        email: c.email ?? null, names: c.names, phones: c.phones,
      }));
    }
    for (const d of data.documents) {
      // Timestamps are stored in UTC (schema.ts); the archive writes them with their local offset.
      const at = new Date(d.publishedAt).toISOString();
      const { editionId } = await documentCreator(trx, {
        slug: d.slug, type: d.type, sectionId: lookup(sections, d.section, 'section'),
        meetingId: d.meeting ? lookup(meetings, d.meeting, 'meeting') : null,
        authorAppointmentId: d.author ? lookup(appointments, d.author, 'appointment') : null,
        contactId: d.contact ? lookup(contacts, d.contact, 'contact') : null,
        bodyIds: (d.bodies ?? []).map((b) => lookup(bodies, b, 'body')),
        stateCodes: d.states ?? [],
        personIds: (d.people ?? []).map((p) => lookup(people, p, 'person')),
        translations: d.translations, now: at,
      });
      await editionSubmitter(trx, { editionId, now: at });
      await editionPublisher(trx, { editionId, publicTimestamp: d.publishedAt, now: at });
    }
  });
  return { seeded: true, documents: data.documents.length, meetings: data.meetings.length, people: data.people.length };
}
