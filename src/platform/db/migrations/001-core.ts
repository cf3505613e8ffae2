/** The core domain model: directory, meetings, newsroom, contacts, redirects. */
import { sql, type CreateTableBuilder, type Kysely } from 'kysely';
import type { Migration } from '../migrate.ts';
import type { StoreDialect } from '../dialect.ts';

export const m001Core: Migration = {
  name: '001-core',
  async up(db: Kysely<any>, d: StoreDialect) {
    const { date, timestamp, flag } = d.types;
    const table = (name: string) => db.schema.createTable(name);
    const withId = <T extends string>(b: CreateTableBuilder<T, never>) => b.addColumn('id', 'integer', (c) => d.generatedId(c));
    const translation = (name: string, owner: string, ownerTable: string, ownerType: 'integer' | 'text' = 'integer') =>
      table(name)
        .addColumn(owner, ownerType, (c) => c.notNull().references(`${ownerTable}`).onDelete('cascade'))
        .addColumn('locale', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint(`${name}_pk`, [owner as never, 'locale' as never]);

    await withId(table('body'))
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('parent_id', 'integer', (c) => c.references('body.id'))
      .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await translation('body_translation', 'body_id', 'body.id')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('short_name', 'text')
      .addColumn('abbreviation', 'text')
      .addColumn('cases', 'text')
      .execute();

    await table('member_state')
      .addColumn('code', 'text', (c) => c.primaryKey().check(sqlCheck(d, 'code')))
      .addColumn('protocol_order', 'integer', (c) => c.notNull())
      .execute();
    await translation('member_state_translation', 'state_code', 'member_state.code', 'text')
      .addColumn('short_name', 'text', (c) => c.notNull())
      .addColumn('official_name', 'text', (c) => c.notNull())
      .addColumn('short_cases', 'text')
      .addColumn('official_cases', 'text')
      .execute();
    await withId(table('membership'))
      .addColumn('state_code', 'text', (c) => c.notNull().references('member_state.code').onDelete('cascade'))
      .addColumn('started_on', date, (c) => c.notNull())
      .addColumn('ended_on', date)
      .execute();
    await withId(table('chairmanship'))
      .addColumn('state_code', 'text', (c) => c.notNull().references('member_state.code'))
      .addColumn('body_id', 'integer', (c) => c.references('body.id'))
      .addColumn('started_on', date, (c) => c.notNull())
      .addColumn('ended_on', date, (c) => c.notNull())
      .execute();

    await withId(table('person'))
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('gender', 'text', (c) => c.notNull())
      .execute();
    await translation('person_translation', 'person_id', 'person.id')
      .addColumn('given_name', 'text', (c) => c.notNull())
      .addColumn('patronymic', 'text')
      .addColumn('family_name', 'text', (c) => c.notNull())
      .execute();
    await withId(table('person_alias'))
      .addColumn('person_id', 'integer', (c) => c.notNull().references('person.id').onDelete('cascade'))
      .addColumn('locale', 'text')
      .addColumn('name', 'text', (c) => c.notNull())
      .execute();

    await withId(table('rank'))
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('kind', 'text', (c) => c.notNull())
      .execute();
    await translation('rank_translation', 'rank_id', 'rank.id')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('cases', 'text')
      .execute();
    await withId(table('person_rank'))
      .addColumn('person_id', 'integer', (c) => c.notNull().references('person.id').onDelete('cascade'))
      .addColumn('rank_id', 'integer', (c) => c.notNull().references('rank.id'))
      .addColumn('since_on', date, (c) => c.notNull())
      .addColumn('since_precision', 'text', (c) => c.notNull().defaultTo('day'))
      .execute();

    await withId(table('role'))
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('function', 'text', (c) => c.notNull())
      .addColumn('state_code', 'text', (c) => c.references('member_state.code'))
      .addColumn('body_id', 'integer', (c) => c.references('body.id'))
      .addColumn('single_holder', flag, (c) => c.notNull())
      .execute();
    await translation('role_translation', 'role_id', 'role.id')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('short_name', 'text', (c) => c.notNull())
      .addColumn('plural', 'text')
      .addColumn('cases', 'text')
      .execute();

    await withId(table('appointment'))
      .addColumn('person_id', 'integer', (c) => c.notNull().references('person.id'))
      .addColumn('role_id', 'integer', (c) => c.notNull().references('role.id'))
      .addColumn('started_on', date)
      .addColumn('started_precision', 'text', (c) => c.notNull().defaultTo('day'))
      .addColumn('ended_on', date)
      .addColumn('ended_precision', 'text', (c) => c.notNull().defaultTo('day'))
      .execute();
    await translation('appointment_translation', 'appointment_id', 'appointment.id')
      .addColumn('note', 'text', (c) => c.notNull())
      .execute();

    await withId(table('meeting'))
      .addColumn('body_id', 'integer', (c) => c.notNull().references('body.id'))
      .addColumn('date', date, (c) => c.notNull())
      .addColumn('time', 'text')
      .addColumn('time_zone', 'text', (c) => c.notNull())
      .addColumn('starts_at', timestamp, (c) => c.notNull())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('chair_appointment_id', 'integer', (c) => c.references('appointment.id'))
      .execute();
    await translation('meeting_translation', 'meeting_id', 'meeting.id')
      .addColumn('location', 'text')
      .addColumn('location_cases', 'text')
      .execute();
    await withId(table('meeting_participant'))
      .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meeting.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('appointment_id', 'integer', (c) => c.references('appointment.id'))
      .addColumn('person_id', 'integer', (c) => c.references('person.id'))
      .addColumn('state_code', 'text', (c) => c.references('member_state.code'))
      .addUniqueConstraint('meeting_participant_position', ['meeting_id', 'position'])
      .execute();
    await translation('meeting_participant_translation', 'participant_id', 'meeting_participant.id')
      .addColumn('role_as_written', 'text', (c) => c.notNull())
      .execute();

    await withId(table('section'))
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('body_id', 'integer', (c) => c.references('body.id'))
      .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await translation('section_translation', 'section_id', 'section.id')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .execute();

    await withId(table('contact'))
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('appointment_id', 'integer', (c) => c.references('appointment.id'))
      .addColumn('email', 'text')
      .execute();
    await translation('contact_translation', 'contact_id', 'contact.id')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .execute();
    await withId(table('contact_phone'))
      .addColumn('contact_id', 'integer', (c) => c.notNull().references('contact.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('e164', 'text', (c) => c.notNull())
      .execute();

    await withId(table('document'))
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('section_id', 'integer', (c) => c.notNull().references('section.id'))
      .addColumn('meeting_id', 'integer', (c) => c.references('meeting.id'))
      .addColumn('author_appointment_id', 'integer', (c) => c.references('appointment.id'))
      .addColumn('contact_id', 'integer', (c) => c.references('contact.id'))
      .addColumn('first_published_at', timestamp)
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .addColumn('updated_at', timestamp, (c) => c.notNull())
      .execute();
    await withId(table('edition'))
      .addColumn('document_id', 'integer', (c) => c.notNull().references('document.id').onDelete('cascade'))
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('public_timestamp', timestamp)
      .addColumn('published_at', timestamp)
      .addColumn('major_change', flag, (c) => c.notNull())
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .addColumn('updated_at', timestamp, (c) => c.notNull())
      .addUniqueConstraint('edition_number', ['document_id', 'number'])
      .execute();
    await translation('edition_translation', 'edition_id', 'edition.id')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('change_note', 'text')
      .execute();
    await withId(table('meeting_item'))
      .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meeting.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('document_id', 'integer', (c) => c.references('document.id').onDelete('set null'))
      .addUniqueConstraint('meeting_item_position', ['meeting_id', 'kind', 'position'])
      .execute();
    await translation('meeting_item_translation', 'item_id', 'meeting_item.id')
      .addColumn('text', 'text', (c) => c.notNull())
      .execute();

    for (const [name, column, target, type] of [
      ['document_body', 'body_id', 'body.id', 'integer'],
      ['document_state', 'state_code', 'member_state.code', 'text'],
      ['document_person', 'person_id', 'person.id', 'integer'],
    ] as const) {
      await table(name)
        .addColumn('document_id', 'integer', (c) => c.notNull().references('document.id').onDelete('cascade'))
        .addColumn(column, type, (c) => c.notNull().references(target).onDelete('cascade'))
        .addPrimaryKeyConstraint(`${name}_pk`, ['document_id', column])
        .execute();
    }

    await table('redirect')
      .addColumn('from_path', 'text', (c) => c.primaryKey())
      .addColumn('to_path', 'text', (c) => c.notNull())
      .addColumn('status_code', 'integer', (c) => c.notNull().defaultTo(301))
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .execute();

    const index = (name: string, tableName: string, columns: string[]) => db.schema.createIndex(name).on(tableName).columns(columns).execute();
    await index('edition_state_public', 'edition', ['state', 'public_timestamp']);
    await index('edition_document_state', 'edition', ['document_id', 'state']);
    await index('document_section', 'document', ['section_id']);
    await index('document_meeting', 'document', ['meeting_id']);
    await index('appointment_person', 'appointment', ['person_id']);
    await index('appointment_role', 'appointment', ['role_id']);
    await index('meeting_body_date', 'meeting', ['body_id', 'date']);
    await index('person_rank_person', 'person_rank', ['person_id', 'since_on']);
    await index('meeting_participant_appointment', 'meeting_participant', ['appointment_id']);
    await index('document_person_person', 'document_person', ['person_id']);
    await index('document_body_body', 'document_body', ['body_id']);
    await index('document_state_state', 'document_state', ['state_code']);
  },
};

function sqlCheck(_d: StoreDialect, column: string) {
  // ISO 3166-1 alpha-2: two capital Latin letters.
  return sql`length(${sql.ref(column)}) = 2 and upper(${sql.ref(column)}) = ${sql.ref(column)}`;
}
