// cookie@2 and content-disposition@3 (pulled in by @fastify/cookie, light-my-request and
// @fastify/static) declare Node >= 22 in "engines"; Serai runs on Node 20. They use nothing Node 22
// added, and this checks the exact functions the plugins call, on whatever Node runs the tests.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

describe('dependencies that declare a newer Node in "engines"', () => {
  it('cookie parses and serialises as @fastify/cookie uses it', () => {
    const cookie = require('cookie') as { parseCookie(s: string): Record<string, string>; stringifySetCookie(c: object): string };
    expect({ ...cookie.parseCookie('a=1; serai_reader=x%20y; bad') }).toEqual({ a: '1', serai_reader: 'x y' });
    expect(cookie.stringifySetCookie({ name: 'serai_session', value: 'v w', httpOnly: true, sameSite: 'lax', path: '/', secure: true }))
      .toBe('serai_session=v%20w; Path=/; HttpOnly; Secure; SameSite=Lax');
  });

  it('content-disposition builds and parses headers as @fastify/static uses it', () => {
    const disposition = require('content-disposition') as { create(name: string): string; parse(header: string): { type: string; parameters: Record<string, string> } };
    expect(disposition.create('отчёт 2026.pdf')).toBe(`attachment; filename="????? 2026.pdf"; filename*=UTF-8''%D0%BE%D1%82%D1%87%D1%91%D1%82%202026.pdf`);
    const parsed = disposition.parse('attachment; filename="a.txt"');
    expect(parsed.type).toBe('attachment');
    expect({ ...parsed.parameters }).toEqual({ filename: 'a.txt' });
  });
});
