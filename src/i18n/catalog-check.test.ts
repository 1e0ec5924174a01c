import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOG_DIR } from './catalog-files.ts';
import { checkCatalogs, formatCheckReport, type CheckResult, type Finding } from './catalog-check.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = path.join(ROOT, 'scripts/fixtures/i18n-check');
const SOURCES = [path.join(FIXTURES, 'sources')];
const brief = (f: Finding) => [f.namespace, f.locale, f.kind, f.key ?? '', f.fatal ? 'fatal' : 'note'].join(' ');
/** The namespaces a reader (and anyone seeing an error page) reads; the admin* ones are for staff. */
const READER_NAMESPACES = ['common', 'commentForm', 'commentThread', 'votes', 'reports', 'commentPolicy', 'errors', 'readership', 'search'];
const READER_COMPLETE = ['ru', 'ar', 'fa-AF', 'ps', 'ur', 'kk-Cyrl', 'ky-Cyrl', 'tg-Cyrl', 'tk-Latn', 'uz-Latn', 'uz-Cyrl'];

describe('the catalog check', () => {
  it('passes a good folder, noting other locales\' gaps and unused keys without failing', () => {
    const result = checkCatalogs(path.join(FIXTURES, 'good'), SOURCES);
    expect(result.findings.map(brief)).toEqual([
      'demo kk-Cyrl missing items note', 'demo kk-Cyrl missing farewell note', 'demo en unused farewell note',
    ]);
    expect(formatCheckReport(result, 'good')).toMatch(/✓ no errors; 3 notes/);
  });

  it('finds each kind of error in a bad folder, and only there', () => {
    const result = checkCatalogs(path.join(FIXTURES, 'bad'), SOURCES);
    const fatal = result.findings.filter((f) => f.fatal).map(brief);
    expect(fatal).toEqual(expect.arrayContaining([
      '* uz-latn file  fatal', // not a canonical tag
      'demo ru missing farewell fatal', 'demo ru unknown extra fatal', 'demo ru arguments greeting fatal', 'demo ru plural items fatal',
      'demo ar syntax greeting fatal', 'demo kk-Cyrl file  fatal', 'stray ar unknown orphan fatal',
    ]));
    expect(fatal).toHaveLength(8);
    // Other locales' missing keys stay notes: they fall back to English.
    expect(result.findings.filter((f) => f.locale === 'ar' && f.kind === 'missing').map(brief)).toEqual(['demo ar missing items note']);
    const report = formatCheckReport(result, 'bad');
    expect(report).toContain('ERROR arguments differ from en in greeting: {nmae} where English has {name}');
    expect(report).toContain('{n} lacks few, many (ru uses few, many, one, other)');
    expect(report).toMatch(/✗ 8 errors/);
  });

  it('passes the app\'s own catalogs: en and ru complete, every message well formed', () => {
    const result = checkCatalogs(CATALOG_DIR, [path.join(ROOT, 'src'), path.join(ROOT, 'client')]);
    expect(result.findings.filter((f) => f.fatal)).toEqual([]);
    expect(result.locales).toEqual(expect.arrayContaining(['en', 'ru', 'ar', 'kk-Cyrl', 'uz-Latn']));
    // Arabic is complete for what readers see (the reader-facing namespaces).
    // The admin is translated into English and Russian only (src/admin/admin-locale.ts).
    expect(result.findings.filter((f) => f.locale === 'ar' && !f.namespace.startsWith('admin'))).toEqual([]);
  });

  // Every locale Serai lists (locales.ts) has the whole reader interface and the error pages, so no
  // reader page of theirs falls back to English.
  let app: CheckResult | undefined;
  it.each(READER_COMPLETE)('%s is complete for every reader namespace and the error pages', (locale) => {
    const result = (app ??= checkCatalogs(CATALOG_DIR, [path.join(ROOT, 'src'), path.join(ROOT, 'client')]));
    expect(result.locales).toContain(locale);
    for (const namespace of READER_NAMESPACES) expect(result.files[namespace], namespace).toContain(locale);
    expect(result.findings.filter((f) => f.locale === locale && READER_NAMESPACES.includes(f.namespace))).toEqual([]);
  });

  it('fails when the Russian catalog is gone altogether, or a message is empty', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'serai-catalogs-'));
    try {
      fs.cpSync(path.join(FIXTURES, 'good'), copy, { recursive: true });
      fs.rmSync(path.join(copy, 'ru'), { recursive: true, force: true });
      const noRussian = checkCatalogs(copy, SOURCES);
      expect(noRussian.findings.filter((f) => f.fatal && f.locale === 'ru' && f.kind === 'missing').length).toBeGreaterThan(0);
      fs.cpSync(path.join(FIXTURES, 'good', 'ru'), path.join(copy, 'ru'), { recursive: true });
      const file = path.join(copy, 'ru', 'demo.json');
      const messages = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
      const [firstKey] = Object.keys(messages);
      fs.writeFileSync(file, JSON.stringify({ ...messages, [firstKey!]: ' ' }));
      const empty = checkCatalogs(copy, SOURCES);
      expect(empty.findings.filter((f) => f.fatal).map(brief)).toEqual([`demo ru syntax ${firstKey} fatal`]);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
