// The words moderators read for the desk's codes: tabs, statuses, actions, reject reasons,
// ban durations, in the admin's language (catalog namespace `adminModeration`). Codes stay
// as they are stored and posted; only what is shown is translated. Keys are spelt out, not
// built, so `npm run i18n:check` sees every one in use.
import { useAdminMessages } from '../admin/admin-i18n.tsx';
import type { CommentStatus } from '../db/database.ts';
import { messagesIn, pluralPhrase, writtenIn, type MessageKey, type Messages } from '../i18n/catalog.ts';
import { formatTagOf } from '../i18n/locale-format.ts';
import type { QueueTab } from './moderation-list.ts';
import type { QueueIslandMessages } from './queue-announcements.ts';
import type { RejectReason } from './reject-reasons.ts';

export type ModerationMessages = Messages<'adminModeration'>;
export type ModerationKey = MessageKey<'adminModeration'>;

/** The namespace in the locale of the admin page being rendered (views only). */
export const useModerationMessages = (): ModerationMessages => useAdminMessages('adminModeration');
/** The namespace in a locale, for routes (flash messages, problems, JSON answers). */
export const moderationMessagesIn = (locale: string): ModerationMessages => messagesIn(locale, 'adminModeration');
/** English: what a caller that names no locale gets. */
export const ENGLISH = (): ModerationMessages => messagesIn('en', 'adminModeration');

const TAB_KEY: Record<QueueTab, ModerationKey> = {
  pending: 'tabPending', reported: 'tabReported', held: 'tabHeld', approved: 'tabApproved', rejected: 'tabRejected', spam: 'tabSpam',
};
const STATUS_KEY: Record<CommentStatus, ModerationKey> = {
  pending: 'statusPending', approved: 'statusApproved', rejected: 'statusRejected', spam: 'statusSpam',
};
/** What the button that moves a comment to each status says. */
const ACTION_KEY: Record<CommentStatus, ModerationKey> = {
  approved: 'actionApprove', rejected: 'actionReject', spam: 'actionSpam', pending: 'actionRestore',
};
const REJECT_REASON_KEY: Record<RejectReason, ModerationKey> = {
  hate: 'rejectReasonHate',
  incitement: 'rejectReasonIncitement',
  profanity: 'rejectReasonProfanity',
  personal_attack: 'rejectReasonPersonalAttack',
  spam: 'rejectReasonSpam',
  off_topic: 'rejectReasonOffTopic',
  legal_risk: 'rejectReasonLegalRisk',
  personal_data: 'rejectReasonPersonalData',
  impersonation: 'rejectReasonImpersonation',
};

export const tabLabel = (m: ModerationMessages, tab: QueueTab): string => m[TAB_KEY[tab]];
export const statusLabel = (m: ModerationMessages, status: CommentStatus): string => m[STATUS_KEY[status]];
export const actionLabel = (m: ModerationMessages, to: CommentStatus): string => m[ACTION_KEY[to]];
export const rejectReasonLabel = (m: ModerationMessages, reason: RejectReason): string => m[REJECT_REASON_KEY[reason]];

/** The ban and pre-moderation terms offered, in the order the forms list them. */
export const TERM_KEY = {
  '1d': 'duration1d', '7d': 'duration7d', '30d': 'duration30d', '365d': 'duration365d', permanent: 'durationUntilLifted',
} as const satisfies Record<string, ModerationKey>;

const scoreFormats = new Map<string, Intl.NumberFormat>();

/** A 0..1 score as moderators read it: two decimals, the admin language's separator ("0.72", "0,72"). */
export function formatScore(locale: string, score: number): string {
  let format = scoreFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(formatTagOf(locale), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    scoreFormats.set(locale, format);
  }
  return format.format(score);
}

const islandJson = new Map<string, string>();

/** The keyboard island's words in a locale, as the JSON its data attribute carries (made once per locale). */
export function queueIslandMessagesJson(locale: string): string {
  let json = islandJson.get(locale);
  if (json === undefined) {
    const m = moderationMessagesIn(locale);
    const messages: QueueIslandMessages = {
      locale: formatTagOf(writtenIn(m, 'count')),
      tab: m.tabWithCount,
      done: { approved: m.islandApproved, spam: m.islandSpam, rejected: m.islandRejected },
      doneBy: { approved: m.islandApprovedBy, spam: m.islandSpamBy, rejected: m.islandRejectedBy },
      left: pluralPhrase(locale, 'adminModeration', 'islandLeft'),
      gone: m.islandGone,
    };
    json = JSON.stringify(messages);
    islandJson.set(locale, json);
  }
  return json;
}
