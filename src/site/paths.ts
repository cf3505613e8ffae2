/** The public URL scheme (DESIGN.md), in one place. */
import type { Locale } from '../platform/i18n/locales.ts';

export const paths = {
  home: (locale: Locale) => `/${locale}/`,
  allNews: (locale: Locale, page = 1) => `/${locale}/news/${page > 1 ? `?page=${page}` : ''}`,
  section: (locale: Locale, section: string, page = 1) => `/${locale}/news/${encodeURIComponent(section)}/${page > 1 ? `?page=${page}` : ''}`,
  item: (locale: Locale, section: string, slug: string) => `/${locale}/news/${encodeURIComponent(section)}/${encodeURIComponent(slug)}/`,
};
