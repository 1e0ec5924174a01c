// The language switcher in every public page's masthead: the site's locales by their own
// names, plain links (no JavaScript, reachable with Tab), each going through the endpoint
// that remembers the choice and then to this page in that locale where one exists.
// The hreflang <link>s for the page's head live here too: both come from chrome.versions.
import { hreflangLinks, switcherHref } from '../i18n/page-versions.ts';
import { localeInfo } from '../i18n/locales.ts';
import type { Chrome } from '../public/public-site.ts';

export function LanguageSwitcher(props: { chrome: Chrome; path?: string }) {
  const { chrome } = props;
  if (chrome.locales.length < 2) return null;
  const current = { locale: chrome.locale, path: props.path };
  return (
    <nav class="language-switcher" aria-label={chrome.messages.languages}>
      <ul>
        {chrome.locales.map((locale) => {
          const info = localeInfo(locale);
          return (
            <li>
              {/* nofollow: crawlers find the pages themselves through hreflang, not through the endpoint that sets a cookie. */}
              <a href={switcherHref(chrome.versions, locale, current)} lang={locale} hreflang={locale} dir={info.dir}
                rel="nofollow" aria-current={locale === chrome.locale ? 'true' : undefined}>{info.name}</a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

export function HreflangAlternates(props: { chrome: Chrome; path?: string }) {
  const links = hreflangLinks(props.chrome.versions, props.chrome.origin, { locale: props.chrome.locale, path: props.path });
  return <>{links.map((link) => <link rel="alternate" hreflang={link.hreflang} href={link.href} />)}</>;
}
