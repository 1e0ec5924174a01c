// The shell of every /admin page: skip link, navigation by permission, signed-in user, logout.
import type { ComponentChildren } from 'preact';
import type { Role } from '../db/database.ts';
import { can, type Action } from '../accounts/permissions.ts';
import { FAVICON_HREF } from '../lib/urls.ts';
import type { AdminSiteChoice } from './site-choice.ts';
import { AdminSitePicker } from './AdminSitePicker.tsx';

export interface AdminUser { displayName: string; role: Role; siteChoice?: AdminSiteChoice }

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

export const ADMIN_NAV: ReadonlyArray<{ href: string; label: string; action: Action }> = [
  { href: '/admin/articles', label: 'Articles', action: 'article.create' },
  { href: '/admin/moderation', label: 'Moderation', action: 'comment.moderate' },
  { href: '/admin/moderation/log', label: 'Moderation log', action: 'comment.moderate' },
  { href: '/admin/media', label: 'Media', action: 'media.upload' },
  { href: '/admin/sections', label: 'Sections', action: 'section.manage' },
  { href: '/admin/authors', label: 'Authors', action: 'author.manage' },
  { href: '/admin/tags', label: 'Tags', action: 'tag.manage' },
  { href: '/admin/comment-policy', label: 'Comment policy', action: 'section.manage' },
  { href: '/admin/settings/screening', label: 'Screening', action: 'site.manage' },
  { href: '/admin/users', label: 'Users', action: 'user.manage' },
  { href: '/admin/sites', label: 'Sites', action: 'site.manage' },
];

export function AdminLayout(props: AdminLayoutProps) {
  const user = props.user;
  return (
    <html lang="en" dir="ltr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${props.title} · Serai admin`}</title>
        <link rel="stylesheet" href="/assets/admin.css" />
        <link rel="icon" href={FAVICON_HREF} type="image/svg+xml" />
        {(props.styles ?? []).map((href) => <link rel="stylesheet" href={href} />)}
        {(props.scripts ?? []).map((src) => <script type="module" src={src} />)}
      </head>
      <body class="admin">
        <a class="skip-link" href="#main">Skip to content</a>
        <header class="admin-header">
          <a class="admin-brand" href="/admin">Serai</a>
          {user && (
            <nav aria-label="Admin">
              <ul>
                {ADMIN_NAV.filter((item) => can(user.role, item.action)).map((item) => (
                  <li><a href={item.href} aria-current={props.current === item.href ? 'page' : undefined}>{item.label}</a></li>
                ))}
              </ul>
            </nav>
          )}
          {user?.siteChoice && props.csrfToken ? <AdminSitePicker choice={user.siteChoice} csrfToken={props.csrfToken} next={props.current ?? '/admin'} /> : null}
          {user && props.csrfToken && (
            <form class="admin-logout" method="post" action="/admin/logout">
              <span>{user.displayName} ({user.role})</span>
              <input type="hidden" name="_csrf" value={props.csrfToken} />
              <button type="submit">Log out</button>
            </form>
          )}
        </header>
        <main id="main" class="admin-main">
          {props.flash ? <p class="flash" role="status">{props.flash}</p> : null}
          {props.children}
        </main>
      </body>
    </html>
  );
}
