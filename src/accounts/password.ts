// Staff passwords: argon2id (the library's default), a minimum length rather than
// composition rules (NIST SP 800-63B), and one dummy hash so an unknown e-mail
// costs the same verify as a known one and login timing reveals nothing.
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { messagesIn, t } from '../i18n/catalog.ts';

export const MIN_PASSWORD_LENGTH = 12;
/** Long enough for any passphrase, short enough that hashing stays cheap. */
export const MAX_PASSWORD_LENGTH = 1000;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let dummyHash: Promise<string> | undefined;

/** Verifies against the stored hash, or against a dummy one when there is no user, so both take as long. */
export async function verifyPassword(storedHash: string | undefined, password: string): Promise<boolean> {
  const target = storedHash ?? (await (dummyHash ??= hash(randomBytes(16).toString('hex'))));
  try {
    const ok = await verify(target, password);
    return ok && storedHash !== undefined;
  } catch {
    // A malformed stored hash is a failed login, not a 500.
    return false;
  }
}

/** Why a new password is not acceptable, in the admin's language (the CLI's: English), or undefined when it is. */
export function passwordProblem(password: string, locale = 'en'): string | undefined {
  const m = messagesIn(locale, 'adminUsers');
  if ([...password].length < MIN_PASSWORD_LENGTH) return t(m, 'atLeastCharacters', { min: MIN_PASSWORD_LENGTH });
  if (password.length > MAX_PASSWORD_LENGTH) return t(m, 'atMostCharacters', { max: MAX_PASSWORD_LENGTH });
  return undefined;
}

const ALPHABET = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random password of 20 characters from an unambiguous alphabet (about 116 bits). */
export function generatePassword(length = 20): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      // Rejection sampling keeps every character equally likely.
      if (byte < ALPHABET.length * Math.floor(256 / ALPHABET.length) && out.length < length) out += ALPHABET[byte % ALPHABET.length];
    }
  }
  return out;
}
