// A site's host name as admins type it: "AR.Example.org" is stored "ar.example.org",
// an international name is stored in its ASCII (punycode) form because that is what
// browsers send in the Host header, and anything more than a bare name (a scheme, a
// port, a path) is refused rather than guessed at: the directory matches Host exactly.
import { domainToASCII } from 'node:url';

export type HostNameResult = { ok: true; host: string | null } | { ok: false; error: string };

export const HOST_NAME_ERROR = 'Enter only the host name, like ar.example.org: no "http://", port, path or spaces.';

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** '' → null (no host of its own); otherwise the lower-cased ASCII host name, or the reason it is not one. */
export function parseHostName(raw: string): HostNameResult {
  const typed = raw.trim().toLowerCase().replace(/(.)\.$/, '$1');
  if (typed === '') return { ok: true, host: null };
  if (/[\s/:@?#\\]/.test(typed)) return { ok: false, error: HOST_NAME_ERROR };
  const ascii = /^[\x00-\x7f]*$/.test(typed) ? typed : domainToASCII(typed);
  if (!ascii || ascii.length > 253) return { ok: false, error: HOST_NAME_ERROR };
  if (!ascii.split('.').every((label) => LABEL.test(label))) return { ok: false, error: HOST_NAME_ERROR };
  return { ok: true, host: ascii };
}
