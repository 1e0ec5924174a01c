import { describe, expect, it } from 'vitest';
import { mintFormToken, readFormToken } from './form-token.ts';

const secret = 'test-secret-test-secret-test-secret-0123';

describe('comment form token', () => {
  it('round-trips the render time for the same article', () => {
    const token = mintFormToken(secret, 'article-1', new Date('2026-06-08T09:00:00Z'));
    expect(readFormToken(secret, 'article-1', token)?.issuedAt).toBe(Date.parse('2026-06-08T09:00:00Z'));
  });

  it('refuses another article, another secret, a changed time and junk', () => {
    const token = mintFormToken(secret, 'article-1', new Date('2026-06-08T09:00:00Z'));
    expect(readFormToken(secret, 'article-2', token)).toBeUndefined();
    expect(readFormToken(`${secret}x`, 'article-1', token)).toBeUndefined();
    const [, nonce, sig] = token.split('.');
    expect(readFormToken(secret, 'article-1', `${(Date.parse('2026-06-08T08:00:00Z')).toString(36)}.${nonce}.${sig}`)).toBeUndefined();
    for (const junk of ['', 'a.b.c', '<script>', token + 'x']) expect(readFormToken(secret, 'article-1', junk)).toBeUndefined();
  });

  it('is the same for every render within a minute (stable ETags), and new the next minute', () => {
    const token = mintFormToken(secret, 'a', new Date('2026-06-08T09:00:05Z'));
    expect(mintFormToken(secret, 'a', new Date('2026-06-08T09:00:59Z'))).toBe(token);
    expect(mintFormToken(secret, 'a', new Date('2026-06-08T09:01:00Z'))).not.toBe(token);
    expect(mintFormToken(secret, 'b', new Date('2026-06-08T09:00:05Z'))).not.toBe(token);
    expect(readFormToken(secret, 'a', token)?.issuedAt).toBe(Date.parse('2026-06-08T09:00:00Z'));
  });
});
