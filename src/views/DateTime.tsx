import { formatDateTime } from '../i18n/locale-format.ts';

/** A moment as readers see it in their locale, with the exact ISO time for machines. */
export function DateTime(props: { iso: string; locale: string; class?: string }) {
  return <time class={props.class} datetime={props.iso}>{formatDateTime(props.locale, props.iso)}</time>;
}
