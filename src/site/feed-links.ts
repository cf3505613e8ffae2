/** The `<link rel="alternate">` entries of a list page's feeds. Pure. */
import type { Locale } from '../platform/i18n/locales.ts';
import { discoveryMessages } from './discovery-messages.ts';
import { discoveryPaths, FEED_FORMATS, FEED_TYPES } from './discovery-paths.ts';
import type { FeedLinkVM } from './view-models.ts';

export function feedLinks(origin: string, locale: Locale, listPath: string, subject: string): FeedLinkVM[] {
  const d = discoveryMessages(locale);
  const label = { rss: d.feedRss, atom: d.feedAtom, json: d.feedJson } as const;
  return FEED_FORMATS.map((f) => ({ type: FEED_TYPES[f], href: origin + discoveryPaths.feed(listPath, f), title: `${subject} (${label[f]})` }));
}
