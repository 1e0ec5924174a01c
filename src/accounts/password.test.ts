import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, passwordProblem, verifyPassword } from './password.ts';

describe('passwords', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(stored, 'correct horse batterY')).toBe(false);
  });

  it('never accepts a login without a stored hash, and treats a broken hash as a failure', async () => {
    expect(await verifyPassword(undefined, '')).toBe(false);
    expect(await verifyPassword(undefined, 'anything at all')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'anything at all')).toBe(false);
  });

  it.each([
    ['', 'Use at least 12 characters.'],
    ['elevenchars', 'Use at least 12 characters.'],
    ['twelve chars', undefined],
    ['пароль-кириллица', undefined],
    ['x'.repeat(1001), 'Use at most 1,000 characters.'],
  ])('judges %j', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it('says what is wrong in the admin’s language', () => {
    expect(passwordProblem('elevenchars', 'ru')).toBe('Не менее 12 символов.');
    expect(passwordProblem('x'.repeat(1001), 'ru')).toBe('Не более 1\u00a0000 символов.');
  });

  it('generates long, unambiguous, different passwords', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const p = generatePassword();
      expect(p).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{20}$/);
      seen.add(p);
    }
    expect(seen.size).toBe(200);
  });
});
