/** @jsxRuntime automatic */
/** @jsxImportSource preact */
/**
 * Back-office pages: pure functions of their view models. Every form works without JavaScript;
 * a refused form comes back with a message at each wrong field and what was typed kept.
 */
import { directoryMessages } from '../directory-messages.ts';
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Locale } from '../../platform/i18n/locales.ts';
import { LOCALE_NAMES, officeMessages, type OfficeMessages } from '../messages.ts';
import type { Role } from '../../accounts/domain.ts';
import type { EditionState } from '../../newsroom/domain.ts';
import type { UnpublishedKind } from '../queries.ts';

export interface OfficeChrome {
  locale: Locale;
  title: string;
  csrf: string;
  user: { email: string; role: Role; canManage: boolean; canReview: boolean; canAudit: boolean } | null;
  current?: string;
  notice?: string | null;
}

export type FieldErrors = Record<string, string>;

/** The office's page frame, shared by every office view; `script` adds one external script (no inline script: CSP). */
export function Layout({ chrome, children, script }: { chrome: OfficeChrome; children: ComponentChildren; script?: string }) {
  const m = officeMessages(chrome.locale);
  const link = (href: string, label: string, key: string) => <li><a href={href} aria-current={chrome.current === key ? 'page' : undefined}>{label}</a></li>;
  return (
    <html lang={chrome.locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${chrome.title} — ${m.office}`}</title>
        <link rel="stylesheet" href="/office/assets/office.css" />
        {script && <script src={script} defer />}
      </head>
      <body>
        <a class="skip-link" href="#content">{m.skipToContent}</a>
        <header class="office-header">
          <p class="office-name">{m.office}</p>
          {chrome.user && (
            <nav aria-label={m.mainNavigation}>
              <ul>
                {link('/office/', m.dashboard, 'dashboard')}
                {link('/office/documents/new', m.newItem, 'new')}
                {chrome.user.role !== 'contributor' && link('/office/meetings', directoryMessages(chrome.locale).meetings, 'meetings')}
                {chrome.user.role !== 'contributor' && link('/office/directory', directoryMessages(chrome.locale).directory, 'directory')}
                {chrome.user.canReview && link('/office/reviews', m.reviews, 'reviews')}
                {chrome.user.canManage && link('/office/users', m.users, 'users')}
                {chrome.user.canAudit && link('/office/audit', m.audit, 'audit')}
                {chrome.user.canManage && link('/office/webhooks', m.webhooks, 'webhooks')}
                {link('/office/account', m.myAccount, 'account')}
              </ul>
              <form method="post" action="/office/logout" class="inline">
                <input type="hidden" name="_csrf" value={chrome.csrf} />
                <span class="who">{chrome.user.email} ({m.roles[chrome.user.role]})</span>
                <button type="submit">{m.signOut}</button>
              </form>
            </nav>
          )}
        </header>
        <main id="content">
          {chrome.notice && <p class="notice" role="status">{chrome.notice}</p>}
          {children}
        </main>
      </body>
    </html>
  );
}

export function render(node: preact.VNode): string {
  return `<!DOCTYPE html>${renderToString(node)}`;
}

function Csrf({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

function Field(props: {
  name: string; label: string; value?: string; error?: string; type?: string; hint?: string; multiline?: boolean; rows?: number;
  autocomplete?: string; required?: boolean; lang?: string;
}) {
  const id = `f-${props.name}`;
  const describedBy = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = { id, name: props.name, 'aria-invalid': props.error ? ('true' as const) : undefined, 'aria-describedby': describedBy, required: props.required, lang: props.lang };
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <label for={id}>{props.label}</label>
      {props.hint && <p class="hint" id={`${id}-hint`}>{props.hint}</p>}
      {props.error && <p class="field-error" id={`${id}-error`}>{props.error}</p>}
      {props.multiline
        ? <textarea {...common} rows={props.rows ?? 8}>{props.value ?? ''}</textarea>
        : <input {...common} type={props.type ?? 'text'} value={props.value ?? ''} autoComplete={props.autocomplete} />}
    </div>
  );
}

function ErrorSummary({ m, errors, message }: { m: OfficeMessages; errors?: FieldErrors; message?: string | null }) {
  const has = errors && Object.keys(errors).length > 0;
  if (!has && !message) return null;
  return (
    <div class="error-summary" role="alert">
      <p>{message ?? m.fieldErrors}</p>
      {has && <ul>{Object.entries(errors!).map(([field, text]) => <li><a href={`#f-${field}`}>{text}</a></li>)}</ul>}
    </div>
  );
}

// ---- sign in, second factor ----

export function loginPage(vm: { chrome: OfficeChrome; email: string; errors: FieldErrors; message: string | null; askCode: boolean }): string {
  const m = officeMessages(vm.chrome.locale);
  return render(
    <Layout chrome={vm.chrome}>
      <h1>{m.signInHeading}</h1>
      <ErrorSummary m={m} errors={vm.errors} message={vm.message} />
      <form method="post" action="/office/login" class="stack">
        <Csrf token={vm.chrome.csrf} />
        <Field name="email" label={m.email} type="email" value={vm.email} error={vm.errors.email} autocomplete="username" required />
        <Field name="password" label={m.password} type="password" error={vm.errors.password} autocomplete="current-password" required />
        <Field name="code" label={m.totpCode} hint={m.totpCodeHint} error={vm.errors.code} autocomplete="one-time-code" />
        <button type="submit">{m.signIn}</button>
      </form>
    </Layout>,
  );
}

export function totpPage(vm: { chrome: OfficeChrome; secret: string; qrDataUrl: string; error: string | null }): string {
  const m = officeMessages(vm.chrome.locale);
  return render(
    <Layout chrome={vm.chrome}>
      <h1>{m.totpHeading}</h1>
      <p>{m.totpIntro}</p>
      <img src={vm.qrDataUrl} alt={m.totpQrAlt} width={220} height={220} class="qr" />
      <p>{m.totpSecret}: <code id="totp-secret">{vm.secret}</code></p>
      <ErrorSummary m={m} errors={vm.error ? { code: vm.error } : {}} />
      <form method="post" action="/office/totp" class="stack">
        <Csrf token={vm.chrome.csrf} />
        <Field name="code" label={m.totpCode} error={vm.error ?? undefined} autocomplete="one-time-code" required />
        <button type="submit">{m.totpConfirm}</button>
      </form>
    </Layout>,
  );
}

// ---- items ----

export interface DashboardRow { href: string; title: string; slug: string; state: EditionState; unpublished: UnpublishedKind | null; number: number; locales: string; updated: string; updatedIso: string }

/** An edition's state as staff speak of it: an unpublished item is not just "withdrawn". */
function StateLabel({ m, state, unpublished }: { m: OfficeMessages; state: EditionState; unpublished: UnpublishedKind | null }) {
  return unpublished
    ? <span class={`state state-unpublished state-unpublished-${unpublished}`}>{m.unpublishedStates[unpublished]}</span>
    : <span class={`state state-${state}`}>{m.states[state]}</span>;
}

export function dashboardPage(vm: { chrome: OfficeChrome; rows: DashboardRow[] }): string {
  const m = officeMessages(vm.chrome.locale);
  return render(
    <Layout chrome={vm.chrome}>
      <h1>{m.dashboard}</h1>
      <p><a class="button" href="/office/documents/new">{m.newItem}</a></p>
      {vm.rows.length === 0 ? <p>{m.noItems}</p> : (
        <table>
          <thead><tr><th scope="col">{m.title}</th><th scope="col">{m.state}</th><th scope="col">{m.languageVersion('')}</th><th scope="col">{m.updatedAt}</th></tr></thead>
          <tbody>
            {vm.rows.map((r) => (
              <tr>
                <td><a href={r.href}>{r.title}</a><br /><small>{r.slug} · {m.edition(r.number)}</small></td>
                <td><StateLabel m={m} state={r.state} unpublished={r.unpublished} /></td>
                <td>{r.locales}</td>
                <td><time dateTime={r.updatedIso}>{r.updated}</time></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>,
  );
}

export interface NewDocumentVM {
  chrome: OfficeChrome;
  locales: readonly Locale[];
  sections: { slug: string; name: string }[];
  types: { value: string; label: string }[];
  values: Record<string, string>;
  errors: FieldErrors;
  message?: string | null;
}

function Select({ name, label, options, value, error }: { name: string; label: string; options: { value: string; label: string }[]; value?: string; error?: string }) {
  const id = `f-${name}`;
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={id}>{label}</label>
      {error && <p class="field-error" id={`${id}-error`}>{error}</p>}
      <select id={id} name={name} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-error` : undefined}>
        {options.map((o) => <option value={o.value} selected={o.value === value}>{o.label}</option>)}
      </select>
    </div>
  );
}

function LocaleFields({ m, locale, values, errors, withChangeNote }: { m: OfficeMessages; locale: Locale; values: Record<string, string>; errors: FieldErrors; withChangeNote: boolean }) {
  return (
    <fieldset class="locale-version" lang={locale}>
      <legend>{m.languageVersion(LOCALE_NAMES[locale])}</legend>
      <Field name={`title_${locale}`} label={m.title} value={values[`title_${locale}`]} error={errors[`title_${locale}`]} />
      <Field name={`summary_${locale}`} label={m.summary} value={values[`summary_${locale}`]} error={errors[`summary_${locale}`]} multiline rows={3} />
      <Field name={`body_${locale}`} label={m.body} value={values[`body_${locale}`]} error={errors[`body_${locale}`]} multiline rows={12} />
      {withChangeNote && <Field name={`change_note_${locale}`} label={m.changeNote} value={values[`change_note_${locale}`]} error={errors[`change_note_${locale}`]} />}
    </fieldset>
  );
}

export function newDocumentPage(vm: NewDocumentVM): string {
  const m = officeMessages(vm.chrome.locale);
  return render(
    <Layout chrome={vm.chrome}>
      <h1>{m.newItem}</h1>
      <ErrorSummary m={m} errors={vm.errors} message={vm.message} />
      <form method="post" action="/office/documents" class="stack">
        <Csrf token={vm.chrome.csrf} />
        <Field name="slug" label={m.slug} hint={m.slugHint} value={vm.values.slug} error={vm.errors.slug} required />
        <Select name="type" label={m.type} options={vm.types} value={vm.values.type} error={vm.errors.type} />
        <Select name="section" label={m.section} options={vm.sections.map((s) => ({ value: s.slug, label: s.name }))} value={vm.values.section} error={vm.errors.section} />
        {vm.locales.map((l) => <LocaleFields m={m} locale={l} values={vm.values} errors={vm.errors} withChangeNote={false} />)}
        <button type="submit">{m.create}</button>
      </form>
    </Layout>,
  );
}

export interface EditionVM {
  chrome: OfficeChrome;
  id: number;
  number: number;
  slug: string;
  state: EditionState;
  unpublished: UnpublishedKind | null;
  version: string;
  editable: boolean;
  previouslyPublished: boolean;
  majorChange: boolean;
  locales: readonly Locale[];
  missingLocales: string[];
  /** Each present language version and whether it is marked ready; null = not tracked. */
  readiness: { locale: Locale; ready: boolean }[] | null;
  values: Record<string, string>;
  errors: FieldErrors;
  message?: string | null;
  conflict?: boolean;
  previews: { locale: Locale; href: string }[];
  scheduledFor: string | null;
  rejectionNote: string | null;
  publicHref: string | null;
  newerHref: string | null;
  compareHref: string | null;
  embargo: { links: { recipient: string; until: string }[]; canCreate: boolean } | null;
  actions: {
    submit: boolean; reject: boolean; publish: boolean; schedule: boolean; unschedule: boolean; forcePublish: boolean; withdraw: boolean; newDraft: boolean;
    unpublish?: boolean;
  };
  timeZone: string;
  /** Findings of the editorial checks (null = not shown for this edition). */
  checks?: FindingVM[] | null;
  /** Overrides already recorded for this edition. */
  overrides?: { by: string; reason: string }[];
  /** Whether the person may override error-level findings (a publisher). */
  canOverride?: boolean;
}

export interface FindingVM { code: string; severity: 'error' | 'warning'; sentence: string; field: string; locale: string | null; offset: number | null }

function ChecksSection({ vm, m }: { vm: EditionVM; m: OfficeMessages }) {
  if (!vm.checks) return null;
  return (
    <section aria-labelledby="checks-heading" class="checks" id="f-checks">
      <h2 id="checks-heading">{m.checks}</h2>
      <p class="hint">{m.checksIntro}</p>
      {vm.checks.length === 0 ? <p class="ok">{m.checksNone}</p> : (
        <table class="findings">
          <thead><tr><th scope="col">{m.checkSeverity}</th><th scope="col">{m.checkCode}</th><th scope="col">{m.checkSentence}</th><th scope="col">{m.checkWhere}</th></tr></thead>
          <tbody>
            {vm.checks.map((f) => (
              <tr class={`finding finding-${f.severity}`}>
                <td><strong class={`severity severity-${f.severity}`}>{m.severities[f.severity] ?? f.severity}</strong></td>
                <td><code>{f.code}</code></td>
                <td>{f.sentence}</td>
                <td>{[m.fieldNames[f.field] ?? f.field, f.locale ? LOCALE_NAMES[f.locale as Locale] ?? f.locale : null, f.offset !== null ? m.checkOffset(f.offset) : null].filter(Boolean).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(vm.overrides ?? []).length > 0 && <ul>{vm.overrides!.map((o) => <li>{m.overridden(o.by, o.reason)}</li>)}</ul>}
    </section>
  );
}

/** The written reason to let an edition through despite error-level findings (publishers only). */
function OverrideField({ vm, m, action }: { vm: EditionVM; m: OfficeMessages; action: string }) {
  if (!vm.canOverride || !vm.checks?.some((f) => f.severity === 'error')) return null;
  const id = `f-override_reason-${action}`;
  return (
    <div class={vm.errors.checks ? 'field has-error' : 'field'}>
      <label for={id}>{m.overrideReason}</label>
      <p class="hint" id={`${id}-hint`}>{m.overrideHint}</p>
      <textarea id={id} name="override_reason" rows={2} aria-describedby={`${id}-hint`}>{vm.values.override_reason ?? ''}</textarea>
    </div>
  );
}

function ActionForm({ vm, action, label, children }: { vm: EditionVM; action: string; label: string; children?: ComponentChildren }) {
  return (
    <form method="post" action={`/office/editions/${vm.id}/${action}`} class="action stack">
      <Csrf token={vm.chrome.csrf} />
      <input type="hidden" name="version" value={vm.version} />
      {children}
      <button type="submit">{label}</button>
    </form>
  );
}

export function editionPage(vm: EditionVM): string {
  const m = officeMessages(vm.chrome.locale);
  const a = vm.actions;
  return render(
    <Layout chrome={vm.chrome}>
      <h1>{vm.values[`title_${vm.chrome.locale}`] || vm.slug}</h1>
      <p class="meta">{m.edition(vm.number)} · {m.state}: <StateLabel m={m} state={vm.state} unpublished={vm.unpublished} />
        {vm.scheduledFor && <> · {m.scheduledFor}: {vm.scheduledFor}</>}
        {vm.publicHref && <> · <a href={vm.publicHref}>{m.publicPage}</a></>}
        {vm.newerHref && <> · <a href={vm.newerHref}>{m.edition(vm.number + 1)}</a></>}
        {vm.compareHref && <> · <a href={vm.compareHref}>{m.compareLink}</a></>}
      </p>
      {vm.rejectionNote && <p class="notice">{m.rejectionNote}: {vm.rejectionNote}</p>}
      <p class={vm.missingLocales.length > 0 ? 'warning' : 'ok'}>{vm.missingLocales.length > 0 ? m.missingLocales(vm.missingLocales.join(', ')) : m.allLocalesReady}</p>
      <ErrorSummary m={m} errors={vm.errors} message={vm.message} />
      {vm.conflict && <p><a href={`/office/editions/${vm.id}`} target="_blank" rel="noopener">{m.seeCurrent}</a></p>}
      {vm.editable ? (
        <form method="post" action={`/office/editions/${vm.id}`} class="stack">
          <Csrf token={vm.chrome.csrf} />
          <input type="hidden" name="version" value={vm.version} />
          {vm.locales.map((l) => <LocaleFields m={m} locale={l} values={vm.values} errors={vm.errors} withChangeNote={vm.previouslyPublished} />)}
          {vm.previouslyPublished && (
            <div class="field checkbox">
              <input type="checkbox" id="f-major_change" name="major_change" value="1" checked={vm.majorChange} />
              <label for="f-major_change">{m.majorChange}</label>
            </div>
          )}
          <button type="submit">{m.save}</button>
          <p class="hint">{m.saveFirst}</p>
        </form>
      ) : (
        vm.locales.filter((l) => vm.values[`title_${l}`]).map((l) => (
          <section lang={l} aria-label={m.languageVersion(LOCALE_NAMES[l])}>
            <h2>{vm.values[`title_${l}`]}</h2>
            <p>{vm.values[`summary_${l}`]}</p>
          </section>
        ))
      )}
      {vm.readiness && vm.readiness.length > 0 && (
        <section aria-labelledby="ready-heading" class="readiness">
          <h2 id="ready-heading">{m.readiness}</h2>
          <ul>
            {vm.readiness.map((r) => (
              <li>
                {LOCALE_NAMES[r.locale]}: <strong class={r.ready ? 'ready' : 'not-ready'}>{r.ready ? m.ready : m.notReady}</strong>
                {vm.editable && (
                  <form method="post" action={`/office/editions/${vm.id}/ready`} class="inline">
                    <Csrf token={vm.chrome.csrf} />
                    <input type="hidden" name="version" value={vm.version} />
                    <input type="hidden" name="locale" value={r.locale} />
                    <input type="hidden" name="ready" value={r.ready ? '0' : '1'} />
                    <button type="submit">{r.ready ? m.markNotReady(LOCALE_NAMES[r.locale]) : m.markReady(LOCALE_NAMES[r.locale])}</button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {vm.previews.length > 0 && (
        <p>{m.preview}: {vm.previews.map((p, i) => <>{i > 0 && ' · '}<a href={p.href}>{LOCALE_NAMES[p.locale]}</a></>)}</p>
      )}
      <ChecksSection vm={vm} m={m} />
      <section aria-labelledby="actions-heading" class="actions">
        <h2 id="actions-heading">{m.actions}</h2>
        {a.submit && <ActionForm vm={vm} action="submit" label={m.submit}><OverrideField vm={vm} m={m} action="submit" /></ActionForm>}
        {a.publish && <ActionForm vm={vm} action="publish" label={m.publish}><OverrideField vm={vm} m={m} action="publish" /></ActionForm>}
        {a.schedule && (
          <ActionForm vm={vm} action="schedule" label={m.schedule}>
            <Field name="publish_at" type="datetime-local" label={`${m.scheduleAt} (${vm.timeZone})`} value={vm.values.publish_at} error={vm.errors.publish_at} />
            <OverrideField vm={vm} m={m} action="schedule" />
          </ActionForm>
        )}
        {a.unschedule && <ActionForm vm={vm} action="unschedule" label={m.unschedule} />}
        {a.reject && (
          <ActionForm vm={vm} action="reject" label={m.reject}>
            <Field name="note" label={m.rejectNote} value={vm.values.note} multiline rows={3} />
          </ActionForm>
        )}
        {a.forcePublish && (
          <ActionForm vm={vm} action="force-publish" label={m.forcePublish}>
            <Field name="reason" label={m.forceReason} value={vm.values.reason} error={vm.errors.reason} multiline rows={3} />
            <OverrideField vm={vm} m={m} action="force-publish" />
          </ActionForm>
        )}
        {a.withdraw && (
          <ActionForm vm={vm} action="withdraw" label={m.withdraw}>
            {vm.locales.map((l) => <Field name={`explanation_${l}`} label={m.withdrawExplanation(LOCALE_NAMES[l])} value={vm.values[`explanation_${l}`]} error={vm.errors[`explanation_${l}`]} multiline rows={3} lang={l} />)}
          </ActionForm>
        )}
        {a.unpublish && (
          <ActionForm vm={vm} action="unpublish" label={m.unpublish}>
            <p class="hint">{m.unpublishHint}</p>
            <fieldset class={vm.errors.unpublish_kind ? 'field has-error' : 'field'}>
              <legend>{m.unpublishHow}</legend>
              {vm.errors.unpublish_kind && <p class="field-error" id="f-unpublish_kind-error">{vm.errors.unpublish_kind}</p>}
              <input type="radio" id="f-unpublish_kind" name="unpublish_kind" value="gone" checked={vm.values.unpublish_kind === 'gone'} />
              <label for="f-unpublish_kind">{m.unpublishGone}</label>
              <input type="radio" id="f-unpublish_kind-replaced" name="unpublish_kind" value="replaced" checked={vm.values.unpublish_kind === 'replaced'} />
              <label for="f-unpublish_kind-replaced">{m.unpublishReplaced}</label>
            </fieldset>
            <Field name="replacement" label={m.replacementSlug} value={vm.values.replacement} error={vm.errors.replacement} />
            <Field name="unpublish_reason" label={m.unpublishReason} value={vm.values.unpublish_reason} multiline rows={2} />
          </ActionForm>
        )}
        {a.newDraft && <ActionForm vm={vm} action="new-draft" label={m.newDraft} />}
      </section>
      {vm.embargo && (
        <section aria-labelledby="embargo-heading" class="embargo">
          <h2 id="embargo-heading">{m.embargo}</h2>
          <p class="hint">{m.embargoIntro}</p>
          {vm.embargo.links.length > 0 && <ul>{vm.embargo.links.map((l) => <li>{m.linkFor(l.recipient, l.until)}</li>)}</ul>}
          {vm.embargo.canCreate && (
            <ActionForm vm={vm} action="embargo-links" label={m.createLink}>
              <Field name="recipient" label={m.recipient} value={vm.values.recipient} error={vm.errors.recipient} />
              <Field name="expires_days" type="number" label={m.expiresInDays} value={vm.values.expires_days ?? '7'} error={vm.errors.expires} />
            </ActionForm>
          )}
        </section>
      )}
    </Layout>,
  );
}

/** The body rendered by the same renderer and stylesheet as the public item page. */
export function previewPage(vm: { locale: Locale; officeLocale: Locale; title: string; summary: string; bodyHtml: string; backHref: string }): string {
  const m = officeMessages(vm.officeLocale);
  return render(
    <html lang={vm.locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${m.preview}: ${vm.title}`}</title>
        <link rel="stylesheet" href="/assets/site.css" />
      </head>
      <body>
        <main id="content" class="wrap">
          <p lang={vm.officeLocale}><a href={vm.backHref}>← {m.preview}</a></p>
          <article class="item" aria-labelledby="item-title">
            <header><h1 id="item-title">{vm.title}</h1></header>
            {vm.summary && <p class="item-summary">{vm.summary}</p>}
            <div class="item-body" dangerouslySetInnerHTML={{ __html: vm.bodyHtml }} />
          </article>
        </main>
      </body>
    </html>,
  );
}

// ---- account, users, audit, reviews ----

export function accountPage(vm: { chrome: OfficeChrome; locale: Locale; timeZone: string; errors: FieldErrors; message?: string | null; locales: readonly Locale[] }): string {
  const m = officeMessages(vm.chrome.locale);
  return render(
    <Layout chrome={vm.chrome}>
      <h1>{m.myAccount}</h1>
      <ErrorSummary m={m} errors={vm.errors} message={vm.message} />
      <h2>{m.preferences}</h2>
      <form method="post" action="/office/account" class="stack">
        <Csrf token={vm.chrome.csrf} />
        <Select name="locale" label={m.language} options={vm.locales.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))} value={vm.locale} />
        <Field name="time_zone" label={m.timeZone} value={vm.timeZone} error={vm.errors.time_zone} />
        <button type="submit">{m.save}</button>
      </form>
      <h2>{m.passwordHeading}</h2>
      <form method="post" action="/office/account/password" class="stack">
        <Csrf token={vm.chrome.csrf} />
        <Field name="current_password" label={m.currentPassword} type="password" error={vm.errors.current_password} autocomplete="current-password" required />
        <Field name="new_password" label={m.newPassword} type="password" error={vm.errors.new_password} autocomplete="new-password" required />
        <button type="submit">{m.passwordHeading}</button>
      </form>
    </Layout>,
  );
}

export interface UserRowVM { id: number; email: string; displayName: string; role: Role; totpEnabled: boolean; disabled: boolean }

export function usersPage(vm: { chrome: OfficeChrome; rows: UserRowVM[]; values: Record<string, string>; errors: FieldErrors; message?: string | null }): string {
  const m = officeMessages(vm.chrome.locale);
  const roleOptions = (['contributor', 'editor', 'publisher', 'admin'] as const).map((r) => ({ value: r, label: m.roles[r] }));
  return render(
    <Layout chrome={vm.chrome}>
      <h1>{m.users}</h1>
      <table>
        <thead><tr><th scope="col">{m.email}</th><th scope="col">{m.displayName}</th><th scope="col">{m.role}</th><th scope="col">2FA</th><th scope="col">{m.actions}</th></tr></thead>
        <tbody>
          {vm.rows.map((r) => (
            <tr>
              <td>{r.email}</td>
              <td>{r.displayName}</td>
              <td>{m.roles[r.role]}{r.disabled && ` (${m.disabled})`}</td>
              <td>{r.totpEnabled ? m.totpOn : m.totpOff}</td>
              <td>
                <form method="post" action={`/office/users/${r.id}`} class="inline">
                  <Csrf token={vm.chrome.csrf} />
                  <label for={`role-${r.id}`} class="visually-hidden">{m.role}</label>
                  <select id={`role-${r.id}`} name="role">{roleOptions.map((o) => <option value={o.value} selected={o.value === r.role}>{o.label}</option>)}</select>
                  <input type="checkbox" id={`disabled-${r.id}`} name="disabled" value="1" checked={r.disabled} />
                  <label for={`disabled-${r.id}`}>{m.disabled}</label>
                  <button type="submit">{m.update}</button>
                </form>
                {r.totpEnabled && (
                  <form method="post" action={`/office/users/${r.id}/totp-reset`} class="inline">
                    <Csrf token={vm.chrome.csrf} />
                    <button type="submit" aria-label={`${m.resetTotp}: ${r.email}`}>{m.resetTotp}</button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{m.addAccount}</h2>
      <ErrorSummary m={m} errors={vm.errors} message={vm.message} />
      <form method="post" action="/office/users" class="stack">
        <Csrf token={vm.chrome.csrf} />
        <Field name="email" label={m.email} type="email" value={vm.values.email} error={vm.errors.email} required />
        <Field name="display_name" label={m.displayName} value={vm.values.display_name} error={vm.errors.display_name} />
        <Select name="role" label={m.role} options={roleOptions} value={vm.values.role} error={vm.errors.role} />
        <Field name="password" label={m.newPassword} type="password" error={vm.errors.password} autocomplete="new-password" required />
        <button type="submit">{m.addAccount}</button>
      </form>
    </Layout>,
  );
}

export interface AuditRowVM { when: string; whenIso: string; who: string; action: string; record: string; before: string; after: string }

export function auditPage(vm: { chrome: OfficeChrome; rows: AuditRowVM[]; total: number; actions: string[]; filter: Record<string, string>; errors: FieldErrors }): string {
  const m = officeMessages(vm.chrome.locale);
  return render(
    <Layout chrome={vm.chrome}>
      <h1>{m.audit}</h1>
      <ErrorSummary m={m} errors={vm.errors} />
      <form method="get" action="/office/audit" class="filters">
        <Field name="who" label={m.who} type="email" value={vm.filter.who} error={vm.errors.who} />
        <Select name="action" label={m.what} options={[{ value: '', label: m.any }, ...vm.actions.map((a) => ({ value: a, label: a }))]} value={vm.filter.action} />
        <Field name="record" label={m.which} value={vm.filter.record} hint="edition:12, account:3" error={vm.errors.record} />
        <Field name="from" label={m.from} type="date" value={vm.filter.from} error={vm.errors.from} />
        <Field name="to" label={m.to} type="date" value={vm.filter.to} error={vm.errors.to} />
        <button type="submit">{m.filter}</button>
      </form>
      <p>{vm.total}</p>
      <table class="audit">
        <thead><tr><th scope="col">{m.when}</th><th scope="col">{m.who}</th><th scope="col">{m.what}</th><th scope="col">{m.which}</th><th scope="col">{m.before}</th><th scope="col">{m.after}</th></tr></thead>
        <tbody>
          {vm.rows.map((r) => (
            <tr>
              <td><time dateTime={r.whenIso}>{r.when}</time></td>
              <td>{r.who}</td>
              <td>{r.action}</td>
              <td>{r.record}</td>
              <td><pre>{r.before}</pre></td>
              <td><pre>{r.after}</pre></td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>,
  );
}

export interface ReviewRowVM { id: number; href: string; slug: string; by: string; reason: string; when: string; reviewed: boolean; canReview: boolean }

export interface OverrideRowVM { id: number; href: string; slug: string; by: string; action: string; reason: string; codes: string; when: string; reviewed: boolean; canReview: boolean }

export function reviewsPage(vm: { chrome: OfficeChrome; rows: ReviewRowVM[]; overrides?: OverrideRowVM[] }): string {
  const m = officeMessages(vm.chrome.locale);
  return render(
    <Layout chrome={vm.chrome}>
      <h1>{m.reviews}</h1>
      <p>{m.reviewsIntro}</p>
      {vm.rows.length === 0 ? <p>{m.nothingToReview}</p> : (
        <table>
          <thead><tr><th scope="col">{m.title}</th><th scope="col">{m.by}</th><th scope="col">{m.reason}</th><th scope="col">{m.when}</th><th scope="col">{m.actions}</th></tr></thead>
          <tbody>
            {vm.rows.map((r) => (
              <tr>
                <td><a href={r.href}>{r.slug}</a></td>
                <td>{r.by}</td>
                <td>{r.reason}</td>
                <td>{r.when}</td>
                <td>{r.reviewed ? m.reviewed : r.canReview ? (
                  <form method="post" action={`/office/reviews/${r.id}`} class="inline">
                    <input type="hidden" name="_csrf" value={vm.chrome.csrf} />
                    <button type="submit">{m.markReviewed}</button>
                  </form>
                ) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{m.checkOverrides}</h2>
      <p>{m.checkOverridesIntro}</p>
      {(vm.overrides ?? []).length === 0 ? <p>{m.nothingToReview}</p> : (
        <table class="overrides">
          <thead><tr><th scope="col">{m.title}</th><th scope="col">{m.by}</th><th scope="col">{m.overrideAction}</th><th scope="col">{m.checks}</th><th scope="col">{m.reason}</th><th scope="col">{m.when}</th><th scope="col">{m.actions}</th></tr></thead>
          <tbody>
            {vm.overrides!.map((r) => (
              <tr>
                <td><a href={r.href}>{r.slug}</a></td>
                <td>{r.by}</td>
                <td>{r.action}</td>
                <td><code>{r.codes}</code></td>
                <td>{r.reason}</td>
                <td>{r.when}</td>
                <td>{r.reviewed ? m.reviewed : r.canReview ? (
                  <form method="post" action={`/office/reviews/overrides/${r.id}`} class="inline">
                    <input type="hidden" name="_csrf" value={vm.chrome.csrf} />
                    <button type="submit">{m.markReviewed}</button>
                  </form>
                ) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>,
  );
}

export interface WebhookRowVM { id: number; url: string; events: string; active: boolean; created: string }
export interface DeliveryRowVM { id: number; url: string; event: string; status: string; attempts: number; lastStatusCode: number | null; lastError: string | null; nextRetry: string | null; created: string }

/** The webhook delivery log an admin can read: hooks without their secrets, and recent deliveries. */
export function webhooksPage(vm: { chrome: OfficeChrome; webhooks: WebhookRowVM[]; deliveries: DeliveryRowVM[] }): string {
  const m = officeMessages(vm.chrome.locale);
  return render(
    <Layout chrome={vm.chrome}>
      <h1>{m.webhooks}</h1>
      <p>{m.webhooksIntro}</p>
      {vm.webhooks.length === 0 ? <p>{m.noWebhooks}</p> : (
        <table class="webhooks">
          <thead><tr><th scope="col">#</th><th scope="col">{m.webhookUrl}</th><th scope="col">{m.webhookEvents}</th><th scope="col">{m.webhookActive}</th><th scope="col">{m.deliveryCreated}</th></tr></thead>
          <tbody>
            {vm.webhooks.map((w) => (
              <tr><td>{w.id}</td><td><code>{w.url}</code></td><td>{w.events}</td><td>{w.active ? m.yes : m.no}</td><td>{w.created}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{m.deliveries}</h2>
      {vm.deliveries.length === 0 ? <p>{m.noDeliveries}</p> : (
        <table class="deliveries">
          <thead><tr>
            <th scope="col">#</th><th scope="col">{m.webhookUrl}</th><th scope="col">{m.deliveryEvent}</th><th scope="col">{m.deliveryStatus}</th>
            <th scope="col">{m.deliveryAttempts}</th><th scope="col">{m.deliveryLastError}</th><th scope="col">{m.deliveryNextRetry}</th><th scope="col">{m.deliveryCreated}</th>
          </tr></thead>
          <tbody>
            {vm.deliveries.map((d) => (
              <tr class={`delivery delivery-${d.status}`}>
                <td>{d.id}</td><td><code>{d.url}</code></td><td>{d.event}</td><td>{m.deliveryStatuses[d.status] ?? d.status}</td>
                <td>{d.attempts}</td>
                <td>{[d.lastStatusCode !== null ? `HTTP ${d.lastStatusCode}` : null, d.lastError].filter(Boolean).join(' — ') || '—'}</td>
                <td>{d.nextRetry ?? '—'}</td><td>{d.created}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>,
  );
}

export function officeErrorPage(vm: { chrome: OfficeChrome; status: number; text: string; detail?: string | null }): string {
  return render(
    <Layout chrome={vm.chrome}>
      <h1>{vm.status}</h1>
      <p>{vm.text}</p>
      {vm.detail && <p class="detail">{vm.detail}</p>}
    </Layout>,
  );
}

export interface DiffVM {
  chrome: OfficeChrome;
  from: { number: number; href: string };
  to: { number: number; href: string };
  others: { number: number; href: string }[];
  fields: { label: string; lang: string; parts: { kind: 'same' | 'added' | 'removed'; text: string }[] }[];
}

/** Two editions side by side as one text with deletions and insertions marked. */
export function diffPage(vm: DiffVM): string {
  const m = officeMessages(vm.chrome.locale);
  return render(
    <Layout chrome={vm.chrome}>
      <h1>{m.compare(vm.from.number, vm.to.number)}</h1>
      <p><a href={vm.from.href}>{m.edition(vm.from.number)}</a> → <a href={vm.to.href}>{m.edition(vm.to.number)}</a></p>
      {vm.others.length > 0 && <p>{m.compareWith}: {vm.others.map((o, i) => <>{i > 0 && ' · '}<a href={o.href}>{m.edition(o.number)}</a></>)}</p>}
      <p class="hint">{m.diffLegend}</p>
      {vm.fields.map((f) => (
        <section class="diff" lang={f.lang}>
          <h2>{f.label}</h2>
          <p class="diff-text">{f.parts.map((p) => p.kind === 'same' ? p.text : p.kind === 'added' ? <ins>{p.text}</ins> : <del>{p.text}</del>)}</p>
        </section>
      ))}
    </Layout>,
  );
}

/** What an outside recipient of an embargo link sees: marked as embargoed, never indexed. */
export function embargoPage(vm: { locale: Locale; title: string; summary: string; bodyHtml: string; until: string; others: { locale: Locale; href: string }[] }): string {
  const m = officeMessages(vm.locale);
  return render(
    <html lang={vm.locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow, noarchive" />
        <title>{`${m.embargoedUntil(vm.until)}: ${vm.title}`}</title>
        <link rel="stylesheet" href="/assets/site.css" />
        <link rel="stylesheet" href="/office/assets/office.css" />
      </head>
      <body>
        <main id="content" class="wrap">
          <p class="embargo-banner" role="note"><strong>{m.embargoedUntil(vm.until)}</strong> {m.embargoNotice}</p>
          {vm.others.length > 0 && <p>{vm.others.map((o) => <a href={o.href} lang={o.locale} hrefLang={o.locale}>{LOCALE_NAMES[o.locale]}</a>)}</p>}
          <article class="item" aria-labelledby="item-title">
            <header><h1 id="item-title">{vm.title}</h1></header>
            {vm.summary && <p class="item-summary">{vm.summary}</p>}
            <div class="item-body" dangerouslySetInnerHTML={{ __html: vm.bodyHtml }} />
          </article>
        </main>
      </body>
    </html>,
  );
}
