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
  };
}
