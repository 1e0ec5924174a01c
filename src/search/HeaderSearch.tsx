// The search form in every public page's masthead: a plain GET form, so it works without
// JavaScript and needs no CSRF token (searching changes nothing).
import { messagesIn } from '../i18n/catalog.ts';
import { searchUrl } from './search-url.ts';

export function HeaderSearch(props: { locale: string; query?: string }) {
  const m = messagesIn(props.locale, 'search');
  return (
    <form class="site-search" role="search" aria-label={m.label} action={searchUrl(props.locale)} method="get">
      <label class="visually-hidden" for="site-search-q">{m.label}</label>
      <input id="site-search-q" type="search" name="q" value={props.query ?? ''} maxLength={1000} autocomplete="off" />
      <button type="submit">{m.submit}</button>
    </form>
  );
}
