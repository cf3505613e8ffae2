/** @jsxRuntime automatic */
/** @jsxImportSource preact */
/** Public pages. Each is a pure function of its view model. */
import { messages } from '../../platform/i18n/messages.ts';
import type { ContactVM, ErrorPageVM, HomePageVM, ItemCardVM, ItemPageVM, ListPageVM, MeetingVM, PaginationVM, PersonRefVM } from '../view-models.ts';
import { Layout, renderDocument } from './layout.tsx';
import type { Locale } from '../../platform/i18n/locales.ts';
import { discoveryMessages } from '../discovery-messages.ts';

export function ItemCard({ item, headingLevel }: { item: ItemCardVM; headingLevel: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article class="item-card">
      <p class="item-meta">
        <time dateTime={item.dateIso}>{item.dateText}</time>
        <span class="item-type">{item.typeLabel}</span>
        <a href={item.section.href}>{item.section.label}</a>
      </p>
      <Heading class="item-title"><a href={item.href}>{item.title}</a></Heading>
      <p class="item-summary">{item.summary}</p>
    </article>
  );
}

export function Pagination({ p, locale }: { p: PaginationVM; locale: Locale }) {
  if (p.pages <= 1) return null;
  const m = messages(locale);
  return (
    <nav class="pagination" aria-label={m.pagination}>
      <ul>
        {p.newerHref && <li><a href={p.newerHref} rel="prev">← {m.previousPage}</a></li>}
        <li aria-current="page">{m.pageOf(p.page, p.pages)}</li>
        {p.olderHref && <li><a href={p.olderHref} rel="next">{m.nextPage} →</a></li>}
      </ul>
    </nav>
  );
}

export function listPage(vm: ListPageVM): string {
  const m = messages(vm.chrome.locale);
  return renderDocument(
    <Layout chrome={vm.chrome}>
      <h1>{vm.heading}</h1>
      {vm.intro && <p class="intro">{vm.intro}</p>}
      {vm.items.length === 0 ? <p>{m.noItems}</p> : (
        <ol class="item-list">
          {vm.items.map((item) => <li><ItemCard item={item} headingLevel={2} /></li>)}
        </ol>
      )}
      <Pagination p={vm.pagination} locale={vm.chrome.locale} />
    </Layout>,
  );
}

export function homePage(vm: HomePageVM): string {
  const m = messages(vm.chrome.locale);
  return renderDocument(
    <Layout chrome={vm.chrome}>
      <h1>{vm.heading}</h1>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">{m.latestNews}</h2>
        <ol class="item-list">
          {vm.latest.map((item) => <li><ItemCard item={item} headingLevel={3} /></li>)}
        </ol>
        <p><a href={vm.chrome.allNewsHref}>{m.allNews} →</a></p>
      </section>
      <section aria-labelledby="sections-heading">
        <h2 id="sections-heading">{m.sections}</h2>
        <ul class="section-list">
          {vm.sections.map((s) => (
            <li><a href={s.href}>{s.label}</a>{s.description && <p>{s.description}</p>}</li>
          ))}
        </ul>
      </section>
      {vm.contact && <Contact contact={vm.contact} locale={vm.chrome.locale} headingLevel={2} />}
    </Layout>,
  );
}

function personLine(p: PersonRefVM): string {
  return [p.rank, p.name].filter(Boolean).join(' ');
}

function PersonName({ p }: { p: PersonRefVM }) {
  return p.href ? <a href={p.href}>{personLine(p)}</a> : <>{personLine(p)}</>;
}

function Related({ related, locale }: { related: NonNullable<ItemPageVM['related']>; locale: Locale }) {
  const d = discoveryMessages(locale);
  const groups = [[d.linkedPeople, related.people], [d.linkedBodies, related.bodies], [d.linkedStates, related.states]] as const;
  if (!related.meetingHref && groups.every(([, links]) => links.length === 0)) return null;
  return (
    <nav class="related" aria-label={d.related}>
      <dl>
        {related.meetingHref && <><dt>{d.meetings}</dt><dd><a href={related.meetingHref}>{d.meetingPage}</a></dd></>}
        {groups.filter(([, links]) => links.length > 0).map(([label, links]) => (
          <><dt>{label}</dt><dd><ul class="inline-list">{links.map((l) => <li><a href={l.href}>{l.label}</a></li>)}</ul></dd></>
        ))}
      </dl>
    </nav>
  );
}

