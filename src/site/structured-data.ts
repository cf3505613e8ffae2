/**
 * JSON-LD (schema.org) builders for public pages. Pure: plain data in, plain objects out.
 * `jsonLdText` serializes for a `<script type="application/ld+json">` element: `<`, `>`, `&`
 * and the JavaScript line separators are written as \u escapes, so no text in the data can
 * close the element or start markup.
 */

export type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface PublisherLd {
  name: string;
  url: string;
  logo?: string;
}

function organization(p: PublisherLd): JsonLd {
  return { '@type': 'Organization', name: p.name, url: p.url, ...(p.logo ? { logo: { '@type': 'ImageObject', url: p.logo } } : {}) };
}

export function newsArticleLd(input: {
  url: string;
  headline: string;
  description: string;
  datePublished: string;
  dateModified: string;
  inLanguage: string;
  publisher: PublisherLd;
  author: { name: string; jobTitle?: string; url?: string } | null;
  section?: string;
  about?: { type: 'Person' | 'Organization' | 'Country'; name: string; url?: string }[];
}): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    headline: input.headline.length > 110 ? `${input.headline.slice(0, 109)}…` : input.headline,
    description: input.description,
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    inLanguage: input.inLanguage,
    ...(input.section ? { articleSection: input.section } : {}),
    publisher: organization(input.publisher),
    // An item without a named author is the press service's own.
    author: input.author
      ? { '@type': 'Person', name: input.author.name, ...(input.author.jobTitle ? { jobTitle: input.author.jobTitle } : {}), ...(input.author.url ? { url: input.author.url } : {}) }
      : organization(input.publisher),
    ...(input.about && input.about.length > 0
      ? { about: input.about.map((a) => ({ '@type': a.type, name: a.name, ...(a.url ? { url: a.url } : {}) })) }
      : {}),
  };
}

export type AttendanceFormat = 'in_person' | 'videoconference' | 'hybrid';

const ATTENDANCE: Record<AttendanceFormat, string> = {
  in_person: 'https://schema.org/OfflineEventAttendanceMode',
  videoconference: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
};

export interface PersonRefLd {
  name: string;
  jobTitle?: string;
  url?: string;
  nationality?: string;
}

function person(p: PersonRefLd): JsonLd {
  return {
    '@type': 'Person', name: p.name,
    ...(p.jobTitle ? { jobTitle: p.jobTitle } : {}),
    ...(p.url ? { url: p.url } : {}),
    ...(p.nationality ? { nationality: { '@type': 'Country', name: p.nationality } } : {}),
  };
}

export function eventLd(input: {
  url: string;
  name: string;
  description?: string;
  startDate: string;
  format: AttendanceFormat;
  inLanguage: string;
  location: string | null;
  organizer: { name: string; url: string };
  chair: PersonRefLd | null;
  attendees: PersonRefLd[];
}): JsonLd {
  const place = input.location ? { '@type': 'Place', name: input.location, address: input.location } : null;
  const virtual = { '@type': 'VirtualLocation', url: input.url };
  const location = input.format === 'videoconference' ? virtual
    : input.format === 'hybrid' ? (place ? [place, virtual] : virtual)
    : place;
  const attendees = [...(input.chair ? [input.chair] : []), ...input.attendees];
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    url: input.url,
    name: input.name,
    ...(input.description ? { description: input.description } : {}),
    startDate: input.startDate,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: ATTENDANCE[input.format],
    inLanguage: input.inLanguage,
    ...(location ? { location } : {}),
    organizer: { '@type': 'Organization', name: input.organizer.name, url: input.organizer.url },
    attendee: attendees.map(person),
  };
}

export function personLd(input: {
  url: string;
  name: string;
  givenName: string;
  familyName: string;
  additionalName?: string | null;
  alternateNames: string[];
  jobTitles: string[];
  honorificPrefix?: string | null;
  worksFor?: { name: string; url: string } | null;
  gender: 'male' | 'female';
}): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Person',
    url: input.url,
    name: input.name,
    givenName: input.givenName,
    familyName: input.familyName,
    ...(input.additionalName ? { additionalName: input.additionalName } : {}),
    ...(input.alternateNames.length > 0 ? { alternateName: input.alternateNames } : {}),
    ...(input.jobTitles.length > 0 ? { jobTitle: input.jobTitles.length === 1 ? input.jobTitles[0] : input.jobTitles } : {}),
    ...(input.honorificPrefix ? { honorificPrefix: input.honorificPrefix } : {}),
    ...(input.worksFor ? { worksFor: { '@type': 'Organization', name: input.worksFor.name, url: input.worksFor.url } } : {}),
    gender: input.gender === 'male' ? 'https://schema.org/Male' : 'https://schema.org/Female',
  };
}

export function organizationLd(input: {
  url: string;
  name: string;
  alternateName?: string | null;
  parent?: { name: string; url: string } | null;
  children?: { name: string; url: string }[];
}): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Organization',
    url: input.url,
    name: input.name,
    ...(input.alternateName ? { alternateName: input.alternateName } : {}),
    ...(input.parent ? { parentOrganization: { '@type': 'Organization', name: input.parent.name, url: input.parent.url } } : {}),
    ...(input.children && input.children.length > 0
      ? { subOrganization: input.children.map((c) => ({ '@type': 'Organization', name: c.name, url: c.url })) }
      : {}),
  };
}

/** A member state page: schema.org has no member-state type; Country is the nearest. */
export function countryLd(input: { url: string; name: string; officialName: string; code: string }): JsonLd {
  return { '@context': CONTEXT, '@type': 'Country', url: input.url, name: input.name, alternateName: input.officialName, identifier: input.code };
}
