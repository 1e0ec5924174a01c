// The site comment settings form as typed, and its check. Values stay strings so a
// form with errors comes back exactly as sent.
import type { CodedErrors } from '../admin/field-error-codes.ts';
import { formString } from '../admin/forms.tsx';
import type { Site } from '../sites/site.queries.ts';
import { isCommentMode } from './comment-mode-choice.ts';
import type { SiteCommentSettings } from './comment-settings.queries.ts';

/** `feedFullContent`: the site's feeds carry full text (issue 6; saved by src/feeds, shown on this page). */
export interface CommentSettingsValues { mode: string; closeAfterDays: string; feedFullContent: boolean }

export const MAX_CLOSE_AFTER_DAYS = 3650;

/** Each field's problem as an adminSettings message key; the page words it in the admin's language. */
export type SettingsErrors = CodedErrors<'adminSettings'>;

export function readCommentSettingsForm(body: unknown): CommentSettingsValues {
  return { mode: formString(body, 'mode'), closeAfterDays: formString(body, 'closeAfterDays'), feedFullContent: formString(body, 'feedFullContent') === '1' };
}

export function valuesOfSite(site: Pick<Site, 'commentMode' | 'commentsCloseAfterDays' | 'feedFullContent'>): CommentSettingsValues {
  return { mode: site.commentMode, closeAfterDays: site.commentsCloseAfterDays === null ? '' : String(site.commentsCloseAfterDays), feedFullContent: site.feedFullContent };
}

export function checkCommentSettings(values: CommentSettingsValues): { ok: true; value: SiteCommentSettings } | { ok: false; errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  const mode = isCommentMode(values.mode) ? values.mode : undefined;
  if (!mode) errors.mode = { key: 'modeMissing' };
  let closeAfterDays: number | null = null;
  if (values.closeAfterDays !== '') {
    const days = /^\d{1,6}$/.test(values.closeAfterDays) ? Number(values.closeAfterDays) : NaN;
    if (!(days >= 1 && days <= MAX_CLOSE_AFTER_DAYS)) {
      errors.closeAfterDays = { key: 'closeAfterDaysInvalid', values: { max: MAX_CLOSE_AFTER_DAYS } };
    } else closeAfterDays = days;
  }
  if (!mode || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { mode, closeAfterDays } };
}
