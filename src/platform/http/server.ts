/**
 * The HTTP application: security headers, static assets, the public site plugin, and one error
 * handler that maps the error catalogue to pages in the reader's language.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import Fastify, { type FastifyInstance, type FastifyBaseLogger, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { addSecurityHeaders, PUBLIC_SITE_HELMET, securityHeaders } from './security-headers.ts';
import type { Store } from '../db/connect.ts';
import type { Config } from '../config.ts';
import { AppError, isAppError } from '../errors.ts';
import { classifyStoreError, describeStoreTrouble } from '../db/store-errors.ts';
import { projectFile } from '../paths.ts';
import { findRedirect } from '../../newsroom/queries.ts';
import { EventBus } from '../events.ts';
import { bridgeEvents } from '../cluster.ts';
import { PageCache } from '../../site/page-cache.ts';
import { cachedPageFastPath, type FastPath } from '../../site/fast-path.ts';
import { followChangesWithPurge } from '../../site/purge.ts';
import { renderErrorPage, requestLocale, sitePlugin } from '../../site/routes.ts';
import { discoveryPlugin } from '../../site/directory-routes.ts';
import { searchPlugin } from '../../site/search-routes.ts';
import { apiPlugin } from '../../api/plugin.ts';
import { answerApiFrameworkError } from '../../api/errors.ts';
import { webhooksPlugin } from '../../webhooks/plugin.ts';
import type { SiteContext } from '../../site/presenters.ts';

const ASSETS_DIR = projectFile('src/site/assets/');

export interface AppOptions {
  store: Store;
  config: Config;
  /** Domain events of this process; the site's page cache follows them. A new bus when absent. */
  events?: EventBus;
  /** A pino logger; none = silent. */
  logger?: FastifyBaseLogger;
  cacheBytes?: number;
}

export interface App {
  fastify: FastifyInstance;
  cache: PageCache;
  events: EventBus;
  /** Requests for cached pages answered before Fastify (over a real socket, not inject). */
  fastPath: FastPath;
}

function assetVersion(): string {
  const hash = createHash('sha1');
  for (const file of ['site.css', 'site.js']) hash.update(readFileSync(ASSETS_DIR + file));
  return hash.digest('base64url').slice(0, 10);
}

export async function buildApp(options: AppOptions): Promise<App> {
  const { store, config } = options;
  // Cached public pages are answered before Fastify sees the request (site/fast-path.ts); set
  // once the cache exists below. fastify.inject() does not pass through here.
  let fastPath: FastPath | null = null;
  const fastify = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    serverFactory: (handler) => {
      const server = createServer((req, res) => {
        if (!fastPath?.serve(req, res)) handler(req, res);
      });
      // What Fastify sets on a server it makes itself.
      server.keepAliveTimeout = 72_000;
      server.requestTimeout = 0;
      return server;
    },
    trustProxy: config.trustProxy,
    routerOptions: { ignoreDuplicateSlashes: false, maxParamLength: 200 },
    return503OnClosing: true,
    // A malformed address (bad percent-encoding, …) gets the 400 page, not Fastify's JSON.
    frameworkErrors: (error, rawRequest, rawReply) => {
      const request = rawRequest as unknown as FastifyRequest;
      const reply = rawReply as unknown as FastifyReply;
      if (answerApiFrameworkError(request, reply)) return;
      void errorReply(request, 400, null).then(
        ({ html }) => reply.code(400).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html),
        () => reply.code(400).type('text/plain; charset=utf-8').send('Bad request'),
      );
      void error;
    },
  });
  const cache = new PageCache(options.cacheBytes);
  const fast = cachedPageFastPath(cache, securityHeaders(PUBLIC_SITE_HELMET), fastify.log);
  fastPath = fast;
  fastify.addHook('preClose', (done) => { fast.stop(); done(); });
  const events = options.events ?? new EventBus((error, event) => fastify.log.error({ err: error, event }, 'event listener failed'));
  // Each change purges exactly the cached pages that show it (by surrogate key; see site/purge.ts).
  followChangesWithPurge(cache, store.db, events);
  // Other instances hear of our events and we of theirs: over Redis when REDIS_URL is set, else on PostgreSQL.
  const bridge = await bridgeEvents(store, events, {
    redis: config.redis,
    log: fastify.log,
    onResync: () => cache.clear(),
    onError: (error) => fastify.log.warn({ err: error }, 'could not relay an event to other instances'),
  });
  if (bridge) fastify.addHook('onClose', async () => bridge.close());
  const ctx: SiteContext = { locales: config.locales, origin: config.publicOrigin, timeZone: config.siteTimeZone, assetVersion: assetVersion() };

  addSecurityHeaders(fastify, PUBLIC_SITE_HELMET);
  await fastify.register(fastifyStatic, { root: ASSETS_DIR, prefix: '/assets/', maxAge: '365d', immutable: true, index: false, wildcard: false });

  async function errorReply(request: FastifyRequest, status: number, detail: string | null, reason?: 'unwritable') {
    const locale = requestLocale(request, config.locales);
    const html = await renderErrorPage(status === 503 ? null : store.db, ctx, locale, status, detail, reason);
    return { html, locale };
  }

  /** A recorded redirect for this address, if any; a failed lookup must not hide the error page. */
  async function redirectFor(url: string) {
    try {
      return await findRedirect(store.db, url);
    } catch {
      return undefined;
    }
  }

  fastify.setNotFoundHandler(async (request, reply) => {
    const redirect = await redirectFor(request.url);
    if (redirect) return reply.redirect(redirect.to, redirect.status);
    const { html } = await errorReply(request, 404, null);
    return reply.code(404).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
  });

  fastify.setErrorHandler(async (error, request, reply) => {
    let status: number;
    let detail: string | null = null;
    const trouble = isAppError(error) ? (error.code === 'db.unwritable' ? 'unwritable' : null) : classifyStoreError(error);
    if (isAppError(error)) {
      status = error.status;
      if (status === 400) detail = error.message;
    } else if (trouble) {
      status = 503;
    } else if (typeof (error as { statusCode?: number }).statusCode === 'number' && (error as { statusCode: number }).statusCode < 500) {
      status = (error as { statusCode: number }).statusCode;
    } else {
      status = 500;
    }
    if (status === 404) {
      const redirect = await redirectFor(request.url);
      if (redirect) return reply.redirect(redirect.to, redirect.status);
    }
    if (trouble) request.log.warn({ err: error }, describeStoreTrouble(trouble, error));
    else if (status >= 500) request.log.error({ err: error }, 'request failed');
    const { html } = await errorReply(request, status, detail, trouble === 'unwritable' ? 'unwritable' : undefined);
    if (status === 503) reply.header('retry-after', '5');
    return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
  });

  // Registered after the handlers above so the site inherits them.
  await fastify.register(sitePlugin, { db: store.db, context: ctx, cache, events });
  await fastify.register(discoveryPlugin, { db: store.db, context: ctx, cache, events });
  await fastify.register((await import('../../office/plugin.ts')).officePlugin, { prefix: '/office', store, config, events });
  await fastify.register(searchPlugin, { store, context: ctx, events });
  await fastify.register(apiPlugin, { prefix: '/api/v1', db: store.db, dialect: store.dialect, locales: config.locales, origin: config.publicOrigin, events });
  await fastify.register(webhooksPlugin, { db: store.db, events, origin: config.publicOrigin });

  return { fastify, cache, events, fastPath: fast };
}

export { AppError };
