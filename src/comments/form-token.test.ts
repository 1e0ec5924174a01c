import { describe, expect, it } from 'vitest';
import { mintExactFormToken, mintFormToken, readFormToken } from './form-token.ts';

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

describe('exact form token (the token endpoint)', () => {
  const at = new Date('2026-06-08T09:00:07.123Z');

  it('round-trips the exact millisecond, marked exact, while page tokens are not', () => {
    const exact = mintExactFormToken(secret, 'article-1', at);
    expect(exact.startsWith('e.')).toBe(true);
    expect(readFormToken(secret, 'article-1', exact)).toMatchObject({ issuedAt: at.getTime(), exact: true });
    expect(readFormToken(secret, 'article-1', mintFormToken(secret, 'article-1', at))).toMatchObject({ issuedAt: Date.parse('2026-06-08T09:00:00Z'), exact: false });
  });

  it('leaves the page token as it always was (renders stay byte-identical across versions and nodes)', () => {
    expect(mintFormToken(secret, 'article-1', new Date('2026-06-08T09:00:30Z'))).toBe('mq4zctc0.JoOP6QvTW71Y.gOOdocpwHas2qkazbwuPZC');
  });

  it('cannot be turned into the other kind, moved to another article or redated', () => {
    const exact = mintExactFormToken(secret, 'article-1', at);
    const minute = mintFormToken(secret, 'article-1', at);
    expect(readFormToken(secret, 'article-1', exact.slice(2))).toBeUndefined();
    expect(readFormToken(secret, 'article-1', `e.${minute}`)).toBeUndefined();
    expect(readFormToken(secret, 'article-2', exact)).toBeUndefined();
    const [, , nonce, sig] = exact.split('.');
    expect(readFormToken(secret, 'article-1', `e.${(at.getTime() - 60_000).toString(36)}.${nonce}.${sig}`)).toBeUndefined();
  });

  it('differs from one millisecond to the next', () => {
    expect(mintExactFormToken(secret, 'a', at)).not.toBe(mintExactFormToken(secret, 'a', new Date(at.getTime() + 1)));
  });
});
