// Pure pieces of the screening settings: score formatting, the blocked-domain list, the log details of a change,
// the one language tag a checked comment reports, and highlight spans.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCREENING_SETTINGS } from './screening-settings.queries.ts';
import { checkScreeningSettings, describeSettingsChanges, formatScore, readDomains } from './screening-settings-form.ts';
import { screeningLanguage } from './site-screening.ts';

describe('formatScore', () => {
  it.each([[0.4, '0.40'], [0.9, '0.90'], [1, '1.00'], [0.355, '0.355'], [0.1234, '0.1234'], [0.05, '0.05']])('%d → %s', (score, text) => {
    expect(formatScore(score)).toBe(text);
  });
});

describe('readDomains', () => {
  it('keeps the bare lowercase host, one per line, without duplicates', () => {
    expect(readDomains(' https://www.Casino.example/promo?x=1 \n\nspam.example.\r\ncasino.example\nКАСИНО.рф')).toEqual(['casino.example', 'spam.example', 'касино.рф']);
    expect(readDomains('')).toEqual([]);
  });

  it.each(['not a domain', 'localhost', 'user@mail.example', 'http://', '-bad-.example'])('refuses %j naming the line', (line) => {
    const result = readDomains(`good.example\n${line}`);
    expect(Array.isArray(result)).toBe(false);
  });
});

describe('checkScreeningSettings', () => {
  const typed = { hold: '0.40', reject: '0.90', reportThreshold: '3', newCommenterApprovals: '0', blockedDomains: '' };

  it('takes a decimal comma as well as a point, as Russian admins write scores', () => {
    const checked = checkScreeningSettings({ ...typed, hold: '0,35', reject: ',8' });
    expect(checked.ok && checked.value.thresholds).toEqual({ hold: 0.35, reject: 0.8 });
  });

  it('says what is wrong as message keys, with the numbers they name', () => {
    const checked = checkScreeningSettings({ ...typed, hold: '0.95', reportThreshold: '0', blockedDomains: 'not a domain' });
    expect(checked.ok ? undefined : checked.errors).toEqual({
      hold: { key: 'holdAboveReject' }, reportThreshold: { key: 'reportThresholdInvalid', values: { max: 100 } },
      blockedDomains: { key: 'domainInvalid', values: { line: 'not a domain' } },
    });
  });
});

describe('describeSettingsChanges', () => {
  it('writes one detail per changed setting and none when nothing changed', () => {
    const after = { thresholds: { hold: 0.35, reject: 0.9 }, reportThreshold: 3, newCommenterApprovals: 1, blockedDomains: ['b.example'] };
    const before = { ...DEFAULT_SCREENING_SETTINGS, blockedDomains: ['a.example'] };
    expect(describeSettingsChanges(before, after)).toEqual(['hold 0.40 → 0.35', 'new-commenter approvals 0 → 1', 'blocked domains +b.example −a.example']);
    expect(describeSettingsChanges(after, { ...after })).toEqual([]);
  });
});

describe('screeningLanguage', () => {
  it.each([
    ['Спасибо за статью', undefined, 'ru'],
    ['Thanks for the article', undefined, 'en'],
    ['Мақала үшін рахмет', undefined, 'kk'],
    ['Maqola uchun rahmat, oʻqidim', undefined, 'uz-Latn'],
    ['شكرا على المقالة', undefined, 'ar'],
    ['12345 !!!', undefined, 'und'],
    ['сyка mixed', undefined, 'und'],
    ['Спасибо', 'ky', 'ky'],
    ['Спасибо', 'xx', 'ru'],
  ])('%j (declared %s) → %s', (text, declared, tag) => {
    expect(screeningLanguage(text, declared)).toBe(tag);
  });
});

