/**
 * The back office as a Fastify plugin (registered under /office): its own hooks for the session
 * (stored in the database) and CSRF (double submit, signed cookie), its own headers (never
 * framed), its own error pages. Handlers parse forms, call commands in a transaction and named
 * queries, build view models and render pure views; they hold no SQL.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerHookHandler } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyCsrf from '@fastify/csrf-protection';
import type { Store } from '../platform/db/connect.ts';
import type { Config } from '../platform/config.ts';
import type { EventBus } from '../platform/events.ts';
import { AppError, isAppError } from '../platform/errors.ts';
import { isLocale, type Locale } from '../platform/i18n/locales.ts';
import { isTimeZone, zonedToUtc } from '../platform/time.ts';
import { OFFICE_HELMET, securityHeaders } from '../platform/http/security-headers.ts';
import { negotiateLocale } from '../site/routes.ts';
import { projectFile } from '../platform/paths.ts';
import { can, isEmail, isRole, normalizeEmail, passwordProblem, requiresTotp, type Permission, type Role } from '../accounts/domain.ts';
import {
  accountCreator, accountUpdater, loginAttempt, officeSetting, passwordSetter, sessionEnder, sessionResumer, totpConfirmer, totpDetails,
  totpEnroller, totpResetter, verifyPassword, type SessionAccount,
} from '../accounts/commands.ts';
import { findAccount, findAccountByEmail, listAccounts } from '../accounts/queries.ts';
import { listAuditActions, listAuditEvents } from '../audit/queries.ts';
import { DOCUMENT_TYPES, failureReasons, isSlug, TRANSITIONS, type EditionAction, type EditionFacts } from '../newsroom/domain.ts';
import {
  checkOverrideRecorder, checkOverrideReviewer, documentUnpublisher,
  documentCreator, documentWithdrawer, editionForcePublisher, editionPublisher, editionRejecter, editionScheduler, editionSubmitter,
  editionUnscheduler, editionUpdater, embargoLinkCreator, forcePublicationReviewer, newDraftCreator, translationReadySetter, type PublishResult,
} from '../newsroom/commands.ts';
import { findSection, listSections } from '../newsroom/queries.ts';
import { renderBody } from '../newsroom/body-text.ts';
import { messages as siteMessages } from '../platform/i18n/messages.ts';
import {
  findEmbargoView, listEmbargoLinks, findOfficeEdition, listCheckOverrides, listDocumentEditions, listEditionCheckOverrides, listForcePublications, listOfficeEditions,
  type CheckOverrideRow, type OfficeEdition,
} from './queries.ts';
import { checkDocument } from '../checks/check-document.ts';
import { blocksPublication, type Finding } from '../checks/domain.ts';
import { listDeliveries, listWebhooks } from '../webhooks/queries.ts';
import { diffWords } from './diff.ts';
import { LOCALE_NAMES } from './messages.ts';
import { officeMessages } from './messages.ts';
import { startScheduler, type Scheduler } from './scheduler.ts';
import {
  accountPage, auditPage, dashboardPage, diffPage, embargoPage, editionPage, loginPage, newDocumentPage, officeErrorPage, previewPage, reviewsPage, totpPage, usersPage, webhooksPage,
  type EditionVM, type FieldErrors, type OfficeChrome,
} from './views/pages.tsx';

export const SESSION_COOKIE = 'communique_office';
const CSS = readFileSync(projectFile('src/office/assets/office.css'));

export interface OfficeOptions {
  store: Store;
  config: Config;
  events: EventBus;
  /** Session idle timeout override (tests). */
  idleMs?: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The publication scheduler of this app (started when the app is ready). */
    officeScheduler: Scheduler | null;
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    officeUser: SessionAccount | null;
    officeLocale: Locale;
  }
}

/** Who may reach a route: anyone, anyone signed in (also while the second factor is being set up), or a permission. */
type Access = 'public' | 'enrolment' | 'signed_in' | Permission;

type Body = Record<string, string | string[] | undefined>;
function field(body: unknown, name: string): string {
  const v = (body as Body | undefined)?.[name];
  return typeof v === 'string' ? v : Array.isArray(v) ? (v[0] ?? '') : '';
}

