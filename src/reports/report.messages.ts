// Reader-facing words of the report page and its answers: namespace `reports` of the ICU
// catalogs (src/i18n/catalogs/<tag>/reports.json); other locales fall back to English key by key.
import { messagesIn, type MessageKey, type Messages } from '../i18n/catalog.ts';
import type { ReportReason } from './report-reasons.ts';

export type ReportMessages = Messages<'reports'>;

export function reportMessagesFor(locale: string): ReportMessages {
  return messagesIn(locale, 'reports');
}

/** The catalog key of each reason's label (spelt out, so `npm run i18n:check` sees every key used). */
const REASON_KEYS: Record<ReportReason, MessageKey<'reports'>> = {
  abuse: 'reasonAbuse',
  hate: 'reasonHate',
  spam: 'reasonSpam',
  personal_data: 'reasonPersonalData',
  off_topic: 'reasonOffTopic',
  other: 'reasonOther',
};

/** "Abuse or harassment": what a reader sees for a reason code. */
export function reportReasonLabel(messages: ReportMessages, reason: ReportReason): string {
  return messages[REASON_KEYS[reason]];
}
