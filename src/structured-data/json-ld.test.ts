import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonLdText } from './json-ld.ts';
import { ogLocale, alternateLocales } from './social-meta.ts';
import { updatedAfterPublication } from './updated.ts';

describe('jsonLdText', () => {
  it('leaves no way out of the data block and parses back to the same value', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      const out = jsonLdText({ headline: `</script><!--${text}` });
      expect(out).not.toMatch(/[<>&\u2028\u2029]/);
      expect(JSON.parse(out)).toEqual({ headline: `</script><!--${text}` });
    }));
  });
});

describe('updatedAfterPublication', () => {
  it.each([
    ['2026-06-08T09:00:00.000Z', null, undefined],
    ['2026-06-08T09:00:00.000Z', '2026-06-08T09:00:00.000Z', undefined],
    ['2026-06-08T09:00:00.000Z', '2026-06-08T08:00:00.000Z', undefined],
    ['2026-06-08T09:00:00.000Z', '2026-06-08T09:00:01.000Z', '2026-06-08T09:00:01.000Z'],
    ['', '2026-06-08T09:00:01.000Z', undefined],
  ])('published %s, content saved %s → %s', (publishedAt, contentUpdatedAt, expected) => {
    expect(updatedAfterPublication({ publishedAt, contentUpdatedAt })).toBe(expected);
  });
});

describe('Open Graph locales', () => {
  it('writes subtags with underscores and lists the other published locales once', () => {
    expect(ogLocale('uz-Latn')).toBe('uz_Latn');
    expect(alternateLocales('en', ['ru', 'en', 'kk-Cyrl', 'ru'])).toEqual(['kk-Cyrl', 'ru']);
  });
});
