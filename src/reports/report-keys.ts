// What a report stores instead of the reader's cookie id, and the token its form carries.
import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The reporter as stored: a keyed hash of the reader id (its own domain, unlike votes'
 * voterKey), so reports cannot be joined with the comments a reader wrote.
 */
export function reporterKey(secret: string, readerId: string): string {
  return createHmac('sha256', secret).update(`report:${readerId}`).digest('base64url').slice(0, 32);
}

function sign(secret: string, commentId: string, issuedAt: string): string {
  return createHmac('sha256', secret).update(`report-form:${commentId}:${issuedAt}`).digest('base64url').slice(0, 22);
}

/**
 * The report form's token: minted when the (private, uncached) form page is rendered and bound
 * to the comment, so a report cannot be posted without having loaded that comment's form.
 * Not a secret or an identity; the same-origin check is the CSRF defence (docs/decisions/0005).
 */
export function mintReportToken(secret: string, commentId: string, now: Date): string {
  const issuedAt = now.getTime().toString(36);
  return `${issuedAt}.${sign(secret, commentId, issuedAt)}`;
}

export function checkReportToken(secret: string, commentId: string, token: unknown): boolean {
  if (typeof token !== 'string') return false;
  const match = /^([0-9a-z]{1,12})\.([\w-]{22})$/.exec(token);
  if (!match) return false;
  const expected = Buffer.from(sign(secret, commentId, match[1]!));
  return timingSafeEqual(expected, Buffer.from(match[2]!));
}
