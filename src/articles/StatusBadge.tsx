// Small pieces the newsroom's article pages share: the status badge and UTC times.
import type { ArticleStatus } from '../db/database.ts';
import type { MessageKey } from '../i18n/catalog.ts';
import { useAdminMessages } from '../admin/admin-i18n.tsx';

/** The stylesheet the newsroom's article and media pages add to admin.css. */
export const EDITOR_STYLES = ['/assets/editor.css'];

/** Each status's name in the adminArticles catalog ("Draft", "Черновик"). */
export const STATUS_KEYS: Record<ArticleStatus, MessageKey<'adminArticles'>> = {
  draft: 'statusDraft', review: 'statusReview', scheduled: 'statusScheduled', published: 'statusPublished', unpublished: 'statusUnpublished',
};

/** The status names in the admin's language, for the page being rendered. */
export function useStatusLabels(): Record<ArticleStatus, string> {
  const m = useAdminMessages('adminArticles');
  return {
    draft: m[STATUS_KEYS.draft], review: m[STATUS_KEYS.review], scheduled: m[STATUS_KEYS.scheduled],
    published: m[STATUS_KEYS.published], unpublished: m[STATUS_KEYS.unpublished],
  };
}

export function StatusBadge(props: { status: ArticleStatus }) {
  const m = useAdminMessages('adminArticles');
  return <span class={`badge badge-${props.status}`}>{m[STATUS_KEYS[props.status]]}</span>;
}

/**
 * "2026-06-08 09:00 UTC": the newsroom works across time zones, so admin times say which one they
 * are in. Digits, ISO order and "UTC" read the same in every admin language, so this stays unlocalised.
 */
export function formatUtc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function UtcTime(props: { iso: string }) {
  return <time datetime={props.iso}>{formatUtc(props.iso)}</time>;
}
