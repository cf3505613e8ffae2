/** @jsxRuntime automatic */
/** @jsxImportSource preact */
/** The page frame: landmarks, skip link, navigation, language switch. Pure: data in, markup out. */
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { messages } from '../../platform/i18n/messages.ts';
import type { ChromeVM } from '../view-models.ts';
import { discoveryMessages } from '../discovery-messages.ts';
import { discoveryPaths } from '../discovery-paths.ts';
import { SearchBox } from './search-box.tsx';

const OG_LOCALE: Record<string, string> = { en: 'en_GB', ru: 'ru_RU' };

export function Layout({ chrome, children }: { chrome: ChromeVM; children: ComponentChildren }) {
  const m = messages(chrome.locale);
  const others = chrome.alternates.filter((a) => a.locale !== chrome.locale);
  return (
    <html lang={chrome.locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${chrome.title} — ${m.siteName}`}</title>
        <meta name="description" content={chrome.description} />
        {chrome.noindex ? <meta name="robots" content="noindex" /> : <link rel="canonical" href={chrome.canonical} />}
        {chrome.alternates.map((a) => (
          <link rel="alternate" hrefLang={a.locale} href={a.href} />
        ))}
        {(chrome.feeds ?? []).map((f) => <link rel="alternate" type={f.type} title={f.title} href={f.href} />)}
        <meta property="og:site_name" content={m.siteName} />
        <meta property="og:title" content={chrome.title} />
        <meta property="og:description" content={chrome.description} />
        <meta property="og:type" content={chrome.openGraph?.type ?? 'website'} />
        {!chrome.noindex && <meta property="og:url" content={chrome.canonical} />}
        <meta property="og:locale" content={OG_LOCALE[chrome.locale] ?? chrome.locale} />
        {others.map((a) => <meta property="og:locale:alternate" content={OG_LOCALE[a.locale] ?? a.locale} />)}
        {chrome.openGraph?.publishedTime && <meta property="article:published_time" content={chrome.openGraph.publishedTime} />}
        {chrome.openGraph?.modifiedTime && <meta property="article:modified_time" content={chrome.openGraph.modifiedTime} />}
        <meta name="twitter:card" content="summary" />
        <meta name="twitter:title" content={chrome.title} />
        <meta name="twitter:description" content={chrome.description} />
        {(chrome.jsonLd ?? []).map((text) => <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: text }} />)}
        <link rel="stylesheet" href={`/assets/site.css?v=${chrome.assetVersion}`} />
        <script src={`/assets/site.js?v=${chrome.assetVersion}`} defer />
      </head>
      <body>
        <a class="skip-link" href="#content">{m.skipToContent}</a>
        <header class="site-header">
          <div class="wrap header-row">
            <a class="site-name" href={chrome.homeHref}>{m.siteName}</a>
            <SearchBox locale={chrome.locale} id="header-search" />
            {others.length > 0 && (
              <nav class="language-switch" aria-label={m.switchLanguage}>
                <ul>
                  {others.map((a) => (
                    <li>
                      <a href={a.path} hrefLang={a.locale} lang={a.locale} rel="alternate">{a.label}</a>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
          </div>
          <nav class="main-nav" aria-label={m.mainNavigation}>
            <ul class="wrap">
              <li><a href={chrome.allNewsHref} aria-current={chrome.current === 'all' ? 'page' : undefined}>{m.allNews}</a></li>
              {chrome.sections.map((s) => (
                <li><a href={s.href} aria-current={chrome.current === s.href ? 'page' : undefined}>{s.label}</a></li>
              ))}
              <li><a href={discoveryPaths.meetings(chrome.locale)} aria-current={chrome.current === 'meetings' ? 'page' : undefined}>{discoveryMessages(chrome.locale).meetings}</a></li>
            </ul>
          </nav>
        </header>
        <main id="content" class="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>{m.footerNote}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** Renders a page component to a complete HTML document. */
export function renderDocument(node: preact.VNode): string {
  return `<!doctype html>${renderToString(node)}`;
}
