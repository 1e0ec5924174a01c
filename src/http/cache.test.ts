import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createPageCache, encodedBody, etagMatches, pageCost, preferredCoding } from './cache.ts';

const page = { body: '<p>hello</p>', contentType: 'text/html', status: 200 };

describe('page cache', () => {
  it('stays within its memory budget, dropping the least recently used pages first', () => {
    const body = 'x'.repeat(10_000);
    const cost = pageCost(Buffer.byteLength(body));
    const cache = createPageCache({ enabled: true, maxBytes: cost * 3 });
    for (const path of ['/1', '/2', '/3']) cache.set('a', path, { ...page, body });
    expect(cache.get('a', '/1')).toBeDefined(); // now the most recently used
    cache.set('a', '/4', { ...page, body });
    expect(cache.get('a', '/2')).toBeUndefined();
    expect(['/1', '/3', '/4'].map((path) => cache.get('a', path)?.body.length)).toEqual([10_000, 10_000, 10_000]);
    cache.invalidateSite('a');
    for (const path of ['/5', '/6', '/7']) cache.set('a', path, { ...page, body });
    expect(['/5', '/6', '/7'].every((path) => cache.get('a', path) !== undefined)).toBe(true);
  });

  it('answers but does not store a page bigger than the whole budget', () => {
    const cache = createPageCache({ enabled: true, maxBytes: 1000 });
    const big = cache.set('a', '/big', { ...page, body: 'y'.repeat(5000) });
    expect(big.etag).toMatch(/^"/);
    expect(cache.get('a', '/big')).toBeUndefined();
    cache.set('a', '/small', page);
    expect(cache.get('a', '/small')).toBeDefined();
  });

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
    const before = cache.generation('a', '/en/');
    cache.invalidateSite('a');
    const stale = cache.set('a', '/en/', page, before);
    expect(stale.etag).toMatch(/^"[\w-]+"$/);
    expect(cache.get('a', '/en/')).toBeUndefined();
    cache.set('a', '/en/', page, cache.generation('a', '/en/'));
    expect(cache.get('a', '/en/')).toBeDefined();
  });

  it('drops one page with all its query variants, leaving the rest of the site', () => {
    const cache = createPageCache({ enabled: true });
    cache.set('a', '/en/articles/x', page);
    cache.set('a', '/en/articles/x?comments_after=abc', page);
    cache.set('a', '/en/articles/y', page);
    cache.set('b', '/en/articles/x', page);
    cache.invalidatePage('a', '/en/articles/x');
    expect(cache.get('a', '/en/articles/x')).toBeUndefined();
    expect(cache.get('a', '/en/articles/x?comments_after=abc')).toBeUndefined();
    expect(cache.get('a', '/en/articles/y')).toBeDefined();
    expect(cache.get('b', '/en/articles/x')).toBeDefined();
  });

  it('does not store a page rendered before its own invalidation', () => {
    const cache = createPageCache({ enabled: true });
    const before = cache.generation('a', '/en/articles/x?comments_after=abc');
    cache.invalidatePage('a', '/en/articles/x');
    cache.set('a', '/en/articles/x?comments_after=abc', page, before);
    expect(cache.get('a', '/en/articles/x?comments_after=abc')).toBeUndefined();
  });

  it('renders again once a page expires', () => {
    let now = 1000;
    const cache = createPageCache({ enabled: true, now: () => now });
    cache.set('a', '/en/articles/x', { ...page, expiresAt: 2000 });
    expect(cache.get('a', '/en/articles/x')).toBeDefined();
    now = 2000;
    expect(cache.get('a', '/en/articles/x')).toBeUndefined();
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
