/** @jsxRuntime automatic */
/** @jsxImportSource preact */
/** Directory pages (person, body, member state), the meetings archive and a meeting. Pure views. */
import type { Locale } from '../../platform/i18n/locales.ts';
import { discoveryMessages } from '../discovery-messages.ts';
import type {
  AppointmentVM, BodyPageVM, FeedListVM, FilterOptionVM, MeetingPageVM, MeetingRowVM, MeetingsArchiveVM, PartialDateVM, PersonPageVM, StatePageVM, TermVM,
} from '../directory-view-models.ts';
import type { ItemCardVM } from '../view-models.ts';
import { Layout, renderDocument } from './layout.tsx';
import { ItemCard, Meeting, Pagination } from './pages.tsx';

/** A date; `since` uses the form that follows "since" (Russian genitive: «с августа 2021 г.»). */
function When({ date, since }: { date: PartialDateVM; since?: boolean }) {
  return <time dateTime={date.iso}>{since ? date.sinceText : date.text}</time>;
}

function Term({ term, locale }: { term: TermVM; locale: Locale }) {
  const d = discoveryMessages(locale);
  if (term.from && term.to) {
    // A term within one recorded period ("2022") is written once.
    if (term.from.iso === term.to.iso) return <When date={term.from} />;
    return <><When date={term.from} /> – <When date={term.to} /></>;
  }
  if (term.from) return <>{d.since('')}<When date={term.from} since /></>;
  if (term.to) return <>{d.until('')}<When date={term.to} /></>;
  return <>{d.currentUndated}</>;
}

function Appointments({ list, locale, showPerson }: { list: AppointmentVM[]; locale: Locale; showPerson: boolean }) {
  return (
    <ul class="appointments">
      {list.map((a) => (
        <li>
          {showPerson && a.person && <><a href={a.person.href}>{a.person.label}</a>, </>}
          <span class="role">{a.role}</span>
          {!showPerson && a.of && <> (<a href={a.of.href}>{a.of.label}</a>)</>}
          {': '}<span class="term"><Term term={a.term} locale={locale} /></span>
          {a.note && <p class="note">{a.note}</p>}
        </li>
      ))}
    </ul>
  );
}

function MeetingRows({ rows, locale }: { rows: MeetingRowVM[]; locale: Locale }) {
  const d = discoveryMessages(locale);
  if (rows.length === 0) return <p>{d.noMeetings}</p>;
  return (
    <ol class="meeting-list">
      {rows.map((r) => (
        <li class="meeting-row">
          <a href={r.href}><time dateTime={r.dateIso}>{r.dateText}</time></a>
          {' · '}<a href={r.body.href}>{r.body.label}</a>
          {' · '}<span class="format">{r.format}</span>
          {r.location && <>{' · '}<span class="location">{r.location}</span></>}
          {r.role !== undefined && <>{' · '}<span class="role">{r.role}</span>{r.chair && <> ({d.chaired})</>}</>}
        </li>
      ))}
    </ol>
  );
}

function Items({ items, locale }: { items: ItemCardVM[]; locale: Locale }) {
  if (items.length === 0) return <p>{discoveryMessages(locale).noItems}</p>;
  return <ol class="item-list">{items.map((item) => <li><ItemCard item={item} headingLevel={3} /></li>)}</ol>;
}

function Feeds({ feeds, locale }: { feeds: FeedListVM; locale: Locale }) {
  const d = discoveryMessages(locale);
  return (
    <p class="feeds">{d.subscribe}:{' '}
      {feeds.links.map((f, i) => <>{i > 0 && ' · '}<a href={f.href} type={f.type}>{f.label}</a></>)}
    </p>
  );
}

function Section({ id, heading, children }: { id: string; heading: string; children: preact.ComponentChildren }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}

export function personPage(vm: PersonPageVM): string {
  const locale = vm.chrome.locale;
  const d = discoveryMessages(locale);
  return renderDocument(
    <Layout chrome={vm.chrome}>
      <article class="directory person" aria-labelledby="person-name">
        <p class="item-meta">{d.person}</p>
        <h1 id="person-name">{vm.name}</h1>
        {vm.fullName !== vm.name && <p class="full-name">{vm.fullName}</p>}
        {vm.aliases.length > 0 && <p class="aliases">{d.aliases}: {vm.aliases.join(', ')}</p>}
        {vm.ranks.length > 0 && (
          <Section id="ranks-heading" heading={d.ranks}>
            <ul class="ranks">{vm.ranks.map((r) => <li>{r.name}, {d.rankSince('')}<When date={r.since} since /></li>)}</ul>
          </Section>
        )}
        <Section id="appointments-heading" heading={d.appointments}>
          <Appointments list={vm.appointments} locale={locale} showPerson={false} />
        </Section>
        <Section id="meetings-heading" heading={d.meetingsAttended}>
          <MeetingRows rows={vm.meetings} locale={locale} />
        </Section>
        <Section id="news-heading" heading={d.mentionedIn}>
          <Items items={vm.items} locale={locale} />
          <Feeds feeds={vm.feeds} locale={locale} />
        </Section>
      </article>
    </Layout>,
  );
}