export async function officePlugin(app: FastifyInstance, options: OfficeOptions): Promise<void> {
  const { store, config, events } = options;
  const db = store.db;
  const locales = config.locales;
  const secret = process.env.SESSION_SECRET?.trim() || await officeSetting(db, 'cookie_secret', () => randomBytes(32).toString('base64url'));
  await app.register(fastifyCookie, { secret });
  await app.register(fastifyFormbody, { bodyLimit: 1_048_576 });
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'communique_csrf',
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'strict', path: '/office', secure: 'auto' },
  });

  // Scheduled publication: once when the app is ready (catching up after a restart), then every 30 s.
  let scheduler: Scheduler | null = null;
  app.decorate('officeScheduler', null);
  app.addHook('onReady', async function () {
    scheduler = startScheduler(db, events, { onError: (error) => app.log.error({ err: error }, 'scheduled publication failed') });
    this.officeScheduler = scheduler;
    await scheduler.tick().catch((error) => app.log.error({ err: error }, 'scheduled publication failed'));
  });
  app.addHook('onClose', async () => scheduler?.stop());

  const headers = securityHeaders(OFFICE_HELMET);
  app.decorateRequest('officeUser', null);
  app.decorateRequest('officeLocale', 'en');

  app.addHook('onRequest', async (request, reply) => {
    reply.headers(headers);
    reply.header('cache-control', 'no-store');
    request.officeUser = null;
    const raw = request.cookies[SESSION_COOKIE];
    if (raw) {
      const unsigned = request.unsignCookie(raw);
      if (unsigned.valid && unsigned.value) request.officeUser = await sessionResumer(db, { token: unsigned.value, idleMs: options.idleMs });
    }
    const preferred = request.officeUser?.locale;
    request.officeLocale = preferred && locales.includes(preferred) ? preferred : negotiateLocale(request.headers['accept-language'], locales);
  });

  function chrome(request: FastifyRequest, reply: FastifyReply, title: string, current?: string, notice?: string | null): OfficeChrome {
    const u = request.officeUser;
    return {
      locale: request.officeLocale, title, csrf: reply.generateCsrf(), current, notice,
      user: u ? { email: u.email, role: u.role, canManage: can(u.role, 'account.manage'), canReview: can(u.role, 'force.review'), canAudit: can(u.role, 'audit.read') } : null,
    };
  }

  function html(reply: FastifyReply, status: number, body: string): FastifyReply {
    return reply.code(status).type('text/html; charset=utf-8').send(body);
  }

  function errorPage(request: FastifyRequest, reply: FastifyReply, status: number, text: string, detail?: string | null): FastifyReply {
    return html(reply, status, officeErrorPage({ chrome: chrome(request, reply, String(status)), status, text, detail }));
  }

  function mustEnrol(user: SessionAccount): boolean {
    return requiresTotp(user.role) && !user.totpEnabled;
  }

  function guard(access: Access): preHandlerHookHandler {
    return async function (request, reply) {
      if (access === 'public') return;
      const user = request.officeUser;
      const m = officeMessages(request.officeLocale);
      if (!user) {
        if (request.method === 'GET') return reply.redirect(`/office/login`, 303);
        return errorPage(request, reply, 401, m.sessionEnded);
      }
      if (access === 'enrolment') return;
      if (mustEnrol(user)) {
        if (request.method === 'GET') return reply.redirect('/office/totp', 303);
        return errorPage(request, reply, 403, m.forbidden);
      }
      if (access !== 'signed_in' && !can(user.role, access)) return errorPage(request, reply, 403, m.forbidden);
    };
  }

  function get(url: string, access: Access, handler: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>) {
    app.get(url, { preHandler: guard(access) }, handler);
  }
  function post(url: string, access: Access, handler: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>) {
    app.post(url, { preHandler: [guard(access), app.csrfProtection as preHandlerHookHandler] }, handler);
  }

  app.setErrorHandler(async (error, request, reply) => {
    const m = officeMessages(request.officeLocale ?? 'en');
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('FST_CSRF')) return errorPage(request, reply, 403, m.csrf);
    if (isAppError(error)) {
      if (error.status === 404) return errorPage(request, reply, 404, m.notFound);
      if (error.status < 500) return errorPage(request, reply, error.status, error.status === 409 ? m.refused : m.badRequest, error.message);
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (typeof status === 'number' && status < 500) return errorPage(request, reply, status, m.badRequest);
    request.log.error({ err: error }, 'office request failed');
    return errorPage(request, reply, 500, m.serverError);
  });
  app.setNotFoundHandler(async (request, reply) => errorPage(request, reply, 404, officeMessages(request.officeLocale ?? 'en').notFound));

  const timeText = (user: SessionAccount | null, locale: Locale, iso: string) =>
    new Intl.DateTimeFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: user?.timeZone ?? config.siteTimeZone }).format(new Date(iso));

  function setSessionCookie(reply: FastifyReply, token: string) {
    reply.setCookie(SESSION_COOKIE, token, { path: '/office', httpOnly: true, sameSite: 'strict', secure: 'auto', signed: true });
  }

  // ---- assets ----
  app.get('/assets/office.css', async (_request, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(CSS));

  // ---- sign in / out ----
  get('/login', 'public', async (request, reply) => {
    const m = officeMessages(request.officeLocale);
    if (request.officeUser) return reply.redirect('/office/', 303);
    const notice = (request.query as Record<string, string>).ended ? m.sessionEnded : null;
    return html(reply, 200, loginPage({ chrome: chrome(request, reply, m.signIn, undefined, notice), email: '', errors: {}, message: null, askCode: false }));
  });

  post('/login', 'public', async (request, reply) => {
    const m = officeMessages(request.officeLocale);
    const email = field(request.body, 'email');
    const password = field(request.body, 'password');
    const code = field(request.body, 'code');
    const errors: FieldErrors = {};
    if (!email.trim()) errors.email = m.required;
    if (!password) errors.password = m.required;
    const again = (status: number, message: string | null, errs: FieldErrors) =>
      html(reply, status, loginPage({ chrome: chrome(request, reply, m.signIn), email, errors: errs, message, askCode: true }));
    if (Object.keys(errors).length > 0) return again(400, null, errors);
    const result = await loginAttempt(db, { email, password, code, address: request.ip });
    if (!result.ok) {
      if (result.reason === 'throttled') {
        reply.header('retry-after', String(result.retryAfterSeconds));
        return again(429, m.loginThrottled(result.retryAfterSeconds), {});
      }
      if (result.reason === 'totp_required') return again(401, m.loginTotpRequired, { code: m.loginTotpRequired });
      if (result.reason === 'totp_invalid') return again(401, m.loginTotpInvalid, { code: m.loginTotpInvalid });
      return again(401, m.loginInvalid, {});
    }
    // A new session id at every login; the old one (if any) ends.
    const old = request.cookies[SESSION_COOKIE];
    if (old) {
      const unsigned = request.unsignCookie(old);
      if (unsigned.valid && unsigned.value) await sessionEnder(db, { token: unsigned.value, reason: 'replaced' });
    }
    setSessionCookie(reply, result.token);
    return reply.redirect(result.mustEnrolTotp ? '/office/totp' : '/office/', 303);
  });

  post('/logout', 'enrolment', async (request, reply) => {
    const raw = request.cookies[SESSION_COOKIE];
    const unsigned = raw ? request.unsignCookie(raw) : null;
    if (unsigned?.valid && unsigned.value) await sessionEnder(db, { token: unsigned.value, reason: 'logout' });
    reply.clearCookie(SESSION_COOKIE, { path: '/office' });
    return reply.redirect('/office/login', 303);
  });

  // ---- second factor ----
  get('/totp', 'enrolment', async (request, reply) => {
    const user = request.officeUser!;
    const m = officeMessages(request.officeLocale);
    if (user.totpEnabled) return reply.redirect('/office/', 303);
    const account = await findAccount(db, user.id);
    const details = account?.totp_secret ? await totpDetails(account.totp_secret, user.email) : await db.transaction().execute((trx) => totpEnroller(trx, { accountId: user.id }));
    return html(reply, 200, totpPage({ chrome: chrome(request, reply, m.totpHeading), secret: details.secret, qrDataUrl: details.qrDataUrl, error: null }));
  });

  post('/totp', 'enrolment', async (request, reply) => {
    const user = request.officeUser!;
    const m = officeMessages(request.officeLocale);
    const ok = await db.transaction().execute((trx) => totpConfirmer(trx, { accountId: user.id, code: field(request.body, 'code') }));
    if (ok) return reply.redirect('/office/', 303);
    const account = await findAccount(db, user.id);
    const details = await totpDetails(account!.totp_secret!, user.email);
    return html(reply, 400, totpPage({ chrome: chrome(request, reply, m.totpHeading), secret: details.secret, qrDataUrl: details.qrDataUrl, error: m.totpWrong }));
  });

  // ---- items ----
  get('/', 'signed_in', async (request, reply) => {
    const user = request.officeUser!;
    const m = officeMessages(request.officeLocale);
    const rows = await listOfficeEditions(db, request.officeLocale, can(user.role, 'edition.edit_any') ? {} : { createdBy: user.id });
    return html(reply, 200, dashboardPage({
      chrome: chrome(request, reply, m.dashboard, 'dashboard'),
      rows: rows.map((r) => ({
        href: `/office/editions/${r.editionId}`, title: r.title, slug: r.slug, state: r.state, unpublished: r.unpublished, number: r.number, locales: r.locales.join(', '),
        updated: timeText(user, request.officeLocale, r.updatedAt), updatedIso: r.updatedAt,
      })),
    }));
  });

  async function newDocumentVM(request: FastifyRequest, reply: FastifyReply, values: Record<string, string>, errors: FieldErrors, message?: string | null) {
    const m = officeMessages(request.officeLocale);
    const sections = await listSections(db, request.officeLocale);
    const types = siteMessages(request.officeLocale).documentTypes as Record<string, string>;
    return newDocumentPage({
      chrome: chrome(request, reply, m.newItem, 'new'), locales, errors, values, message,
      sections: sections.map((s) => ({ slug: s.slug, name: s.name })),
      types: DOCUMENT_TYPES.map((t) => ({ value: t, label: types[t] ?? t })),
    });
  }

  get('/documents/new', 'document.create', async (request, reply) => html(reply, 200, await newDocumentVM(request, reply, {}, {})));

  function localeValues(body: unknown, prefix = ''): Record<string, string> {
    const values: Record<string, string> = {};
    for (const l of locales) for (const f of ['title', 'summary', 'body', 'change_note', 'explanation']) values[`${prefix}${f}_${l}`] = field(body, `${f}_${l}`);
    return values;
  }

  post('/documents', 'document.create', async (request, reply) => {
    const user = request.officeUser!;
    const m = officeMessages(request.officeLocale);
    const values: Record<string, string> = { slug: field(request.body, 'slug').trim(), type: field(request.body, 'type'), section: field(request.body, 'section'), ...localeValues(request.body) };
    const errors: FieldErrors = {};
    if (!values.slug) errors.slug = m.required;
    else if (!isSlug(values.slug)) errors.slug = m.slugInvalid;
    if (!(DOCUMENT_TYPES as readonly string[]).includes(values.type!)) errors.type = m.required;
    const section = values.section ? await findSection(db, request.officeLocale, values.section) : undefined;
    if (!section) errors.section = m.required;
    const translations: Record<string, { title: string; summary: string; body: string }> = {};
    for (const l of locales) {
      const title = values[`title_${l}`]!.trim();
      const body = values[`body_${l}`]!;
      const summary = values[`summary_${l}`]!;
      if (!title && (body.trim() || summary.trim())) errors[`title_${l}`] = m.required;
      if (title) translations[l] = { title, summary, body };
    }
    if (Object.keys(translations).length === 0 && !errors[`title_${locales[0]}`]) errors[`title_${locales[0]}`] = m.required;
    if (Object.keys(errors).length > 0) return html(reply, 400, await newDocumentVM(request, reply, values, errors));
    try {
      const { editionId } = await db.transaction().execute((trx) => documentCreator(trx, {
        slug: values.slug!, type: values.type as never, sectionId: section!.id, translations, actorId: user.id,
      }));
      return reply.redirect(`/office/editions/${editionId}`, 303);
    } catch (error) {
      if (store.dialect.isUniqueViolation(error)) return html(reply, 409, await newDocumentVM(request, reply, values, { slug: m.slugTaken }));
      if (isAppError(error) && error.code === 'input.invalid') return html(reply, 400, await newDocumentVM(request, reply, values, { [error.where ?? 'slug']: error.message }));
      throw error;
    }
  });

  function editionId(request: FastifyRequest): number {
    const raw = (request.params as { id: string }).id;
    if (!/^\d{1,12}$/.test(raw)) throw new AppError('not_found', `no edition "${raw}"`);
    return Number(raw);
  }

  async function loadEdition(request: FastifyRequest): Promise<OfficeEdition> {
    const edition = await findOfficeEdition(db, editionId(request));
    if (!edition) throw new AppError('not_found', 'no such edition');
    return edition;
  }

  function mayEdit(user: SessionAccount, e: OfficeEdition): boolean {
    return can(user.role, 'edition.edit_any') || (can(user.role, 'edition.edit_own') && e.createdBy === user.id);
  }

  function factsOf(e: OfficeEdition): EditionFacts {
    const notes = Object.fromEntries(e.translations.map((t) => [t.locale, t.changeNote]));
    return {
      state: e.state, majorChange: e.majorChange, changeNotes: notes, previouslyPublished: e.firstPublishedAt !== null,
      completeLocales: e.translations.filter((t) => t.title.trim() && t.body.trim()).map((t) => t.locale as Locale),
      submittedBy: e.submittedBy, createdBy: e.createdBy, hasEditionInProgress: e.newerEditionId !== null,
      readyLocales: e.readyLocales ? (e.readyLocales as Locale[]) : undefined, presentLocales: e.translations.map((t) => t.locale as Locale),
    };
  }

  /** Whether the editorial checks are shown for an edition: the newest one, before or while in review. */
  function checked(e: OfficeEdition): boolean {
    return e.newerEditionId === null && ['draft', 'rejected', 'submitted', 'scheduled'].includes(e.state);
  }

  /** The findings of the editorial checks and the overrides already recorded, for the edition page. */
  async function checksFor(e: OfficeEdition): Promise<{ findings?: Finding[]; overrides?: CheckOverrideRow[] }> {
    if (!checked(e)) return {};
    const [findings, overrides] = await Promise.all([checkDocument(db, e.documentId, { locales }), listEditionCheckOverrides(db, e.id)]);
    return { findings, overrides };
  }

  /**
   * Error-level findings block submission and publication unless a publisher overrides them
   * with a written reason (stored, audited, listed for review). Errors overridden before for
   * this edition do not block again; warnings never block. Runs inside the action's transaction.
   */
  async function checksGate(trx: typeof db, e: OfficeEdition, user: SessionAccount, body: unknown, actionName: string): Promise<void> {
    const findings = await checkDocument(trx, e.documentId, { locales });
    const key = (f: { code: string; where: { field: string; locale: string | null } }) => `${f.code}|${f.where.field}|${f.where.locale ?? ''}`;
    const covered = new Set((await listEditionCheckOverrides(trx, e.id)).flatMap((o) => o.findings.map(key)));
    const open = findings.filter((f) => f.severity === 'error' && !covered.has(key(f)));
    if (open.length === 0) return;
    const reason = field(body, 'override_reason').trim();
    const override = can(user.role, 'edition.review') && reason ? { reason } : null;
    if (blocksPublication(open, override)) throw new AppError('conflict', officeMessages(user.locale).checksBlock(open.length), { where: 'checks' });
    await checkOverrideRecorder(trx, { editionId: e.id, actorId: user.id, action: actionName, reason, findings: open });
  }

  function editionVM(request: FastifyRequest, reply: FastifyReply, e: OfficeEdition, extra: { values?: Record<string, string>; errors?: FieldErrors; message?: string | null; conflict?: boolean; notice?: string | null; links?: { recipient: string; expiresAt: string }[]; findings?: Finding[]; overrides?: CheckOverrideRow[] } = {}): EditionVM {
    const user = request.officeUser!;
    const saved: Record<string, string> = {};
    for (const t of e.translations) {
      saved[`title_${t.locale}`] = t.title; saved[`summary_${t.locale}`] = t.summary; saved[`body_${t.locale}`] = t.body; saved[`change_note_${t.locale}`] = t.changeNote ?? '';
    }
    const facts = factsOf(e);
    const stateAllows = (a: EditionAction) => TRANSITIONS[a].from.includes(e.state);
    const review = can(user.role, 'edition.review');
    const ownSubmission = e.submittedBy === user.id;
    const present = e.translations.filter((t) => t.title.trim() && t.body.trim()).map((t) => t.locale);
    return {
      chrome: chrome(request, reply, e.translations.find((t) => t.locale === request.officeLocale)?.title ?? e.slug, 'dashboard', extra.notice),
      id: e.id, number: e.number, slug: e.slug, state: e.state, unpublished: e.unpublished, version: e.updatedAt,
      editable: stateAllows('edit') && mayEdit(user, e), previouslyPublished: facts.previouslyPublished, majorChange: e.majorChange,
      locales, missingLocales: locales.filter((l) => !present.includes(l)),
      readiness: e.readyLocales === null ? null : e.translations.map((t) => ({ locale: t.locale as Locale, ready: e.readyLocales!.includes(t.locale) })),
      values: { ...saved, ...(extra.values ?? {}) }, errors: extra.errors ?? {}, message: extra.message, conflict: extra.conflict,
      previews: e.translations.map((t) => ({ locale: t.locale as Locale, href: `/office/editions/${e.id}/preview/${t.locale}` })),
      scheduledFor: e.scheduledFor ? timeText(user, request.officeLocale, e.scheduledFor) : null,
      rejectionNote: e.rejectionNote,
      publicHref: e.state === 'published' || e.publishedEditionId ? `/${locales[0]}/news/${e.sectionSlug}/${e.slug}/` : null,
      newerHref: e.newerEditionId ? `/office/editions/${e.newerEditionId}` : null,
      compareHref: e.number > 1 ? `/office/editions/${e.id}/diff` : null,
      embargo: e.state === 'scheduled' ? {
        canCreate: can(user.role, 'edition.review'),
        links: (extra.links ?? []).map((l) => ({ recipient: l.recipient, until: timeText(user, request.officeLocale, l.expiresAt) })),
      } : null,
      timeZone: user.timeZone,
      checks: extra.findings ? extra.findings.map((f) => ({ code: f.code, severity: f.severity, sentence: f.sentences[request.officeLocale] ?? f.sentence, field: f.where.field, locale: f.where.locale, offset: f.where.offset })) : null,
      overrides: (extra.overrides ?? []).map((o) => ({ by: o.accountEmail, reason: o.reason })),
      canOverride: review,
      actions: {
        submit: can(user.role, 'edition.submit') && stateAllows('submit'),
        reject: review && stateAllows('reject'),
        publish: review && stateAllows('publish') && !(ownSubmission && e.state === 'submitted'),
        schedule: review && stateAllows('schedule') && !ownSubmission,
        unschedule: review && stateAllows('unschedule'),
        forcePublish: review && stateAllows('force_publish'),
        withdraw: review && stateAllows('withdraw'),
        newDraft: can(user.role, 'edition.submit') && stateAllows('new_draft') && !facts.hasEditionInProgress,
        unpublish: review && stateAllows('unpublish'),
      },
    };
  }

  const tx = <T>(fn: (trx: typeof db) => Promise<T>) => db.transaction().execute(fn);

  get('/editions/:id', 'document.create', async (request, reply) => {
    const e = await loadEdition(request);
    const user = request.officeUser!;
    if (!can(user.role, 'edition.edit_any') && e.createdBy !== user.id) return errorPage(request, reply, 403, officeMessages(request.officeLocale).forbidden);
    const notice = (request.query as Record<string, string>).saved ? officeMessages(request.officeLocale).saved : null;
    const links = e.state === 'scheduled' ? await listEmbargoLinks(db, e.id) : [];
    return html(reply, 200, editionPage(editionVM(request, reply, e, { notice, links, ...(await checksFor(e)) })));
  });

  get('/editions/:id/preview/:locale', 'document.create', async (request, reply) => {
    const e = await loadEdition(request);
    const user = request.officeUser!;
    if (!can(user.role, 'edition.edit_any') && e.createdBy !== user.id) return errorPage(request, reply, 403, officeMessages(request.officeLocale).forbidden);
    const locale = (request.params as { locale: string }).locale;
    const t = e.translations.find((x) => x.locale === locale);
    if (!t || !isLocale(locale)) throw new AppError('not_found', 'no such language version');
    return html(reply, 200, previewPage({ locale, officeLocale: request.officeLocale, title: t.title, summary: t.summary, bodyHtml: renderBody(t.body), backHref: `/office/editions/${e.id}` }));
  });

  get('/editions/:id/diff', 'document.create', async (request, reply) => {
    const user = request.officeUser!;
    const m = officeMessages(request.officeLocale);
    const to = await loadEdition(request);
    if (!can(user.role, 'edition.edit_any') && to.createdBy !== user.id) return errorPage(request, reply, 403, m.forbidden);
    const all = await listDocumentEditions(db, to.documentId);
    const withRaw = (request.query as Record<string, string | undefined>).with;
    if (withRaw !== undefined && !/^\d{1,12}$/.test(withRaw)) throw new AppError('input.invalid', `"with" must be the id of another edition of this item (got "${withRaw}")`, { where: 'with' });
    const fromRow = withRaw !== undefined ? all.find((x) => x.id === Number(withRaw)) : [...all].reverse().find((x) => x.number < to.number);
    if (!fromRow) throw new AppError('not_found', 'no edition to compare with');
    const from = (await findOfficeEdition(db, fromRow.id))!;
    const fields = [];
    for (const l of locales) {
      const a = from.translations.find((t) => t.locale === l);
      const b = to.translations.find((t) => t.locale === l);
      if (!a && !b) continue;
      for (const [key, label] of [['title', m.title], ['summary', m.summary], ['body', m.body], ['changeNote', m.changeNote]] as const) {
        const before = a?.[key] ?? '';
        const after = b?.[key] ?? '';
        if (!before && !after) continue;
        fields.push({ label: `${label} (${LOCALE_NAMES[l]})`, lang: l, parts: diffWords(before, after) });
      }
    }
    return html(reply, 200, diffPage({
      chrome: chrome(request, reply, m.compare(from.number, to.number), 'dashboard'),
      from: { number: from.number, href: `/office/editions/${from.id}` }, to: { number: to.number, href: `/office/editions/${to.id}` },
      others: all.filter((x) => x.id !== to.id && x.id !== from.id).map((x) => ({ number: x.number, href: `/office/editions/${to.id}/diff?with=${x.id}` })),
      fields,
    }));
  });

  post('/editions/:id', 'edition.edit_own', async (request, reply) => {
    const user = request.officeUser!;
    const m = officeMessages(request.officeLocale);
    const e = await loadEdition(request);
    if (!mayEdit(user, e)) return errorPage(request, reply, 403, m.forbidden);
    const values = localeValues(request.body);
    const errors: FieldErrors = {};
    const translations: Record<string, { title: string; summary: string; body: string; changeNote: string }> = {};
    for (const l of locales) {
      const title = values[`title_${l}`]!.trim();
      if (!title && (values[`body_${l}`]!.trim() || values[`summary_${l}`]!.trim())) errors[`title_${l}`] = m.required;
      translations[l] = { title, summary: values[`summary_${l}`]!, body: values[`body_${l}`]!, changeNote: values[`change_note_${l}`]! };
    }
    if (!Object.values(translations).some((t) => t.title)) errors[`title_${locales[0]}`] = m.required;
    const majorChange = e.firstPublishedAt !== null ? field(request.body, 'major_change') === '1' : true;
    if (Object.keys(errors).length > 0) return html(reply, 400, editionPage(editionVM(request, reply, e, { values, errors })));
    try {
      await db.transaction().execute((trx) => editionUpdater(trx, { editionId: e.id, expectedVersion: field(request.body, 'version'), actorId: user.id, majorChange, translations }));
    } catch (error) {
      if (isAppError(error) && (error.code === 'conflict' || error.code === 'input.invalid')) {
        const fresh = await loadEdition(request);
        const isVersion = error.where === 'version';
        // Keep what was typed; the version stays the one the person saw, so saving again is refused until they reload.
        const vm = editionVM(request, reply, fresh, { values, errors: isVersion || !error.where ? {} : { [error.where]: error.message }, message: isVersion ? m.conflict : error.message, conflict: isVersion });
        if (isVersion) vm.version = field(request.body, 'version');
        return html(reply, error.status, editionPage(vm));
      }
      throw error;
    }
    return reply.redirect(`/office/editions/${e.id}?saved=1`, 303);
  });

  post('/editions/:id/ready', 'edition.edit_own', async (request, reply) => {
    const user = request.officeUser!;
    const m = officeMessages(request.officeLocale);
    const e = await loadEdition(request);
    if (!mayEdit(user, e)) return errorPage(request, reply, 403, m.forbidden);
    const locale = field(request.body, 'locale');
    if (!isLocale(locale) || !locales.includes(locale)) throw new AppError('input.invalid', `"${locale}" is not a language of this site`, { where: 'locale' });
    try {
      await tx((trx) => translationReadySetter(trx, { editionId: e.id, locale, ready: field(request.body, 'ready') === '1', actorId: user.id, expectedVersion: field(request.body, 'version') }));
    } catch (error) {
      if (isAppError(error) && (error.code === 'conflict' || error.code === 'input.invalid')) {
        const fresh = await loadEdition(request);
        const text = error.where === 'version' ? m.conflict : error.where?.startsWith('ready_') ? m.notReadyYet : error.message;
        return html(reply, error.status, editionPage(editionVM(request, reply, fresh, { message: `${m.refused} ${text}`, conflict: error.where === 'version' })));
      }
      throw error;
    }
    return reply.redirect(`/office/editions/${e.id}`, 303);
  });

  /** Runs a workflow action; a refusal re-shows the edition with the reasons and what was typed. */
  const DOMAIN_ACTION: Record<string, EditionAction> = {
    submit: 'submit', reject: 'reject', publish: 'publish', 'force-publish': 'force_publish', schedule: 'schedule', unschedule: 'unschedule', withdraw: 'withdraw', 'new-draft': 'new_draft',
    unpublish: 'unpublish',
  };

  function action(name: string, permission: Permission, run: (e: OfficeEdition, user: SessionAccount, body: unknown, version: string) => Promise<{ published?: PublishResult; withdrawn?: { documentId: number; slug: string }; unpublished?: { documentId: number; slug: string }; redirect?: string } | void>) {
    post(`/editions/:id/${name}`, permission, async (request, reply) => {
      const user = request.officeUser!;
      const e = await loadEdition(request);
      const version = field(request.body, 'version');
      let outcome;
      try {
        outcome = await run(e, user, request.body, version);
      } catch (error) {
        if (isAppError(error) && (error.code === 'conflict' || error.code === 'input.invalid')) {
          const fresh = await loadEdition(request);
          const values: Record<string, string> = {
            ...localeValues(request.body), note: field(request.body, 'note'), reason: field(request.body, 'reason'), publish_at: field(request.body, 'publish_at'),
            override_reason: field(request.body, 'override_reason'), unpublish_kind: field(request.body, 'unpublish_kind'), replacement: field(request.body, 'replacement'), unpublish_reason: field(request.body, 'unpublish_reason'),
          };
          for (const k of Object.keys(values)) if (!values[k]) delete values[k];
          const errors: FieldErrors = error.where && error.where !== 'state' && error.where !== 'version' ? { [error.where]: error.message } : {};
          // The refusal in the person's language: the same rules, asked again of the pure domain.
          let text = error.message;
          if (error.where === 'state') {
            const explanation = Object.fromEntries(locales.map((l) => [l, field(request.body, `explanation_${l}`)]));
            const localized = failureReasons(factsOf(e), DOMAIN_ACTION[name]!, { actorId: user.id, reason: field(request.body, 'reason'), explanation, unpublish: { kind: 'gone' } }, request.officeLocale)
              .filter((r) => !/publication (date|time)|дата и время|Время публикации/i.test(r));
            if (localized.length > 0) text = localized.join(' ');
          }
          if (error.where === 'version') text = officeMessages(request.officeLocale).conflict;
          return html(reply, error.status, editionPage(editionVM(request, reply, fresh, { values, errors, message: `${officeMessages(request.officeLocale).refused} ${text}`, conflict: error.where === 'version', ...(await checksFor(fresh)) })));
        }
        throw error;
      }
      if (outcome?.published) await events.emit('edition.published', outcome.published);
      if (outcome?.withdrawn) await events.emit('document.withdrawn', outcome.withdrawn);
      if (outcome?.unpublished) await events.emit('document.withdrawn', outcome.unpublished);
      return reply.redirect(outcome?.redirect ?? `/office/editions/${e.id}`, 303);
    });
  }


  action('submit', 'edition.submit', async (e, user, body, version) => {
    await tx(async (trx) => { await checksGate(trx, e, user, body, 'submit'); await editionSubmitter(trx, { editionId: e.id, actorId: user.id, expectedVersion: version }); });
  });
  action('reject', 'edition.review', async (e, user, body, version) => { await tx((trx) => editionRejecter(trx, { editionId: e.id, actorId: user.id, expectedVersion: version, note: field(body, 'note') })); });
  action('publish', 'edition.review', async (e, user, body, version) => ({
    published: await tx(async (trx) => { await checksGate(trx, e, user, body, 'publish'); return editionPublisher(trx, { editionId: e.id, actorId: user.id, expectedVersion: version }); }),
  }));
  action('force-publish', 'edition.review', async (e, user, body, version) => {
    const reason = field(body, 'reason');
    if (!reason.trim()) throw new AppError('input.invalid', officeMessages(user.locale).forceReason, { where: 'reason' });
    return { published: await tx(async (trx) => { await checksGate(trx, e, user, body, 'force_publish'); return editionForcePublisher(trx, { editionId: e.id, actorId: user.id, expectedVersion: version, reason }); }) };
  });
  action('schedule', 'edition.review', async (e, user, body, version) => {
    const raw = field(body, 'publish_at').trim();
    const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})$/.exec(raw);
    if (!m) throw new AppError('input.invalid', officeMessages(user.locale).scheduleAt, { where: 'publish_at' });
    const publishAt = zonedToUtc(m[1]!, m[2]!, user.timeZone);
    await tx(async (trx) => { await checksGate(trx, e, user, body, 'schedule'); await editionScheduler(trx, { editionId: e.id, actorId: user.id, expectedVersion: version, publishAt }); });
  });
  action('unschedule', 'edition.review', async (e, user, _b, version) => { await tx((trx) => editionUnscheduler(trx, { editionId: e.id, actorId: user.id, expectedVersion: version })); });
  action('withdraw', 'edition.review', async (e, user, body, version) => {
    const explanation: Partial<Record<Locale, string>> = {};
    for (const l of locales) explanation[l] = field(body, `explanation_${l}`);
    if (!Object.values(explanation).some((t) => t?.trim())) throw new AppError('input.invalid', failureReasons(factsOf(e), 'withdraw', { explanation })[0] ?? 'explanation', { where: `explanation_${locales[0]}` });
    const result = await tx((trx) => documentWithdrawer(trx, { documentId: e.documentId, actorId: user.id, explanation, expectedVersion: version }));
    return { withdrawn: { documentId: result.documentId, slug: result.slug } };
  });
  action('unpublish', 'edition.review', async (e, user, body, version) => {
    const result = await tx((trx) => documentUnpublisher(trx, {
      documentId: e.documentId, actorId: user.id, expectedVersion: version, reasonLocale: user.locale,
      kind: field(body, 'unpublish_kind'), replacementSlug: field(body, 'replacement'), reason: field(body, 'unpublish_reason'),
    }));
    return { unpublished: { documentId: result.documentId, slug: result.slug } };
  });
  action('new-draft', 'edition.submit', async (e, user) => {
    const id = await tx((trx) => newDraftCreator(trx, { editionId: e.id, actorId: user.id }));
    return { redirect: `/office/editions/${id}` };
  });

  // ---- embargo links ----
  post('/editions/:id/embargo-links', 'edition.review', async (request, reply) => {
    const user = request.officeUser!;
    const m = officeMessages(request.officeLocale);
    const e = await loadEdition(request);
    const recipient = field(request.body, 'recipient');
    const daysText = field(request.body, 'expires_days').trim();
    const days = Number(daysText);
    const values = { recipient, expires_days: daysText };
    const errors: FieldErrors = {};
    if (!recipient.trim()) errors.recipient = m.required;
    if (!Number.isInteger(days) || days < 1 || days > 90) errors.expires = '1–90';
    if (Object.keys(errors).length > 0) return html(reply, 400, editionPage(editionVM(request, reply, e, { values, errors, links: await listEmbargoLinks(db, e.id) })));
    let token: string;
    try {
      token = await tx((trx) => embargoLinkCreator(trx, { editionId: e.id, recipient, expiresAt: new Date(Date.now() + days * 86_400_000).toISOString(), actorId: user.id }));
    } catch (error) {
      if (isAppError(error) && (error.code === 'conflict' || error.code === 'input.invalid')) {
        return html(reply, error.status, editionPage(editionVM(request, reply, e, { values, message: `${m.refused} ${error.message}`, links: await listEmbargoLinks(db, e.id) })));
      }
      throw error;
    }
    const link = `${config.publicOrigin}/office/embargoed/${token}`;
    return html(reply, 201, editionPage(editionVM(request, reply, e, { notice: m.linkCreated(link), links: await listEmbargoLinks(db, e.id) })));
  });

  get('/embargoed/:token', 'public', async (request, reply) => {
    reply.header('x-robots-tag', 'noindex, nofollow, noarchive');
    const token = (request.params as { token: string }).token;
    const view = /^[A-Za-z0-9_-]{16,64}$/.test(token) ? await findEmbargoView(db, token) : undefined;
    if (!view) throw new AppError('not_found', 'no such link');
    const wanted = (request.query as Record<string, string | undefined>).locale;
    const available = view.translations.map((t) => t.locale).filter((l): l is Locale => isLocale(l) && locales.includes(l));
    const locale: Locale = isLocale(wanted) && available.includes(wanted) ? wanted : available.includes(request.officeLocale) ? request.officeLocale : available[0] ?? request.officeLocale;
    // At the embargo time the item publishes itself and the link leads to the public page.
    if (view.published) return reply.redirect(`/${locale}/news/${view.sectionSlug}/${view.slug}/`, 303);
    if (view.expired || view.state !== 'scheduled') return errorPage(request, reply, 410, officeMessages(locale).linkExpired);
    const t = view.translations.find((x) => x.locale === locale) ?? view.translations[0]!;
    const until = `${new Intl.DateTimeFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: config.siteTimeZone }).format(new Date(view.scheduledFor ?? Date.now()))} (${config.siteTimeZone})`;
    return html(reply, 200, embargoPage({
      locale, title: t.title, summary: t.summary, bodyHtml: renderBody(t.body), until,
      others: available.filter((l) => l !== locale).map((l) => ({ locale: l, href: `/office/embargoed/${token}?locale=${l}` })),
    }));
  });

  // ---- forced publications ----
  get('/reviews', 'force.review', async (request, reply) => {
    const user = request.officeUser!;
    const m = officeMessages(request.officeLocale);
    const [rows, overrides] = await Promise.all([listForcePublications(db), listCheckOverrides(db)]);
    return html(reply, 200, reviewsPage({
      chrome: chrome(request, reply, m.reviews, 'reviews'),
      overrides: overrides.map((r) => ({
        id: r.id, href: `/office/editions/${r.editionId}`, slug: r.slug, by: r.accountEmail, action: r.action, reason: r.reason,
        codes: [...new Set(r.findings.map((f) => f.code))].join(', '), when: timeText(user, request.officeLocale, r.at), reviewed: r.reviewedAt !== null, canReview: r.accountId !== user.id,
      })),
      rows: rows.map((r) => ({ id: r.id, href: `/office/editions/${r.editionId}`, slug: r.slug, by: r.accountEmail, reason: r.reason, when: timeText(user, request.officeLocale, r.at), reviewed: r.reviewedAt !== null, canReview: r.accountId !== user.id })),
    }));
  });
  post('/reviews/overrides/:id', 'force.review', async (request, reply) => {
    const id = editionId(request);
    await tx((trx) => checkOverrideReviewer(trx, { id, actorId: request.officeUser!.id }));
    return reply.redirect('/office/reviews', 303);
  });
  post('/reviews/:id', 'force.review', async (request, reply) => {
    const id = editionId(request);
    await tx((trx) => forcePublicationReviewer(trx, { id, actorId: request.officeUser!.id }));
    return reply.redirect('/office/reviews', 303);
  });

  // ---- own account ----
  function accountVM(request: FastifyRequest, reply: FastifyReply, errors: FieldErrors, values: { locale?: string; timeZone?: string } = {}, message?: string | null, notice?: string | null) {
    const user = request.officeUser!;
    const m = officeMessages(request.officeLocale);
    return accountPage({ chrome: chrome(request, reply, m.myAccount, 'account', notice), locale: (values.locale as Locale) ?? user.locale, timeZone: values.timeZone ?? user.timeZone, errors, message, locales });
  }
  get('/account', 'signed_in', async (request, reply) => html(reply, 200, accountVM(request, reply, {}, {}, null, (request.query as Record<string, string>).saved ? officeMessages(request.officeLocale).saved : null)));
  post('/account', 'signed_in', async (request, reply) => {
    const m = officeMessages(request.officeLocale);
    const locale = field(request.body, 'locale');
    const timeZone = field(request.body, 'time_zone').trim();
    const errors: FieldErrors = {};
    if (!isLocale(locale) || !locales.includes(locale)) errors.locale = m.required;
    if (!isTimeZone(timeZone)) errors.time_zone = m.timeZoneInvalid;
    if (Object.keys(errors).length > 0) return html(reply, 400, accountVM(request, reply, errors, { locale, timeZone }));
    await tx((trx) => accountUpdater(trx, { accountId: request.officeUser!.id, actorId: request.officeUser!.id, locale, timeZone }));
    return reply.redirect('/office/account?saved=1', 303);
  });
  post('/account/password', 'signed_in', async (request, reply) => {
    const user = request.officeUser!;
    const m = officeMessages(request.officeLocale);
    const current = field(request.body, 'current_password');
    const next = field(request.body, 'new_password');
    const account = await findAccount(db, user.id);
    const errors: FieldErrors = {};
    if (!account || !(await verifyPassword(account.password_hash, current))) errors.current_password = m.passwordWrong;
    const problem = passwordProblem(next, user.email);
    if (problem) errors.new_password = problem === 'tooShort' ? m.passwordTooShort : problem === 'tooLong' ? m.passwordTooLong : m.passwordSameAsEmail;
    if (Object.keys(errors).length > 0) return html(reply, 400, accountVM(request, reply, errors));
    await tx((trx) => passwordSetter(trx, { accountId: user.id, password: next, actorId: user.id }));
    reply.clearCookie(SESSION_COOKIE, { path: '/office' });
    return reply.redirect('/office/login?ended=password', 303);
  });

  // ---- accounts (admin) ----
  async function usersVM(request: FastifyRequest, reply: FastifyReply, values: Record<string, string>, errors: FieldErrors, notice?: string | null) {
    const m = officeMessages(request.officeLocale);
    const rows = await listAccounts(db);
    return usersPage({ chrome: chrome(request, reply, m.users, 'users', notice), rows, values, errors });
  }
  get('/users', 'account.manage', async (request, reply) => html(reply, 200, await usersVM(request, reply, { role: 'contributor' }, {}, (request.query as Record<string, string>).created ? officeMessages(request.officeLocale).accountCreated : null)));
  post('/users', 'account.manage', async (request, reply) => {
    const m = officeMessages(request.officeLocale);
    const values = { email: field(request.body, 'email').trim(), display_name: field(request.body, 'display_name'), role: field(request.body, 'role') };
    const password = field(request.body, 'password');
    const errors: FieldErrors = {};
    if (!isEmail(normalizeEmail(values.email))) errors.email = m.emailInvalid;
    else if (await findAccountByEmail(db, values.email)) errors.email = m.emailTaken;
    if (!isRole(values.role)) errors.role = m.required;
    const problem = passwordProblem(password, values.email);
    if (problem) errors.password = problem === 'tooShort' ? m.passwordTooShort : problem === 'tooLong' ? m.passwordTooLong : m.passwordSameAsEmail;
    if (Object.keys(errors).length > 0) return html(reply, 400, await usersVM(request, reply, values, errors));
    await tx((trx) => accountCreator(trx, { email: values.email, displayName: values.display_name, role: values.role as Role, password, actorId: request.officeUser!.id, locale: request.officeLocale }));
    return reply.redirect('/office/users?created=1', 303);
  });
  post('/users/:id', 'account.manage', async (request, reply) => {
    const id = editionId(request);
    const role = field(request.body, 'role');
    if (!isRole(role)) throw new AppError('input.invalid', `role "${role}" is not one of contributor, editor, publisher, admin`, { where: 'role' });
    await tx((trx) => accountUpdater(trx, { accountId: id, actorId: request.officeUser!.id, role, disabled: field(request.body, 'disabled') === '1' }));
    return reply.redirect('/office/users', 303);
  });

  post('/users/:id/totp-reset', 'account.manage', async (request, reply) => {
    const id = editionId(request);
    if (!(await findAccount(db, id))) throw new AppError('not_found', `account ${id} does not exist`);
    await tx((trx) => totpResetter(trx, { accountId: id, actorId: request.officeUser!.id }));
    return reply.redirect('/office/users', 303);
  });

  // ---- webhook delivery log (admin) ----
  get('/webhooks', 'account.manage', async (request, reply) => {
    const user = request.officeUser!;
    const m = officeMessages(request.officeLocale);
    const [hooks, deliveries] = await Promise.all([listWebhooks(db), listDeliveries(db, { limit: 100 })]);
    const when = (iso: string | null) => (iso ? timeText(user, request.officeLocale, iso) : null);
    return html(reply, 200, webhooksPage({
      chrome: chrome(request, reply, m.webhooks, 'webhooks'),
      webhooks: hooks.map((h) => ({ id: h.id, url: h.url, events: h.events.join(', '), active: h.active, created: when(h.createdAt)! })),
      deliveries: deliveries.map((d) => ({
        id: d.id, url: d.url, event: d.event, status: d.status, attempts: d.attempts, lastStatusCode: d.lastStatusCode, lastError: d.lastError,
        nextRetry: d.status === 'pending' ? when(d.nextAttemptAt) : null, created: when(d.createdAt)!,
      })),
    }));
  });

  // ---- audit (admin) ----
  get('/audit', 'audit.read', async (request, reply) => {
    const user = request.officeUser!;
    const m = officeMessages(request.officeLocale);
    const q = request.query as Record<string, string | undefined>;
    const filter = { who: q.who?.trim() ?? '', action: q.action ?? '', record: q.record?.trim() ?? '', from: q.from ?? '', to: q.to ?? '' };
    const errors: FieldErrors = {};
    let accountId: number | null = null;
    if (filter.who) {
      const a = await findAccountByEmail(db, filter.who);
      if (!a) errors.who = m.emailInvalid; else accountId = a.id;
    }
    let entity: string | null = null;
    let entityId: string | null = null;
    if (filter.record) {
      const match = /^([a-z_]+)(?::(\S+))?$/.exec(filter.record);
      if (!match) errors.record = 'edition:12'; else { entity = match[1]!; entityId = match[2] ?? null; }
    }
    const day = (d: string, key: 'from' | 'to') => {
      if (!d) return null;
      try { return zonedToUtc(d, null, user.timeZone); } catch { errors[key] = 'YYYY-MM-DD'; return null; }
    };
    const from = day(filter.from, 'from');
    const toDay = day(filter.to, 'to');
    const to = toDay ? new Date(Date.parse(toDay) + 86_400_000).toISOString() : null;
    const [{ rows, total }, actions] = await Promise.all([
      Object.keys(errors).length > 0 ? Promise.resolve({ rows: [], total: 0 }) : listAuditEvents(db, { accountId, action: filter.action || null, entity, entityId, from, to, limit: 100 }),
      listAuditActions(db),
    ]);
    const short = (json: string | null) => (json ? JSON.stringify(JSON.parse(json), null, 1).slice(0, 2000) : '');
    return html(reply, Object.keys(errors).length > 0 ? 400 : 200, auditPage({
      chrome: chrome(request, reply, m.audit, 'audit'), total, actions, filter, errors,
      rows: rows.map((r) => ({
        when: timeText(user, request.officeLocale, r.at), whenIso: r.at, who: r.accountEmail ?? '—', action: r.action,
        record: `${r.entity}${r.entityId ? `:${r.entityId}` : ''}`, before: short(r.before), after: short(r.after),
      })),
    }));
  });

  await app.register((await import('./directory-routes.ts')).directoryRoutes, { store, config, events, chrome, errorPage }); // directory and meeting editors (issue 3, items 5–6)
}
