import { describe, expect, it } from 'vitest';
import { siteOrigin } from './site-origin.ts';

describe('a site’s public origin', () => {
  it.each([
    [null, 'https://news.example', 'https://news.example'],
    [null, 'https://news.example/', 'https://news.example'],
    ['ar.news.example', 'https://news.example', 'https://ar.news.example'],
    ['ar.localhost', 'http://localhost:3000', 'http://ar.localhost:3000'],
    ['xn--80ak6aa92e.example', 'https://news.example', 'https://xn--80ak6aa92e.example'],
    ['ar.news.example', undefined, ''],
    [null, 'not a url', ''],
  ] as const)('host %s with SERAI_PUBLIC_URL %s → %s', (host, publicUrl, expected) => {
    expect(siteOrigin({ host }, publicUrl)).toBe(expected);
  });
});