export function bodyPage(vm: BodyPageVM): string {
  const locale = vm.chrome.locale;
  const d = discoveryMessages(locale);
  return renderDocument(
    <Layout chrome={vm.chrome}>
      <article class="directory body" aria-labelledby="body-name">
        <p class="item-meta">{d.body}</p>
        <h1 id="body-name">{vm.name}</h1>
        {vm.abbreviation && <p class="abbreviation">{vm.abbreviation}</p>}
        {vm.parent && <p class="parent">{d.parentBody}: <a href={vm.parent.href}>{vm.parent.label}</a></p>}
        {vm.children.length > 0 && (
          <Section id="children-heading" heading={d.subordinateBodies}>
            <ul>{vm.children.map((c) => <li><a href={c.href}>{c.label}</a></li>)}</ul>
          </Section>
        )}
        {vm.chairmanships.length > 0 && (
          <Section id="chairs-heading" heading={vm.chairmanshipHeading}>
            <ul class="chairmanships">{vm.chairmanships.map((c) => <li><span class="years">{c.years}</span>: <a href={c.state.href}>{c.state.label}</a></li>)}</ul>
          </Section>
        )}
        {vm.officials.length > 0 && (
          <Section id="officials-heading" heading={d.officials}>
            <Appointments list={vm.officials} locale={locale} showPerson={true} />
          </Section>
        )}
        <Section id="meetings-heading" heading={d.meetings}>
          <MeetingRows rows={vm.meetings} locale={locale} />
          {vm.meetings.length > 0 && <p><a href={vm.meetingsHref}>{d.meetingsArchive} →</a></p>}
        </Section>
        <Section id="news-heading" heading={d.news}>
          <Items items={vm.items} locale={locale} />
          <Feeds feeds={vm.feeds} locale={locale} />
        </Section>
      </article>
    </Layout>,
  );
}

export function statePage(vm: StatePageVM): string {
  const locale = vm.chrome.locale;
  const d = discoveryMessages(locale);
  return renderDocument(
    <Layout chrome={vm.chrome}>
      <article class="directory state" aria-labelledby="state-name">
        <p class="item-meta">{d.memberState}</p>
        <h1 id="state-name">{vm.name}</h1>
        <p class="official-name">{d.officialName}: {vm.officialName}</p>
        {vm.memberSince && <p class="member-since">{d.memberSince}: <When date={vm.memberSince} /></p>}
        <Section id="officials-heading" heading={d.officials}>
          <Appointments list={vm.officials} locale={locale} showPerson={true} />
        </Section>
        {vm.chairmanships.length > 0 && (
          <Section id="chairs-heading" heading={d.chairmanship}>
            <ul class="chairmanships">
              {vm.chairmanships.map((c) => <li><span class="years">{c.years}</span>: {c.of ? <a href={c.of.href}>{c.of.label}</a> : d.chairmanshipOfOrganization}</li>)}
            </ul>
          </Section>
        )}
        <Section id="meetings-heading" heading={d.meetings}>
          <MeetingRows rows={vm.meetings} locale={locale} />
        </Section>
        <Section id="news-heading" heading={d.news}>
          <Items items={vm.items} locale={locale} />
          <Feeds feeds={vm.feeds} locale={locale} />
        </Section>
      </article>
    </Layout>,
  );
}

function Select({ name, label, options, locale }: { name: string; label: string; options: FilterOptionVM[]; locale: Locale }) {
  const id = `filter-${name}`;
  return (
    <p class="filter">
      <label for={id}>{label}</label>{' '}
      <select id={id} name={name}>
        <option value="" selected={!options.some((o) => o.selected)}>{discoveryMessages(locale).any}</option>
        {options.map((o) => <option value={o.value} selected={o.selected}>{o.label}</option>)}
      </select>
    </p>
  );
}

export function meetingsArchivePage(vm: MeetingsArchiveVM): string {
  const locale = vm.chrome.locale;
  const d = discoveryMessages(locale);
  return renderDocument(
    <Layout chrome={vm.chrome}>
      <h1>{vm.heading}</h1>
      <p class="intro">{vm.intro}</p>
      <form class="filters" method="get" action={vm.action} aria-label={d.filters}>
        <Select name="body" label={d.filterBody} options={vm.filters.body} locale={locale} />
        <Select name="year" label={d.filterYear} options={vm.filters.year} locale={locale} />
        <Select name="format" label={d.filterFormat} options={vm.filters.format} locale={locale} />
        <p><button type="submit">{d.applyFilters}</button></p>
      </form>
      <p class="result-count" role="status">{d.resultCount(vm.total)}</p>
      <MeetingRows rows={vm.meetings} locale={locale} />
      <Pagination p={vm.pagination} locale={locale} />
    </Layout>,
  );
}

export function meetingPage(vm: MeetingPageVM): string {
  const locale = vm.chrome.locale;
  const d = discoveryMessages(locale);
  return renderDocument(
    <Layout chrome={vm.chrome}>
      <h1>{vm.heading}</h1>
      <p class="item-meta"><a href={vm.bodyHref}>{vm.meeting.body}</a></p>
      <Meeting meeting={vm.meeting} locale={locale} />
      <Section id="coverage-heading" heading={d.coverage}>
        {vm.items.length === 0 ? <p>{d.noItems}</p> : (
          <ul class="coverage">
            {vm.items.map((i) => <li><time dateTime={i.dateIso}>{i.dateText}</time> · <a href={i.href}>{i.title}</a></li>)}
          </ul>
        )}
      </Section>
      <p><a href={vm.archiveHref}>{d.meetingsArchive} →</a></p>
    </Layout>,
  );
}
