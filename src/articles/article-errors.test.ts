// Field problems are keys; their words depend only on the admin's language.
import { describe, expect, it } from 'vitest';
import { articleErrorText, articleFieldErrors, languageInSentence } from './article-errors.ts';

describe('article errors in the admin language', () => {
  it.each([
    ['en', { key: 'headlineMissing' }, 'Write a headline.'],
    ['ru', { key: 'headlineMissing' }, 'Напишите заголовок.'],
    ['en', { key: 'summaryTooLong', values: { max: 400, count: 401 } }, 'Keep the summary to 400 characters or fewer (it has 401).'],
    ['ru', { key: 'summaryTooLong', values: { max: 400, count: 401 } }, 'Анонс: не длиннее 400 символов (сейчас 401).'],
    ['ru', { key: 'summaryTooLong', values: { max: 21, count: 22 } }, 'Анонс: не длиннее 21 символа (сейчас 22).'],
    ['ru', { key: 'tooManyAuthors', values: { max: 20 } }, 'Можно указать не больше 20 авторов.'],
    ['ru', { key: 'tooManyAuthors', values: { max: 3 } }, 'Можно указать не больше 3 авторов.'],
    ['en', { key: 'localeTaken', values: { locale: 'ar' } }, 'This article already has a translation in Arabic (ar). Open that translation from the translations table to change it, or choose another language.'],
    ['ru', { key: 'localeTaken', values: { locale: 'fa-AF' } }, 'У этой статьи уже есть перевод на дари (fa-AF). Чтобы изменить его, откройте этот перевод из таблицы переводов или выберите другой язык.'],
  ] as const)('%s: %j', (locale, error, text) => {
    expect(articleErrorText(locale, error)).toBe(text);
  });

  it('isolates a tag name typed in another direction inside the sentence', () => {
    expect(articleErrorText('ru', { key: 'tagTooLong', values: { max: 60, tag: 'تجارة' } })).toBe('Каждый тег — не длиннее 60 символов («\u2068تجارة\u2069…» длиннее).');
  });

  it('words every field of a form', () => {
    expect(articleFieldErrors('ru', { headline: { key: 'headlineMissing' }, sectionId: { key: 'sectionMissing' } }))
      .toEqual({ headline: 'Напишите заголовок.', sectionId: 'Выберите раздел.' });
    expect(articleFieldErrors('en', undefined)).toEqual({});
  });

  it('names a locale mid-sentence: English names in English, lower-case Russian names in Russian', () => {
    expect(languageInSentence('en', 'uz-Latn')).toBe('Uzbek (Latin)');
    expect(languageInSentence('ru', 'uz-Latn')).toBe('узбекский (латиница)');
    expect(languageInSentence('ru', 'ar')).toBe('арабский');
  });
});
