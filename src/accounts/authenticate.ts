// Checking an e-mail and password. Every path costs one argon2 verify, so the
// time taken does not reveal whether the e-mail belongs to an account.
import type { AppDeps } from '../app-deps.ts';
import { MAX_PASSWORD_LENGTH, verifyPassword } from './password.ts';
import { findLoginByEmail } from './user.queries.ts';

export type AuthResult =
  | { kind: 'signed-in'; userId: string }
  | { kind: 'rejected' }
  /** Only said after the right password, so it tells an outsider nothing. */
  | { kind: 'disabled' };

export async function authenticate(deps: Pick<AppDeps, 'db'>, email: string, password: string): Promise<AuthResult> {
  const login = email && password.length <= MAX_PASSWORD_LENGTH ? await findLoginByEmail(deps.db, email) : undefined;
  const ok = await verifyPassword(login?.passwordHash, password.slice(0, MAX_PASSWORD_LENGTH));
  if (!ok || !login) return { kind: 'rejected' };
  if (login.user.disabled) return { kind: 'disabled' };
  return { kind: 'signed-in', userId: login.user.id };
}
