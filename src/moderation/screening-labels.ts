// Words a moderator reads for the screening's reason codes, the verdict, and readers'
// report reasons, in the admin's language. The codes stay as stored (and in data-code /
// data-reason); unknown codes (a phase added later) still show, as readable words.
import type { ModerationKey, ModerationMessages } from './moderation-words.ts';

const REASON_KEY: Readonly<Record<string, ModerationKey>> = {
  banned_commenter: 'screeningBannedCommenter',
  article_closed: 'screeningArticleClosed',
  empty_text: 'screeningEmptyText',
  too_long: 'screeningTooLong',
  profanity: 'screeningProfanity',
  slur: 'screeningSlur',
  hate: 'screeningHate',
  threat: 'screeningThreat',
  phone_number: 'screeningPhoneNumber',
  email_address: 'screeningEmailAddress',
  personal_data: 'screeningPersonalData',
  too_many_links: 'screeningTooManyLinks',
  blocked_domain: 'screeningBlockedDomain',
  link_only: 'screeningLinkOnly',
  shouting: 'screeningShouting',
  repeated_characters: 'screeningRepeatedCharacters',
  emoji_flood: 'screeningEmojiFlood',
  duplicate_text: 'screeningDuplicateText',
  flooding: 'screeningFlooding',
  spam: 'screeningSpam',
};

const OUTCOME_KEY: Readonly<Record<string, ModerationKey>> = { approve: 'outcomeApprove', hold: 'outcomeHold', reject: 'outcomeReject' };

/** Readers' report reasons as moderators read them (readers see the `reports` namespace's words). */
const REPORT_KEY: Readonly<Record<string, ModerationKey>> = {
  spam: 'reportReasonSpam', abuse: 'reportReasonAbuse', hate: 'reportReasonHate', harassment: 'reportReasonHarassment',
  off_topic: 'reportReasonOffTopic', personal_data: 'reportReasonPersonalData', misinformation: 'reportReasonMisinformation', other: 'reportReasonOther',
};

/** "some_code" → "Some code". */
function readable(code: string): string {
  const words = code.replace(/[_-]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : code;
}

/** The label of a known code (own keys only: "constructor" is a code like any other), else the code made readable. */
function labelOf(keys: Readonly<Record<string, ModerationKey>>, m: ModerationMessages, code: string): string {
  return Object.hasOwn(keys, code) ? m[keys[code]!] : readable(code);
}

export const isKnownScreeningReason = (code: string): boolean => Object.hasOwn(REASON_KEY, code);
export const screeningReasonLabel = (m: ModerationMessages, code: string): string => labelOf(REASON_KEY, m, code);
export const screeningOutcomeLabel = (m: ModerationMessages, outcome: string): string => labelOf(OUTCOME_KEY, m, outcome);
export const reportReasonLabel = (m: ModerationMessages, code: string): string => labelOf(REPORT_KEY, m, code);
