// Personal data in the text (issue 4 part 1): phone numbers and email addresses, the reader's own or someone
// else's (doxxing). Held for a moderator rather than rejected: "call the akimat on +7 7172 …" can be public
// information, a neighbour's mobile number is not.
import { evidenceOf, type Evidence, type Phase } from './pipeline.ts';

const SEP = String.raw`[\s\-.]?`;
/**
 * International: "+" and 10–13 digits in groups ("+7 701 123 45 67", "+996 (555) 123-456", "+998901234567",
 * +992, +993). Local: the Russian/Kazakh trunk 8 with a 3-digit code in 3-2-2 groups ("8 (701) 123-45-67"), and
 * the Kyrgyz/Tajik 0 with a 3-digit code in 3-3 groups ("0555 123 456"). Not matched: years, prices
 * ("1 500 000 сомов") and other digit runs without a phone's shape.
 */
export const PHONE_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`(?<![\p{N}+])\+\d{1,3}${SEP}\(?\d{2,4}\)?(?:${SEP}\d){6,9}(?!\p{N})`, 'gu'),
  new RegExp(String.raw`(?<![\p{N}+])8${SEP}\(?\d{3}\)?${SEP}\d{3}${SEP}\d{2}${SEP}\d{2}(?!\p{N})`, 'gu'),
  new RegExp(String.raw`(?<![\p{N}+])0${SEP}\(?\d{3}\)?${SEP}\d{3}${SEP}\d{3}(?!\p{N})`, 'gu'),
];

export const EMAIL_PATTERN = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

export const personalData: Phase = ({ text }) => {
  const phones = spansOf(text, PHONE_PATTERNS);
  const emails = spansOf(text, [EMAIL_PATTERN]);
  if (phones.length === 0 && emails.length === 0) return undefined;
  const reason = emails.length === 0 ? 'phone_number' : phones.length === 0 ? 'email_address' : 'personal_data';
  const evidence = [...phones, ...emails].sort((a, b) => a.start - b.start);
  return { phase: 'personal-data', reason, score: 0.6, evidence };
};

function spansOf(text: string, patterns: readonly RegExp[]): Evidence[] {
  return patterns.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((found) => evidenceOf(text, found.index, found.index + found[0].length)));
}
