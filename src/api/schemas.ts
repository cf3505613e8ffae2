/**
 * TypeBox schemas of the read API: they validate input, shape the JSON output (Fastify serializes
 * with them) and are the source of the OpenAPI document.
 */
import { Type, type TSchema } from '@sinclair/typebox';
import { DOCUMENT_TYPES } from '../newsroom/domain.ts';
import { MEETING_FORMATS } from '../meetings/domain.ts';

export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const ErrorBody = Type.Object({
  error: Type.Object({
    code: Type.String({ description: 'stable error code, e.g. input.invalid, not_found, rate_limited' }),
    message: Type.String(),
    where: Nullable(Type.String({ description: 'the parameter or field that was wrong' })),
  }),
}, { description: 'an error' });

/** A string from a fixed list (one `enum`, so a wrong value gets one clear message). */
export const Enum = <T extends string>(values: readonly T[], options: { description?: string } = {}) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], ...options });

export function localeQuery(locales: readonly string[]) {
  return Type.Optional(Enum(locales, { description: `language of the content (default ${locales[0]})` }));
}

export const Cursor = Type.Optional(Type.String({ maxLength: 512, description: 'opaque cursor from `next` of the previous page' }));
export const Limit = Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'page size (1–100)' }));
export const Year = Type.Optional(Type.Integer({ minimum: 1900, maximum: 2999 }));
export const Slug = Type.String({ minLength: 1, maxLength: 200 });

export const Page = <T extends TSchema>(item: T) => Type.Object({
  data: Type.Array(item),
  next: Nullable(Type.String({ description: 'cursor of the next page; null on the last page' })),
});

const Ref = Type.Object({ slug: Type.String(), name: Type.String() });
const StateRef = Type.Object({ code: Type.String(), name: Type.String() });

export const ItemSummarySchema = Type.Object({
  slug: Type.String(),
  type: Enum(DOCUMENT_TYPES),
  locale: Type.String(),
  title: Type.String(),
  summary: Type.String(),
  section: Ref,
  publishedAt: Type.String({ format: 'date-time', description: 'public timestamp of the current edition' }),
  firstPublishedAt: Type.String({ format: 'date-time' }),
  translations: Type.Array(Type.Object({ locale: Type.String(), url: Type.String(), api: Type.String() }), { description: 'the languages this item is published in' }),
  url: Type.String({ description: 'public page' }),
});

export const ItemSchema = Type.Composite([ItemSummarySchema, Type.Object({
  body: Type.String({ description: 'body as Markdown' }),
  bodyHtml: Type.String({ description: 'body rendered to sanitized HTML (meeting reports start with the generated report)' }),
  changeNote: Nullable(Type.String()),
  meetingId: Nullable(Type.Integer()),
  bodies: Type.Array(Ref),
  people: Type.Array(Ref),
  states: Type.Array(StateRef),
})]);

export const SectionSchema = Type.Object({ slug: Type.String(), name: Type.String(), description: Nullable(Type.String()) });

export const BodySchema = Type.Object({
  slug: Type.String(), kind: Type.String(), name: Type.String(), shortName: Nullable(Type.String()), abbreviation: Nullable(Type.String()),
  parent: Nullable(Type.String({ description: 'slug of the parent body' })),
});

export const StateSchema = Type.Object({
  code: Type.String({ description: 'ISO 3166-1 alpha-2' }), shortName: Type.String(), officialName: Type.String(),
  memberships: Type.Array(Type.Object({ startedOn: Type.String({ format: 'date' }), endedOn: Nullable(Type.String({ format: 'date' })) })),
});

export const PersonSchema = Type.Object({
  slug: Type.String(), name: Type.String(), givenName: Type.String(), patronymic: Nullable(Type.String()), familyName: Type.String(),
  aliases: Type.Array(Type.String()), rank: Nullable(Type.String({ description: 'latest rank' })),
});

export const AppointmentSchema = Type.Object({
  id: Type.Integer(),
  person: Ref,
  role: Ref,
  state: Nullable(Type.String()),
  body: Nullable(Type.String()),
  startedOn: Nullable(Type.String()),
  startedPrecision: Type.String(),
  endedOn: Nullable(Type.String({ description: 'null = current' })),
  endedPrecision: Type.String(),
});

const ParticipantSchema = Type.Object({
  person: Nullable(Type.String({ description: 'person slug' })),
  name: Type.String(),
  role: Type.String({ description: 'the role held on the meeting date' }),
  state: Nullable(StateRef),
  rank: Nullable(Type.String({ description: 'rank held on the meeting date' })),
  chair: Type.Boolean(),
});

export const MeetingSchema = Type.Object({
  id: Type.Integer(),
  date: Type.String({ format: 'date' }),
  time: Nullable(Type.String()),
  timeZone: Type.String(),
  format: Enum(MEETING_FORMATS),
  location: Nullable(Type.String()),
  body: Ref,
  participants: Type.Array(ParticipantSchema, { description: 'the chair first, then the participants in protocol order' }),
  agenda: Type.Array(Type.String()),
  outcomes: Type.Array(Type.String()),
});

export const ParticipantRowSchema = Type.Object({
  meetingId: Type.Integer(),
  date: Type.String({ format: 'date' }),
  body: Type.String(),
  bodySlug: Type.String(),
  format: Type.String(),
  location: Nullable(Type.String()),
  state: Nullable(Type.String({ description: 'state name' })),
  stateCode: Nullable(Type.String()),
  person: Type.String(),
  personSlug: Nullable(Type.String()),
  rank: Nullable(Type.String()),
  role: Type.String(),
  chair: Type.Boolean(),
});

const Segments = Type.Array(Type.Object({ text: Type.String(), hit: Type.Boolean() }), { description: 'text split into runs; `hit` marks matched words' });

export const SearchHitSchema = Type.Object({
  slug: Type.String(),
  locale: Type.String({ description: 'language of the version that matched' }),
  type: Type.String(),
  section: Type.Object({ slug: Type.String(), name: Type.String() }),
  title: Type.String(),
  summary: Type.String(),
  publishedAt: Type.String({ format: 'date-time' }),
  score: Type.Number(),
  titleSegments: Segments,
  snippet: Segments,
  url: Type.String(),
  api: Type.String(),
});

export const SearchFacetsSchema = Type.Record(Type.String(), Type.Array(Type.Object({
  value: Type.String(), label: Type.String(), count: Type.Integer(), selected: Type.Boolean(),
})));
