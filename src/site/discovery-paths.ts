/** Public addresses of directory pages, meetings, feeds and sitemaps (DESIGN.md URL scheme). */
import type { Locale } from '../platform/i18n/locales.ts';

export type FeedFormat = 'rss' | 'atom' | 'json';
export const FEED_FORMATS: readonly FeedFormat[] = ['rss', 'atom', 'json'];
export const FEED_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

export const discoveryPaths = {
  person: (locale: Locale, slug: string) => `/${locale}/people/${encodeURIComponent(slug)}/`,
  body: (locale: Locale, slug: string) => `/${locale}/bodies/${encodeURIComponent(slug)}/`,
  state: (locale: Locale, code: string) => `/${locale}/states/${encodeURIComponent(code.toLowerCase())}/`,
  meetings: (locale: Locale, query = '') => `/${locale}/meetings/${query ? `?${query}` : ''}`,
  meeting: (locale: Locale, id: number) => `/${locale}/meetings/${id}/`,
  /** A feed under a list address ending in "/": `/en/news/` → `/en/news/feed.atom`. */
  feed: (listPath: string, format: FeedFormat) => `${listPath.split('?')[0]}feed.${format}`,
  sitemapIndex: () => '/sitemap.xml',
  sitemap: (locale: Locale, part: number) => `/sitemaps/${locale}-${part}.xml`,
  newsSitemap: () => '/sitemaps/news.xml',
};
