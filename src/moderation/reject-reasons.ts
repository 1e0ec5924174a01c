// Why a moderator rejects a comment: the site policy's list (issue 4 part 4). The code is
// stored on the comment (comments.reject_reason) and in the moderation log; labels are
// for the admin (English, like the rest of the admin for now).
export const REJECT_REASONS = [
  'hate', 'incitement', 'profanity', 'personal_attack', 'spam', 'off_topic', 'legal_risk', 'personal_data', 'impersonation',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export const REJECT_REASON_LABEL: Record<RejectReason, string> = {
  hate: 'Hate',
  incitement: 'Incitement',
  profanity: 'Profanity',
  personal_attack: 'Personal attack',
  spam: 'Spam',
  off_topic: 'Off topic',
  legal_risk: 'Legal risk',
  personal_data: 'Personal data',
  impersonation: 'Impersonation',
};

export const isRejectReason = (value: string): value is RejectReason => (REJECT_REASONS as readonly string[]).includes(value);

/** The reject reason for a comment screening rejected, from its strongest reason code. */
export function rejectReasonForScreening(code: string): RejectReason {
  if (code === 'slur' || code === 'hate') return 'hate';
  if (code === 'threat') return 'incitement';
  if (code === 'phone_number' || code === 'email_address' || code === 'personal_data') return 'personal_data';
  if (code === 'profanity') return 'profanity';
  return 'spam';
}
