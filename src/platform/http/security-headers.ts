/**
 * Security headers, computed once with helmet and set on every response by a cheap hook.
 * (@fastify/helmet rebuilds helmet's middleware on every request — about half of the cost of
 * serving a cached page; the headers do not depend on the request, so we build them once.)
 */
import helmet, { type HelmetOptions } from 'helmet';
import type { FastifyInstance } from 'fastify';

/** What pages may load: only this site's own files; never plugins. */
const OWN_SOURCES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

export const PUBLIC_SITE_HELMET: HelmetOptions = {
  contentSecurityPolicy: { useDefaults: false, directives: { ...OWN_SOURCES, frameAncestors: ["'self'"] } },
  // HSTS is only meaningful over TLS; it is added per request when the reader came over TLS.
  strictTransportSecurity: false,
  referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  crossOriginEmbedderPolicy: false,
};

/** The back office: never framed, no referrer leaves it, forms post only to itself. */
export const OFFICE_HELMET: HelmetOptions = {
  contentSecurityPolicy: { useDefaults: false, directives: { ...OWN_SOURCES, frameAncestors: ["'none'"] } },
  strictTransportSecurity: false,
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
  crossOriginEmbedderPolicy: false,
};

/** The headers helmet would set for these options, as a plain object. */
export function securityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let failure: unknown;
  helmet(options)({} as never, response as never, (error?: unknown) => { failure = error; });
  if (failure) throw failure;
  return headers;
}

/** HSTS for responses that reached the reader over TLS (directly, or through a trusted proxy). */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/**
 * Sets the headers on every response of this Fastify context, and HSTS when the request came over
 * TLS (`request.protocol` honours X-Forwarded-Proto only when TRUST_PROXY is set).
 */
export function addSecurityHeaders(app: FastifyInstance, options: HelmetOptions): void {
  const headers = securityHeaders(options);
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(headers);
    if (request.protocol === 'https') reply.header('strict-transport-security', STRICT_TRANSPORT_SECURITY);
    done();
  });
}