export function Meeting({ meeting, locale }: { meeting: MeetingVM; locale: Locale }) {
  const m = messages(locale);
  return (
    <section class="meeting" aria-labelledby="meeting-heading">
      <h2 id="meeting-heading">{m.meeting}</h2>
      <dl>
        <dt>{m.meetingBody}</dt>
        <dd>{meeting.body}</dd>
        <dt>{m.meetingDate}</dt>
        <dd><time dateTime={meeting.dateIso}>{meeting.dateText}</time></dd>
        <dt>{m.meetingFormat}</dt>
        <dd>{meeting.format}</dd>
        {meeting.location && <><dt>{m.meetingLocation}</dt><dd>{meeting.location}</dd></>}
        {meeting.chair && (
          <>
            <dt>{m.chair}</dt>
            <dd class="person-ref"><PersonName p={meeting.chair} />, <span class="role">{meeting.chair.role}</span></dd>
          </>
        )}
        {meeting.participants.length > 0 && (
          <>
            <dt>{m.participants}</dt>
            <dd>
              <ul class="participants">
                {meeting.participants.map((p) => (
                  <li class="person-ref"><PersonName p={p} />, <span class="role">{p.role}</span></li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {meeting.agenda.length > 0 && (
          <><dt>{m.agenda}</dt><dd><ol>{meeting.agenda.map((a) => <li>{a}</li>)}</ol></dd></>
        )}
        {meeting.outcomes.length > 0 && (
          <><dt>{m.outcomes}</dt><dd><ul>{meeting.outcomes.map((o) => <li>{o}</li>)}</ul></dd></>
        )}
      </dl>
    </section>
  );
}

function Contact({ contact, locale, headingLevel }: { contact: ContactVM; locale: Locale; headingLevel: 2 | 3 }) {
  const m = messages(locale);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="press-contact" aria-labelledby="contact-heading">
      <Heading id="contact-heading">{m.pressContact}</Heading>
      <address>
        <p><span class="contact-role">{contact.role}</span> <span class="contact-name">{contact.name}</span></p>
        <ul>
          {contact.phones.map((p) => <li>{m.phone}: <a href={p.href}>{p.text}</a></li>)}
          {contact.email && <li>{m.email}: <a href={`mailto:${contact.email}`}>{contact.email}</a></li>}
        </ul>
      </address>
    </section>
  );
}

export function itemPage(vm: ItemPageVM): string {
  const m = messages(vm.chrome.locale);
  return renderDocument(
    <Layout chrome={vm.chrome}>
      <article class="item" aria-labelledby="item-title">
        {vm.withdrawn && <p class="withdrawn-banner" role="note"><strong>{vm.withdrawn.text}</strong></p>}
        <header>
          <p class="item-meta">
            <span class="item-type">{vm.typeLabel}</span>
            <a href={vm.sectionHref}>{vm.sectionName}</a>
          </p>
          <h1 id="item-title">{vm.title}</h1>
          <p class="item-dates">
            {m.published}: <time dateTime={vm.dateIso}>{vm.dateText}</time>
            {vm.updated && <> · {m.updated}: <time dateTime={vm.updated.dateIso}>{vm.updated.dateText}</time></>}
          </p>
          {vm.author && <p class="item-author">{m.author}: {vm.author.role} {vm.author.name}</p>}
        </header>
        {vm.updated && <p class="change-note">{m.updated} {vm.updated.dateText}: {vm.updated.note}</p>}
        <div class="item-body" dangerouslySetInnerHTML={{ __html: vm.bodyHtml }} />
        {vm.meeting && <Meeting meeting={vm.meeting} locale={vm.chrome.locale} />}
        {vm.contact && <Contact contact={vm.contact} locale={vm.chrome.locale} headingLevel={2} />}
        {vm.related && <Related related={vm.related} locale={vm.chrome.locale} />}
      </article>
      <nav class="item-nav" aria-label={m.itemNavigation}>
        <ul>
          <li><a href={vm.sectionHref} data-history-back="">{m.goBack}</a></li>
          <li><a href={vm.sectionHref}>{m.backToSection}</a></li>
          <li><a href={vm.chrome.allNewsHref}>{m.backToAllNews}</a></li>
        </ul>
      </nav>
    </Layout>,
  );
}

export function errorPage(vm: ErrorPageVM): string {
  return renderDocument(
    <Layout chrome={vm.chrome}>
      <h1>{vm.heading}</h1>
      <p>{vm.text}</p>
      {vm.detail && <p class="error-detail">{vm.detail}</p>}
      <p><a href={vm.chrome.allNewsHref}>{messages(vm.chrome.locale).allNews}</a></p>
    </Layout>,
  );
}
