/** @jsxRuntime automatic */
/** @jsxImportSource preact */
/** The page frame: landmarks, skip link, navigation, language switch. Pure: data in, markup out. */
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { messages } from '../../platform/i18n/messages.ts';
import type { ChromeVM } from '../view-models.ts';

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
        <link rel="stylesheet" href={`/assets/site.css?v=${chrome.assetVersion}`} />
        <script src={`/assets/site.js?v=${chrome.assetVersion}`} defer />
      </head>
      <body>
        <a class="skip-link" href="#content">{m.skipToContent}</a>
        <header class="site-header">
          <div class="wrap header-row">
            <a class="site-name" href={chrome.homeHref}>{m.siteName}</a>
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
