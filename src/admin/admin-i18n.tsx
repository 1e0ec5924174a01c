// Admin views read their words through a context instead of a prop threaded through every
// component: sendAdminPage() (reply.ts) provides the request's admin locale, and any view
// calls useAdminMessages('adminArticles') to get that namespace's messages in it.
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { messagesIn, type Messages, type Namespace } from '../i18n/catalog.ts';
import type { AdminLocale } from './admin-locale.ts';

const AdminLocaleContext = createContext<AdminLocale>('en');

export function AdminLocaleProvider(props: { locale: AdminLocale; children: ComponentChildren }) {
  return <AdminLocaleContext.Provider value={props.locale}>{props.children}</AdminLocaleContext.Provider>;
}

export function useAdminLocale(): AdminLocale {
  return useContext(AdminLocaleContext);
}

/** A namespace's messages in the admin locale of the page being rendered. */
export function useAdminMessages<N extends Namespace>(namespace: N): Messages<N> {
  return messagesIn(useContext(AdminLocaleContext), namespace);
}
