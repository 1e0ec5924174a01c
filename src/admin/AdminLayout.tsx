// The shell of every /admin page: skip link, navigation by permission, signed-in user, logout.
import type { ComponentChildren } from 'preact';
import type { Role } from '../db/database.ts';
import { can, type Action } from '../accounts/permissions.ts';
import { FAVICON_HREF } from '../lib/urls.ts';
import type { AdminSiteChoice } from './site-choice.ts';
import { AdminSitePicker } from './AdminSitePicker.tsx';
import { t, tParts, type MessageKey } from '../i18n/catalog.ts';
import { localeInfo } from '../i18n/locales.ts';
import { useAdminLocale, useAdminMessages } from './admin-i18n.tsx';
import { ADMIN_LANGUAGE_PATH, ADMIN_LOCALES } from './admin-locale.ts';

export interface AdminUser { displayName: string; role: Role; siteChoice?: AdminSiteChoice; uiLocale?: string | null }

export interface AdminLayoutProps {
  title: string;
  user?: AdminUser;
  csrfToken?: string;
  /** Path of the nav entry to mark as current, e.g. "/admin/articles". */
  current?: string;
  /** Extra browser islands for this page, by URL. */
  scripts?: string[];
  /** Extra stylesheets for this page (e.g. /assets/editor.css), after admin.css. */
  styles?: string[];
  /** A one-line confirmation after a change ("Section saved."), announced politely. */
  flash?: string;
  children: ComponentChildren;
}

type CommonKey = MessageKey<'adminCommon'>;

export const ADMIN_NAV: ReadonlyArray<{ href: string; label: CommonKey; action: Action }> = [
  { href: '/admin/articles', label: 'navArticles', action: 'article.create' },
  { href: '/admin/moderation', label: 'navModeration', action: 'comment.moderate' },
  { href: '/admin/moderation/log', label: 'navModerationLog', action: 'comment.moderate' },
  { href: '/admin/media', label: 'navMedia', action: 'media.upload' },
  { href: '/admin/sections', label: 'navSections', action: 'section.manage' },
  { href: '/admin/authors', label: 'navAuthors', action: 'author.manage' },
  { href: '/admin/tags', label: 'navTags', action: 'tag.manage' },
  { href: '/admin/comment-policy', label: 'navCommentPolicy', action: 'section.manage' },
  { href: '/admin/settings/screening', label: 'navScreening', action: 'site.manage' },
  { href: '/admin/users', label: 'navUsers', action: 'user.manage' },
  { href: '/admin/sites', label: 'navSites', action: 'site.manage' },
];

const ROLE_NAMES: Record<Role, CommonKey> = {
  admin: 'roleAdmin', editor: 'roleEditor', author: 'roleAuthor', contributor: 'roleContributor', moderator: 'roleModerator',
};

/** A staff role in the admin's language ("редактор"). */
export function useRoleName(role: Role): string {
  return useAdminMessages('adminCommon')[ROLE_NAMES[role]];
}

function LanguageForm(props: { csrfToken: string; next: string; chosen: string | null }) {
  const m = useAdminMessages('adminCommon');
  return (
    <form class="admin-language" method="post" action={ADMIN_LANGUAGE_PATH}>
      <input type="hidden" name="_csrf" value={props.csrfToken} />
      <input type="hidden" name="next" value={props.next} />
      <label for="admin-ui-locale">{m.interfaceLanguage}</label>
      <select id="admin-ui-locale" name="uiLocale">
        <option value="" selected={props.chosen === null}>{m.browserLanguage}</option>
        {ADMIN_LOCALES.map((tag) => <option value={tag} lang={tag} selected={props.chosen === tag}>{localeInfo(tag).name}</option>)}
      </select>
      <button type="submit">{m.changeLanguage}</button>
    </form>
  );
}

export function AdminLayout(props: AdminLayoutProps) {
  const user = props.user;
  const m = useAdminMessages('adminCommon');
  const roleName = useRoleName(user?.role ?? 'contributor');
  return (
    <html lang={useAdminLocale()} dir="ltr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{t(m, 'documentTitle', { title: props.title })}</title>
        <link rel="stylesheet" href="/assets/admin.css" />
        <link rel="icon" href={FAVICON_HREF} type="image/svg+xml" />
        {(props.styles ?? []).map((href) => <link rel="stylesheet" href={href} />)}
        {(props.scripts ?? []).map((src) => <script type="module" src={src} />)}
      </head>
      <body class="admin">
        <a class="skip-link" href="#main">{m.skipToContent}</a>
        <header class="admin-header">
          <a class="admin-brand" href="/admin">Serai</a>
          {user && (
            <nav aria-label={m.adminNav}>
              <ul>
                {ADMIN_NAV.filter((item) => can(user.role, item.action)).map((item) => (
                  <li><a href={item.href} aria-current={props.current === item.href ? 'page' : undefined}>{m[item.label]}</a></li>
                ))}
              </ul>
            </nav>
          )}
          {user?.siteChoice && props.csrfToken ? <AdminSitePicker choice={user.siteChoice} csrfToken={props.csrfToken} next={props.current ?? '/admin'} /> : null}
          {user && props.csrfToken && (
            <form class="admin-logout" method="post" action="/admin/logout">
              <span>{tParts(m, 'signedInAs', { name: <bdi>{user.displayName}</bdi>, role: roleName })}</span>
              <input type="hidden" name="_csrf" value={props.csrfToken} />
              <button type="submit">{m.logOut}</button>
            </form>
          )}
          {user && props.csrfToken ? <LanguageForm csrfToken={props.csrfToken} next={props.current ?? '/admin'} chosen={user.uiLocale ?? null} /> : null}
        </header>
        <main id="main" class="admin-main">
          {props.flash ? <p class="flash" role="status">{props.flash}</p> : null}
          {props.children}
        </main>
      </body>
    </html>
  );
}
