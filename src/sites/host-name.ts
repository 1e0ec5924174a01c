// A site's host name as admins type it: "AR.Example.org" is stored "ar.example.org",
// an international name is stored in its ASCII (punycode) form because that is what
// browsers send in the Host header, and anything more than a bare name (a scheme, a
// port, a path) is refused rather than guessed at: the directory matches Host exactly.
import { domainToASCII } from 'node:url';
import { messagesIn } from '../i18n/catalog.ts';

export type HostNameResult = { ok: true; host: string | null } | { ok: false; error: string };

/** The refusal in English (tests); the form shows it in the admin's language. */
export const HOST_NAME_ERROR = messagesIn('en', 'adminUsers').hostInvalid;

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** '' → null (no host of its own); otherwise the lower-cased ASCII host name, or the reason it is not one (in `locale`). */
export function parseHostName(raw: string, locale = 'en'): HostNameResult {
  const typed = raw.trim().toLowerCase().replace(/(.)\.$/, '$1');
  if (typed === '') return { ok: true, host: null };
  const refused: HostNameResult = { ok: false, error: messagesIn(locale, 'adminUsers').hostInvalid };
  if (/[\s/:@?#\\]/.test(typed)) return refused;
  const ascii = /^[\x00-\x7f]*$/.test(typed) ? typed : domainToASCII(typed);
  if (!ascii || ascii.length > 253) return refused;
  if (!ascii.split('.').every((label) => LABEL.test(label))) return refused;
  return { ok: true, host: ascii };
}
