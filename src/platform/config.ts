/** Configuration from the environment, checked once at start. */
import { AppError } from './errors.ts';
import { LOCALES, isLocale, type Locale } from './i18n/locales.ts';
import { isTimeZone } from './time.ts';

export interface Config {
  host: string;
  port: number;
  databaseUrl: string;
  /** Locales served, the first being the default. */
  locales: readonly Locale[];
  /** Zone in which the site shows dates of publication. */
  siteTimeZone: string;
  /** Absolute origin used in canonical links and feeds, e.g. https://press.example.org */
  publicOrigin: string;
  logLevel: string;
  /** Trust X-Forwarded-* from a proxy in front (TRUST_PROXY=1): client address and https. */
  trustProxy: boolean;
  /** Redis that relays events between instances (REDIS_URL, REDIS_PREFIX); null: PostgreSQL LISTEN/NOTIFY, or none on SQLite. */
  redis: RedisSettings | null;
}

export interface RedisSettings {
  /** The whole REDIS_URL, password included: never log it (use `description`). */
  url: string;
  /** The URL without user name and password, e.g. redis://cache.internal:6379/0 — safe for logs. */
  description: string;
  /** The pub/sub channel: `${REDIS_PREFIX}:events`. Redis's database number does not separate channels. */
  channel: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const host = env.HOST?.trim() || '127.0.0.1';
  const portText = env.PORT?.trim() || '3000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AppError('config.invalid', `PORT must be a whole number from 0 to 65535 (got "${portText}")`, { where: 'PORT' });
  }
  const locales = (env.LOCALES?.trim() || LOCALES.join(',')).split(',').map((l) => l.trim());
  for (const l of locales) {
    if (!isLocale(l)) throw new AppError('config.invalid', `LOCALES: "${l}" is not a locale this build has messages for (${LOCALES.join(', ')})`, { where: 'LOCALES' });
  }
  const siteTimeZone = env.SITE_TIME_ZONE?.trim() || 'Europe/Moscow';
  if (!isTimeZone(siteTimeZone)) throw new AppError('config.invalid', `SITE_TIME_ZONE: "${siteTimeZone}" is not an IANA time zone`, { where: 'SITE_TIME_ZONE' });
  const publicOrigin = (env.PUBLIC_ORIGIN?.trim() || `http://${host.includes(':') ? `[${host}]` : host}:${port}`).replace(/\/+$/, '');
  return {
    host, port, databaseUrl: env.DATABASE_URL?.trim() || 'sqlite:./data/communique.db',
    locales: locales as Locale[], siteTimeZone, publicOrigin, logLevel: env.LOG_LEVEL?.trim() || 'info',
    trustProxy: ['1', 'true', 'yes'].includes((env.TRUST_PROXY ?? '').trim().toLowerCase()),
    redis: redisSettings(env),
  };
}

const REDIS_URL_FORM = 'redis://[user:password@]host[:port][/db] or rediss://…';

function redisSettings(env: NodeJS.ProcessEnv): RedisSettings | null {
  const prefix = env.REDIS_PREFIX?.trim() || 'communique';
  if (!/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/.test(prefix)) {
    throw new AppError('config.invalid', `REDIS_PREFIX may hold up to 100 letters, digits, "_", ".", ":" and "-", starting with a letter or digit (got "${prefix}")`, { where: 'REDIS_PREFIX' });
  }
  const text = env.REDIS_URL?.trim();
  if (!text) return null;
  const invalid = (why: string) => new AppError('config.invalid', `REDIS_URL ${why}: use ${REDIS_URL_FORM} (got "${withoutCredentials(text)}")`, { where: 'REDIS_URL' });
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalid('is not a URL');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw invalid(`must start with redis:// or rediss://`);
  if (url.hostname === '') throw invalid('names no host');
  if (!/^(\/(\d{1,5})?)?$/.test(url.pathname)) throw invalid('may only name a database number after the host');
  if (url.search !== '' || url.hash !== '') throw invalid('takes no query or fragment');
  return { url: text, description: `${url.protocol}//${url.host}${url.pathname.length > 1 ? url.pathname : ''}`, channel: `${prefix}:events` };
}

/** Text of a URL with everything before the host's "@" masked, for messages (it may not parse). */
function withoutCredentials(text: string): string {
  const at = text.lastIndexOf('@');
  if (at < 0) return text;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text)?.[0] ?? '';
  return `${scheme}***@${text.slice(at + 1)}`;
}
