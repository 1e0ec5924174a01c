// Small pieces the newsroom's article pages share: the status badge and UTC times.
import type { ArticleStatus } from '../db/database.ts';

/** The stylesheet the newsroom's article and media pages add to admin.css. */
export const EDITOR_STYLES = ['/assets/editor.css'];

export const STATUS_LABEL: Record<ArticleStatus, string> = {
  draft: 'Draft', review: 'In review', scheduled: 'Scheduled', published: 'Published', unpublished: 'Unpublished',
};

export function StatusBadge(props: { status: ArticleStatus }) {
  return <span class={`badge badge-${props.status}`}>{STATUS_LABEL[props.status]}</span>;
}

/** "2026-06-08 09:00 UTC": the newsroom works across time zones, so admin times say which one they are in. */
export function formatUtc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function UtcTime(props: { iso: string }) {
  return <time datetime={props.iso}>{formatUtc(props.iso)}</time>;
}
