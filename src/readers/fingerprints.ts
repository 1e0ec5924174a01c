// Keyed hashes of what identifies a commenter or voter, so rate limits, duplicate
// checks and (later) bans work without keeping raw IP addresses, and emails can be
// matched without reading the column moderators see.
import { createHmac } from 'node:crypto';

export function ipHash(secret: string, ip: string): string {
  return createHmac('sha256', secret).update(`ip:${ip}`).digest('base64url').slice(0, 32);
}

/** Emails compare case-insensitively and without surrounding space. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function emailHash(secret: string, email: string): string {
  return createHmac('sha256', secret).update(`email:${normaliseEmail(email)}`).digest('base64url').slice(0, 32);
}

export function textHash(text: string): string {
  return createHmac('sha256', 'serai-text').update(text.normalize('NFC').trim()).digest('base64url').slice(0, 32);
}
