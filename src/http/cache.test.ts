import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createPageCache, encodedBody, etagMatches, preferredCoding } from './cache.ts';

const page = { body: '<p>hello</p>', contentType: 'text/html', status: 200 };

describe('page cache', () => {
  it('keeps pages per site until the site is invalidated', () => {
    const cache = createPageCache({ enabled: true });
    cache.set('a', '/en/', page);
    cache.set('b', '/en/', page);
    cache.invalidateSite('a');
    expect(cache.get('a', '/en/')).toBeUndefined();
    expect(cache.get('b', '/en/')?.body).toBe(page.body);
  });

  it('does not store a page rendered before an invalidation that happened meanwhile', () => {
    const cache = createPageCache({ enabled: true });
    const before = cache.generation('a');
    cache.invalidateSite('a');
    const stale = cache.set('a', '/en/', page, before);
    expect(stale.etag).toMatch(/^"[\w-]+"$/);
    expect(cache.get('a', '/en/')).toBeUndefined();
    cache.set('a', '/en/', page, cache.generation('a'));
    expect(cache.get('a', '/en/')).toBeDefined();
  });

  it('stores nothing when disabled but still gives an ETag', () => {
    const cache = createPageCache({ enabled: false });
    expect(cache.set('a', '/', page).etag).toMatch(/^"/);
    expect(cache.get('a', '/')).toBeUndefined();
  });

  it('compresses a page once and keeps the bytes', () => {
    const cached = createPageCache({ enabled: true }).set('a', '/', { ...page, body: 'x'.repeat(5000) });
    const gz = encodedBody(cached, 'gzip');
    expect(encodedBody(cached, 'gzip')).toBe(gz);
    expect(gunzipSync(gz).toString()).toBe(cached.body);
    expect(brotliDecompressSync(encodedBody(cached, 'br')).toString()).toBe(cached.body);
  });
});

describe('content negotiation and validators', () => {
  it.each([
    [undefined, undefined], ['', undefined], ['identity', undefined], ['gzip', 'gzip'], ['gzip, deflate, br', 'br'],
    ['br;q=0, gzip', 'gzip'], ['br;q=0.2, gzip;q=0.8', 'gzip'], ['*', 'br'], ['deflate', undefined], ['GZIP', 'gzip'],
  ])('Accept-Encoding %j picks %j', (header, expected) => {
    expect(preferredCoding(header)).toBe(expected);
  });

  it.each([
    [undefined, false], ['"abc"', true], ['W/"abc"', true], ['"x", "abc"', true], ['*', true], ['"abcd"', false], ['abc', false],
  ])('If-None-Match %j matches "abc": %j', (header, expected) => {
    expect(etagMatches(header, ['"abc"'])).toBe(expected);
  });
});
