/** @jsxRuntime automatic */
/** @jsxImportSource preact */
/**
 * The office's directory and meeting editors: pure functions of their view models. Every form
 * works without JavaScript (the meeting editor's type-ahead is a search field and a result list
 * of buttons); a refused form comes back with a message at each wrong field and what was typed kept.
 */
import type { Locale } from '../../platform/i18n/locales.ts';
import { LOCALE_NAMES } from '../messages.ts';
import { directoryMessages } from '../directory-messages.ts';
import { Layout, render, type FieldErrors, type OfficeChrome } from './pages.tsx';

function Csrf({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

function ErrorSummary({ locale, errors, message }: { locale: Locale; errors?: FieldErrors; message?: string | null }) {
  const has = errors && Object.keys(errors).length > 0;
  if (!has && !message) return null;
  return (
    <div class="error-summary" role="alert">
      <p>{message ?? directoryMessages(locale).fieldErrors}</p>
      {has && <ul>{Object.entries(errors!).map(([field, text]) => <li><a href={`#f-${field}`}>{text}</a></li>)}</ul>}
    </div>
  );
}

export interface FieldVM {
  name: string;
  label: string;
  type?: 'text' | 'date' | 'number' | 'email' | 'textarea' | 'select' | 'checkbox';
  options?: { value: string; label: string }[];
  hint?: string;
  lang?: string;
  readonly?: boolean;
  /** A text field's pattern (checked by the browser; the server checks again). */
  pattern?: string;
  size?: number;
  required?: boolean;
}

function FormField({ f, value, error, disabled }: { f: FieldVM; value: string | undefined; error: string | undefined; disabled: boolean }) {
  const id = `f-${f.name}`;
  const describedBy = [f.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = { id, name: f.name, 'aria-invalid': error ? ('true' as const) : undefined, 'aria-describedby': describedBy, lang: f.lang, disabled: disabled || undefined, required: f.required || undefined };
  if (f.type === 'checkbox') {
    return (
      <div class={error ? 'field checkbox has-error' : 'field checkbox'}>
        {f.hint && <p class="hint" id={`${id}-hint`}>{f.hint}</p>}
        {error && <p class="field-error" id={`${id}-error`}>{error}</p>}
        <input {...common} type="checkbox" value="1" checked={value === '1'} />
        <label for={id}>{f.label}</label>
      </div>
    );
  }
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={id}>{f.label}</label>
      {f.hint && <p class="hint" id={`${id}-hint`}>{f.hint}</p>}
      {error && <p class="field-error" id={`${id}-error`}>{error}</p>}
      {f.type === 'textarea' ? <textarea {...common} rows={4}>{value ?? ''}</textarea>
        : f.type === 'select' ? (
          <select {...common}>{(f.options ?? []).map((o) => <option value={o.value} selected={o.value === (value ?? '')}>{o.label}</option>)}</select>
        ) : <input {...common} type={f.type ?? 'text'} value={value ?? ''} readOnly={f.readonly || undefined} pattern={f.pattern} size={f.size} />}
    </div>
  );
}

/** A text field for a date known to the year, the month or the day: "2020", "2020-11", "2020-11-20". */
export const PARTIAL_DATE_FIELD = { type: 'text', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', size: 10 } as const;

export interface FieldGroupVM { legend?: string; lang?: string; fields: FieldVM[] }

// ---- directory ----

export interface DirectoryIndexVM {
  chrome: OfficeChrome;
  canEdit: boolean;
  kinds: { kind: string; label: string; items: { href: string; label: string }[] }[];
}

export function directoryIndexPage(vm: DirectoryIndexVM): string {
  const d = directoryMessages(vm.chrome.locale);
  return render(
    <Layout chrome={vm.chrome}>
      <h1>{d.directory}</h1>
      {!vm.canEdit && <p class="notice">{d.readOnly}</p>}
      <nav aria-label={d.directory}><ul>{vm.kinds.map((k) => <li><a href={`#kind-${k.kind}`}>{k.label}</a> ({k.items.length})</li>)}</ul></nav>
      {vm.kinds.map((k) => (
        <section aria-labelledby={`kind-${k.kind}`}>
          <h2 id={`kind-${k.kind}`}>{k.label}</h2>
          {vm.canEdit && <p><a class="button" href={`/office/directory/${k.kind}/new`}>{d.add}: {k.label}</a></p>}
          <ul>{k.items.map((i) => <li><a href={i.href}>{i.label}</a></li>)}</ul>
        </section>
      ))}
    </Layout>,
  );
}

export interface EntityFormVM {
  chrome: OfficeChrome;
  heading: string;
  action: string;
  groups: FieldGroupVM[];
  values: Record<string, string>;
  errors: FieldErrors;
  message?: string | null;
  canEdit: boolean;
  deleteAction?: string | null;
  /** A person's ranks: listed with a form to add one (only when editing an existing person). */
  ranks?: { action: string; rows: { label: string; since: string; removeAction: string }[]; options: { value: string; label: string }[]; values: Record<string, string>; errors: FieldErrors } | null;
}

export function entityFormPage(vm: EntityFormVM): string {
  const d = directoryMessages(vm.chrome.locale);
  return render(
    <Layout chrome={vm.chrome}>
      <p><a href="/office/directory">← {d.directory}</a></p>
      <h1>{vm.heading}</h1>
      {!vm.canEdit && <p class="notice">{d.readOnly}</p>}
      <ErrorSummary locale={vm.chrome.locale} errors={vm.errors} message={vm.message} />
      <form method="post" action={vm.action} class="stack">
        <Csrf token={vm.chrome.csrf} />
        {vm.values.base_version && <input type="hidden" name="base_version" value={vm.values.base_version} />}
        {vm.groups.map((g) => {
          const fields = g.fields.map((f) => <FormField f={f} value={vm.values[f.name]} error={vm.errors[f.name]} disabled={!vm.canEdit} />);
          return g.legend ? <fieldset lang={g.lang}><legend>{g.legend}</legend>{fields}</fieldset> : <>{fields}</>;
        })}
        {vm.canEdit && <button type="submit">{d.save}</button>}
      </form>
      {vm.ranks && (
        <section aria-labelledby="ranks-heading">
          <h2 id="ranks-heading">{d.ranksHeld}</h2>
          <ul>
            {vm.ranks.rows.map((r) => (
              <li>
                {r.label} — {r.since}
                {vm.canEdit && (
                  <form method="post" action={r.removeAction} class="inline">
                    <Csrf token={vm.chrome.csrf} />
                    <button type="submit" aria-label={`${d.remove}: ${r.label} ${r.since}`}>{d.remove}</button>
                  </form>
                )}
              </li>
            ))}
          </ul>
          {vm.canEdit && (
            <form method="post" action={vm.ranks.action} class="stack">
              <Csrf token={vm.chrome.csrf} />
              <ErrorSummary locale={vm.chrome.locale} errors={vm.ranks.errors} />
              <FormField f={{ name: 'rank_id', label: d.rank, type: 'select', options: vm.ranks.options }} value={vm.ranks.values.rank_id} error={vm.ranks.errors.rank_id} disabled={false} />
              <FormField
                f={{ name: 'since', label: d.rankSince, ...PARTIAL_DATE_FIELD, hint: d.partialDateHint }}
                value={vm.ranks.values.since} error={vm.ranks.errors.since} disabled={false}
              />
              <button type="submit">{d.addRank}</button>
            </form>
          )}
        </section>
      )}
      {vm.canEdit && vm.deleteAction && (
        <section aria-labelledby="delete-heading" class="delete-record">
          <h2 id="delete-heading">{d.deleteHeading}</h2>
          {/* Confirmation without script: the box must be ticked (the browser asks for it; the server checks again). */}
          <form method="post" action={vm.deleteAction} class="stack">
            <Csrf token={vm.chrome.csrf} />
            <FormField f={{ name: 'confirm', label: d.deleteConfirm, type: 'checkbox', required: true, hint: d.deleteHint }} value="" error={vm.errors.confirm} disabled={false} />
            <button type="submit">{d.delete}</button>
          </form>
        </section>
      )}
    </Layout>,
  );
}

// ---- meetings ----

export function meetingsListPage(vm: { chrome: OfficeChrome; rows: { href: string; date: string; body: string; format: string; location: string | null }[] }): string {
  const d = directoryMessages(vm.chrome.locale);
  return render(
    <Layout chrome={vm.chrome}>
      <h1>{d.meetings}</h1>
      <p><a class="button" href="/office/meetings/new">{d.newMeeting}</a></p>
      {vm.rows.length === 0 ? <p>{d.noMeetings}</p> : (
        <table>
          <thead><tr><th scope="col">{d.date}</th><th scope="col">{d.body}</th><th scope="col">{d.format}</th><th scope="col">{d.location}</th></tr></thead>
          <tbody>{vm.rows.map((r) => <tr><td><a href={r.href}>{r.date}</a></td><td>{r.body}</td><td>{r.format}</td><td>{r.location ?? ''}</td></tr>)}</tbody>
        </table>
      )}
    </Layout>,
  );
}

export interface MeetingEditorVM {
  chrome: OfficeChrome;
  heading: string;
  action: string;
  deleteAction: string | null;
  locales: readonly Locale[];
  values: Record<string, string>;
  errors: FieldErrors;
  message?: string | null;
  bodies: { value: string; label: string }[];
  formats: { value: string; label: string }[];
  /** Appointments valid on the meeting date (null: no valid date yet). */
  onDate: { value: string; label: string }[] | null;
  participants: { id: string; label: string }[];
  /** Type-ahead matches (null: nothing searched). */
  results: { id: string; label: string }[] | null;
  reports: { locale: Locale; paragraphs: string[] | null; problem: string | null }[];
}

export function meetingEditorPage(vm: MeetingEditorVM): string {
  const d = directoryMessages(vm.chrome.locale);
  const v = vm.values;
  const e = vm.errors;
  const field = (f: FieldVM) => <FormField f={f} value={v[f.name]} error={e[f.name]} disabled={false} />;
  return render(
    <Layout chrome={vm.chrome} script="/office/assets/meeting-editor.js">
      <p><a href="/office/meetings">← {d.meetings}</a></p>
      <h1>{vm.heading}</h1>
      <ErrorSummary locale={vm.chrome.locale} errors={e} message={vm.message} />
      <form method="post" action={vm.action} class="stack meeting-editor">
        <Csrf token={vm.chrome.csrf} />
        {v.base_version && <input type="hidden" name="base_version" value={v.base_version} />}
        {/* The first submit button is the one Enter presses: it refreshes the form (and the search). */}
        <button type="submit" name="op" value="preview">{d.update}</button>
        {field({ name: 'body_id', label: d.body, type: 'select', options: vm.bodies })}
        {field({ name: 'date', label: d.date, type: 'date' })}
        {field({ name: 'time', label: d.time })}
        {field({ name: 'time_zone', label: d.timeZone, hint: d.timeZoneHint })}
        {field({ name: 'format', label: d.format, type: 'select', options: vm.formats })}
        {vm.locales.map((l) => (
          <fieldset lang={l}>
            <legend>{d.location} {d.locale(LOCALE_NAMES[l])}</legend>
            {field({ name: `location_${l}`, label: `${d.location} ${d.locale(LOCALE_NAMES[l])}`, lang: l })}
            {l === 'ru' && field({ name: 'location_ru_prep', label: d.locationPrep, lang: 'ru' })}
          </fieldset>
        ))}
        {vm.onDate === null && <p class="warning">{d.setDateFirst}</p>}
        {field({ name: 'chair', label: d.chair, type: 'select', options: [{ value: '', label: d.none }, ...(vm.onDate ?? [])] })}
        <fieldset class="participants">
          <legend>{d.participants}</legend>
          {e.participants && <p class="field-error" id="f-participants">{e.participants}</p>}
          {vm.participants.length === 0 ? <p>{d.noParticipants}</p> : (
            <ol>
              {vm.participants.map((p, i) => (
                <li>
                  <input type="hidden" name="participant" value={p.id} />
                  {p.label}{' '}
                  {i > 0 && <button type="submit" name="op" value={`up:${i}`} aria-label={`${d.up}: ${p.label}`}>↑</button>}{' '}
                  {i < vm.participants.length - 1 && <button type="submit" name="op" value={`down:${i}`} aria-label={`${d.down}: ${p.label}`}>↓</button>}{' '}
                  <button type="submit" name="op" value={`remove:${i}`} aria-label={`${d.remove}: ${p.label}`}>{d.remove}</button>
                </li>
              ))}
            </ol>
          )}
          <div class="field typeahead">
            <label for="f-q">{d.search}</label>
            <input id="f-q" name="q" type="search" value={v.q ?? ''} autoComplete="off" aria-controls="typeahead-results" />
            <button type="submit" name="op" value="search">{d.searchButton}</button>
          </div>
          <div id="typeahead-results" aria-live="polite">
            {vm.results !== null && (vm.results.length === 0 ? <p>{d.noResults}</p> : (
              <>
                <p>{d.results}:</p>
                <ul>{vm.results.map((r) => <li>{r.label} <button type="submit" name="op" value={`add:${r.id}`} aria-label={`${d.addParticipant}: ${r.label}`}>{d.addParticipant}</button></li>)}</ul>
              </>
            ))}
          </div>
          {vm.onDate && vm.onDate.length > 0 && (
            <details>
              <summary>{d.onDate(v.date ?? '')}</summary>
              <ul>{vm.onDate.map((o) => <li>{o.label} <button type="submit" name="op" value={`add:${o.value}`} aria-label={`${d.addParticipant}: ${o.label}`}>{d.addParticipant}</button></li>)}</ul>
            </details>
          )}
        </fieldset>
        {vm.locales.map((l) => field({ name: `agenda_${l}`, label: `${d.agenda} ${d.locale(LOCALE_NAMES[l])}`, type: 'textarea', lang: l }))}
        {vm.locales.map((l) => field({ name: `outcomes_${l}`, label: `${d.outcomes} ${d.locale(LOCALE_NAMES[l])}`, type: 'textarea', lang: l }))}
        {field({ name: 'document_slug', label: d.newsItem })}
        <section aria-labelledby="report-heading" class="report-preview">
          <h2 id="report-heading">{d.report}</h2>
          {vm.reports.map((r) => (
            <div lang={r.locale}>
              <h3>{LOCALE_NAMES[r.locale]}</h3>
              {r.problem ? <p class="warning" lang={vm.chrome.locale}>{r.problem}</p> : (r.paragraphs ?? []).map((p) => <p class="report-paragraph">{p}</p>)}
            </div>
          ))}
        </section>
        <button type="submit" name="op" value="save">{d.saveMeeting}</button>
      </form>
      {vm.deleteAction && (
        <form method="post" action={vm.deleteAction} class="stack delete-record">
          <Csrf token={vm.chrome.csrf} />
          {/* Confirmation without script, as for directory records: the server checks the box again. */}
          <FormField f={{ name: 'confirm', label: d.deleteMeetingConfirm, type: 'checkbox', required: true, hint: d.deleteMeetingHint }} value="" error={e.confirm} disabled={false} />
          <button type="submit">{d.deleteMeeting}</button>
        </form>
      )}
    </Layout>,
  );
}
