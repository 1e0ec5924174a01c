// Why a moderator rejects a comment: the site policy's list (issue 4 part 4). The code is
// stored on the comment (comments.reject_reason) and in the moderation log; the words the
// admin shows for each are in the adminModeration catalog (moderation-words.ts).
export const REJECT_REASONS = [
  'hate', 'incitement', 'profanity', 'personal_attack', 'spam', 'off_topic', 'legal_risk', 'personal_data', 'impersonation',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export const isRejectReason = (value: string): value is RejectReason => (REJECT_REASONS as readonly string[]).includes(value);

/** The reject reason for a comment screening rejected, from its strongest reason code. */
export function rejectReasonForScreening(code: string): RejectReason {
  if (code === 'slur' || code === 'hate') return 'hate';
  if (code === 'threat') return 'incitement';
  if (code === 'phone_number' || code === 'email_address' || code === 'personal_data') return 'personal_data';
  if (code === 'profanity') return 'profanity';
  return 'spam';
}
