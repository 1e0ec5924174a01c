import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { h } from 'preact';
import { describe, expect, it } from 'vitest';
import { messagesIn } from '../i18n/catalog.ts';
import { ErrorPage } from '../views/ErrorPage.tsx';
import { renderDocument } from '../views/render.tsx';
import { errorText } from './error-text.ts';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The stable codes src gives HttpError, directly or through its helpers, by the folder that uses them. */
function codesInSource(): Map<string, Set<string>> {
  const byFolder = new Map<string, Set<string>>();
  const patterns = [/new HttpError\(\s*\d+,\s*'([a-z_]+)'/g, /badRequest\(\s*'([a-z_]+)'/g];
  // The error handler's own codes, for failures that are not HttpErrors (a body too large, a bad request).
  const handlerCodes = /\bcode: '([a-z_]+)', message/g;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        const text = fs.readFileSync(full, 'utf8');
        const folder = path.relative(SRC, dir);
        const codes = byFolder.get(folder) ?? new Set<string>();
        for (const pattern of patterns) for (const match of text.matchAll(pattern)) codes.add(match[1]!);
        if (entry.name === 'error-handler.ts') for (const match of text.matchAll(handlerCodes)) codes.add(match[1]!);
        if (/\bnotFound\(/.test(text)) codes.add('not_found');
        if (/\bforbidden\(/.test(text)) codes.add('forbidden');
        if (codes.size > 0) byFolder.set(folder, codes);
      }
    }
  };
  walk(SRC);
  return byFolder;
}

/** The locales whose `errors` catalog is complete (src/i18n/catalog-check.test.ts pins them). */
const TRANSLATED = ['ru', 'ar', 'fa-AF', 'ps', 'ur', 'kk-Cyrl', 'ky-Cyrl', 'tg-Cyrl', 'tk-Latn', 'uz-Latn', 'uz-Cyrl'];

describe('error words', () => {
  const byFolder = codesInSource();
  const allCodes = [...new Set([...byFolder.values()].flatMap((codes) => [...codes]))].sort();

  it('finds the codes of HttpError and its helpers across src', () => {
    expect(allCodes).toEqual(expect.arrayContaining(['not_found', 'forbidden', 'csrf_failed', 'site_forbidden', 'invalid_duration', 'payload_too_large']));
    expect([...byFolder.keys()]).toEqual(expect.arrayContaining(['admin', 'articles', 'commenters', 'http', 'public', 'accounts']));
  });

  it.each(TRANSLATED)('%s has words of its own for every code used in src', (locale) => {
    const english = messagesIn('en', 'errors') as Record<string, string>;
    for (const code of allCodes) {
      expect(Object.hasOwn(english, code), `en lacks ${code}`).toBe(true);
      const text = errorText(locale, 400, code, 'English message');
      expect(text.messageLocale, `${locale} ${code}`).toBe(locale);
      expect(text.message).not.toBe('English message');
    }
  });

  it('spot-checks one code per folder in Russian and Arabic', () => {
    for (const [folder, codes] of byFolder) {
      const code = [...codes].sort()[0]!;
      const ru = messagesIn('ru', 'errors') as Record<string, string>;
      const ar = messagesIn('ar', 'errors') as Record<string, string>;
      expect(errorText('ru', 400, code, 'English').message, `${folder}: ${code}`).toBe(ru[code]);
      expect(errorText('ar', 400, code, 'English').message, `${folder}: ${code}`).toBe(ar[code]);
    }
    expect(errorText('ru', 403, 'csrf_failed', 'x').message).toMatch(/^Срок действия формы истёк/);
    expect(errorText('uz-Latn', 409, 'invalid_transition', 'x').message).toMatch(/^Maqolaning hozirgi holatida/);
  });

  it('English keeps the HttpError\'s own, more precise message; titles by status', () => {
    expect(errorText('en', 404, 'not_found', 'This user does not exist.')).toEqual({
      title: 'Page not found', message: 'This user does not exist.', messageLocale: 'en', goHome: 'Go to the home page',
    });
    expect(errorText('en', 413, 'payload_too_large', 'x').title).toBe('Too large');
    expect(errorText('ru', 409, 'invalid_transition', 'x').title).toBe('Ошибка');
  });

  it('a code with no catalog entry keeps the HttpError\'s English message, marked as English on the page', () => {
    const text = errorText('ar', 418, 'brand_new_code', 'This is new.');
    expect(text).toMatchObject({ message: 'This is new.', messageLocale: 'en', title: 'خطأ', goHome: 'الذهاب إلى الصفحة الرئيسية' });
    const html = renderDocument(h(ErrorPage, {
      status: 418, title: text.title, message: text.message, messageLang: text.messageLocale, homeHref: '/ar/', homeLabel: text.goHome, lang: 'ar',
    }));
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<p lang="en" dir="ltr">This is new.</p>');
    const russian = renderDocument(h(ErrorPage, { status: 418, title: 'Ошибка', message: 'This is new.', messageLang: 'en', homeHref: '/', homeLabel: 'На главную', lang: 'ru' }));
    expect(russian).toContain('<p lang="en">This is new.</p>');
  });
});
