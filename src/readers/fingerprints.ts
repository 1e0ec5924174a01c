// Keyed hashes of what identifies a commenter or voter, so rate limits, duplicate
// checks and (later) bans work without keeping raw IP addresses, and emails can be
// matched without reading the column moderators see.
import { createHmac } from 'node:crypto';

export function ipHash(secret: string, ip: string): string {
  return createHmac('sha256', secret).update(`ip:${networkOf(ip)}`).digest('base64url').slice(0, 32);
}

/**
 * The unit one subscriber controls: an IPv4 address, or an IPv6 /64 (a home or phone gets a
 * whole /64, so counting single IPv6 addresses would let anyone step around every limit).
 */
export function networkOf(ip: string): string {
  const address = ip.trim().toLowerCase().replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.split('::', 2);
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/** Emails compare case-insensitively and without surrounding space. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function emailHash(secret: string, email: string): string {
  return createHmac('sha256', secret).update(`email:${normaliseEmail(email)}`).digest('base64url').slice(0, 32);
}

/**
 * Who voted, as stored: a keyed hash of the reader id, so the votes table cannot be joined
 * with comments (which keep the reader id) to learn how a named commenter voted.
 */
export function voterKey(secret: string, readerId: string): string {
  return createHmac('sha256', secret).update(`vote:${readerId}`).digest('base64url').slice(0, 32);
}

export function textHash(text: string): string {
  return createHmac('sha256', 'serai-text').update(text.normalize('NFC').trim()).digest('base64url').slice(0, 32);
}
