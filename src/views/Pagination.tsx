import type { Messages } from '../i18n/messages.ts';
import { t } from '../i18n/messages.ts';
import { pageHref } from '../public/pagination.ts';

export interface PaginationProps {
  path: string;
  page: number;
  pages: number;
  messages: Messages;
}

/** Previous / "Page N of M" / Next, as plain links with rel so crawlers follow them too. */
export function Pagination(props: PaginationProps) {
  const { path, page, pages, messages } = props;
  if (pages <= 1) return null;
  return (
    <nav class="pagination" aria-label={messages.pagination}>
      {page > 1 ? <a rel="prev" href={pageHref(path, page - 1)}>{messages.previous}</a> : null}
      <span aria-current="page">{t(messages, 'pageOf', { n: page, total: pages })}</span>
      {page < pages ? <a rel="next" href={pageHref(path, page + 1)}>{messages.next}</a> : null}
    </nav>
  );
}
