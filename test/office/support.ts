/** A small cookie-keeping client for the office over Fastify inject, and accounts for each role. */
import * as OTPAuth from 'otpauth';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../src/platform/db/connect.ts';
import { accountCreator, totpConfirmer, totpEnroller } from '../../src/accounts/commands.ts';
import type { Role } from '../../src/accounts/domain.ts';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';

export const PASSWORD = 'a long enough password';

export interface Reply { status: number; body: string; location: string | undefined; headers: Record<string, unknown> }

export class OfficeClient {
  readonly jar = new Map<string, string>();
  csrf = '';
  constructor(readonly fastify: FastifyInstance, readonly address = '127.0.0.1', readonly headers: Record<string, string> = {}) {}

  #cookieHeader(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  #keep(res: { cookies: { name: string; value: string; maxAge?: number; expires?: Date }[]; body: string }) {
    for (const c of res.cookies) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.jar.delete(c.name);
      else this.jar.set(c.name, c.value);
    }
    const m = /name="_csrf" value="([^"]+)"/.exec(res.body);
    if (m) this.csrf = m[1]!;
  }

  async get(url: string): Promise<Reply> {
    const res = await this.fastify.inject({ method: 'GET', url, headers: { cookie: this.#cookieHeader(), ...this.headers }, remoteAddress: this.address });
    this.#keep(res);
    return { status: res.statusCode, body: res.body, location: res.headers.location as string | undefined, headers: res.headers };
  }

  /** Posts a form; `_csrf` is the token of the last page seen unless given (null = none). */
  async post(url: string, form: Record<string, string>, csrf: string | null = this.csrf): Promise<Reply> {
    const fields = { ...form, ...(csrf === null ? {} : { _csrf: csrf }) };
    const res = await this.fastify.inject({
      method: 'POST', url, payload: new URLSearchParams(fields).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: this.#cookieHeader(), ...this.headers }, remoteAddress: this.address,
    });
    this.#keep(res);
    return { status: res.statusCode, body: res.body, location: res.headers.location as string | undefined, headers: res.headers };
  }

  async login(email: string, password = PASSWORD, code?: string): Promise<Reply> {
    await this.get('/office/login');
    return this.post('/office/login', { email, password, ...(code ? { code } : {}) });
  }
}

export function totpCode(secret: string, at = new Date()): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: at.getTime() });
}

export interface TestAccount { id: number; email: string; role: Role; secret: string | null }

/** An account; publishers and admins get a confirmed second factor (confirmed a minute ago, so the current code is still unused). */
export async function makeAccount(store: Store, role: Role, email: string, withTotp = role === 'publisher' || role === 'admin', locale = 'en'): Promise<TestAccount> {
  const id = await store.db.transaction().execute((trx) => accountCreator(trx, { email, role, password: PASSWORD, locale }));
  let secret: string | null = null;
  if (withTotp) {
    secret = (await store.db.transaction().execute((trx) => totpEnroller(trx, { accountId: id }))).secret;
    const past = new Date(Date.now() - 60_000);
    const ok = await store.db.transaction().execute((trx) => totpConfirmer(trx, { accountId: id, code: totpCode(secret!, past), now: past }));
    if (!ok) throw new Error('TOTP confirmation failed in the test set-up');
  }
  return { id, email, role, secret };
}

export async function signedIn(fastify: FastifyInstance, account: TestAccount, address = '127.0.0.1'): Promise<OfficeClient> {
  const client = new OfficeClient(fastify, address);
  const res = await client.login(account.email, PASSWORD, account.secret ? totpCode(account.secret) : undefined);
  if (res.status !== 303 || res.location !== '/office/') throw new Error(`login of ${account.email} failed: ${res.status} ${res.location}`);
  await client.get('/office/');
  return client;
}

/**
 * The fields a browser would submit from the form posting to `action` on a page: inputs (checked
 * boxes only), selected options, textareas; the CSRF token is left to OfficeClient.post.
 */
export function formFields(html: string, action: string): Record<string, string> {
  const { document } = parseHTML(html);
  const form = [...document.querySelectorAll('form')].find((f) => f.getAttribute('action') === action);
  if (!form) throw new Error(`no form posting to ${action}`);
  const fields: Record<string, string> = {};
  for (const el of form.querySelectorAll('input, select, textarea')) {
    const name = el.getAttribute('name');
    if (!name || name === '_csrf' || el.hasAttribute('disabled')) continue;
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (el.tagName === 'INPUT') {
      if (type === 'submit' || ((type === 'checkbox' || type === 'radio') && !el.hasAttribute('checked'))) continue;
      fields[name] = el.getAttribute('value') ?? (type === 'checkbox' ? 'on' : '');
    } else if (el.tagName === 'SELECT') {
      const chosen = el.querySelector('option[selected]') ?? el.querySelector('option');
      fields[name] = chosen?.getAttribute('value') ?? chosen?.textContent ?? '';
    } else {
      fields[name] = el.textContent ?? '';
    }
  }
  return fields;
}

/** Signs `account` in through the office's login form in a browser page (with its TOTP code when it has one). */
export async function signInInBrowser(page: Page, base: string, account: TestAccount): Promise<void> {
  await page.goto(`${base}/office/login`);
  await page.fill('#f-email', account.email);
  await page.fill('#f-password', PASSWORD);
  if (account.secret) await page.fill('#f-code', totpCode(account.secret));
  await page.click('form.stack button[type=submit]');
}
