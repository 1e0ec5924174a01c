// Words a moderator reads for the screening's reason codes, the verdict, and readers'
// report reasons. Unknown codes (a phase added later) still show, as readable words.
const REASON_LABEL: Record<string, string> = {
  banned_commenter: 'Banned commenter',
  article_closed: 'Article closed for comments',
  empty_text: 'Empty text',
  too_long: 'Too long',
  profanity: 'Profanity or insult',
  slur: 'Slur',
  hate: 'Hate or incitement',
  threat: 'Threat',
  phone_number: 'Phone number in the text',
  email_address: 'Email address in the text',
  personal_data: 'Personal data in the text',
  too_many_links: 'Too many links',
  blocked_domain: 'Link to a blocked site',
  link_only: 'Only a link',
  shouting: 'Shouting (capital letters)',
  repeated_characters: 'Repeated characters',
  emoji_flood: 'Emoji flood',
  duplicate_text: 'Same text posted elsewhere',
  flooding: 'Flooding (many comments in a short time)',
};

const OUTCOME_LABEL: Record<string, string> = { approve: 'Approve', hold: 'Hold for review', reject: 'Reject' };

const REPORT_LABEL: Record<string, string> = {
  spam: 'Spam', abuse: 'Abuse or insult', hate: 'Hate', harassment: 'Harassment', off_topic: 'Off topic',
  personal_data: 'Personal data', misinformation: 'Misinformation', other: 'Other',
};

/** "some_code" → "Some code". */
function readable(code: string): string {
  const words = code.replace(/[_-]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : code;
}

export const screeningReasonLabel = (code: string): string => REASON_LABEL[code] ?? readable(code);
export const screeningOutcomeLabel = (outcome: string): string => OUTCOME_LABEL[outcome] ?? readable(outcome);
export const reportReasonLabel = (code: string): string => REPORT_LABEL[code] ?? readable(code);

/** A 0..1 score as moderators read it: two decimals. */
export const formatScore = (score: number): string => (Math.round(score * 100) / 100).toFixed(2);
