import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countGraphemes } from '../lib/graphemes.ts';
import { checkFields, isPlausibleEmail, normaliseName, readCommentSubmission } from './comment-input.ts';

const ok = { name: 'Dana', email: 'dana@example.org', body: 'Good piece.' };
const FAMILY = '👨‍👩‍👧‍👦';

describe('comment input', () => {
  it.each([
    ['dana@example.org', true], ['Dana.K+news@mail.example.kg', true], ['читатель@пример.рф', true], ['a@b.co', true],
    ['', false], ['dana', false], ['dana@', false], ['@example.org', false], ['dana@localhost', false], ['a@@b.org', false],
    ['a b@example.org', false], ['dana@example..org', false], ['.dana@example.org', false], ['dana.@example.org', false],
    ['"<script>"@example.org', false], ['dana@-example.org', false], ['x'.repeat(65) + '@example.org', false],
  ])('%s is a plausible email: %s', (email, expected) => {
    expect(isPlausibleEmail(email)).toBe(expected);
  });

  it('keeps text as typed apart from line endings and normal form', () => {
    const form = readCommentSubmission({ name: '  Dana\u202E  K  ', email: ' dana@example.org ', body: '  line one\r\nline two\rcafe\u0301  ', token: ' t ', parent_id: ['p1', 'p2'] });
    expect(form.values).toEqual({ name: 'Dana K', email: 'dana@example.org', body: '  line one\nline two\ncafé  ' });
    expect(form.token).toBe('t');
    expect(form.parentId).toBe('p1');
    expect(form.website).toBe('');
  });

  it('reads missing and non-text fields as empty', () => {
    expect(readCommentSubmission(undefined).values).toEqual({ name: '', email: '', body: '' });
    expect(readCommentSubmission({ name: 5, body: { a: 1 } }).values).toEqual({ name: '', email: '', body: '' });
  });

  it('accepts 1500 family emoji (37.5 KB) and 1500 Cyrillic letters, refuses 1501', () => {
    expect(checkFields({ ...ok, body: FAMILY.repeat(1500) }, 'en').errors).toEqual({});
    expect(checkFields({ ...ok, body: 'ж'.repeat(1500) }, 'en').errors).toEqual({});
    const over = checkFields({ ...ok, body: 'ж'.repeat(1501) }, 'en');
    expect(over.tooLong).toBe(true);
    expect(over.errors.body).toBe('Your comment is 1 character too long. Please shorten it to 1,500 characters or fewer.');
    expect(checkFields({ ...ok, body: 'ж'.repeat(1505) }, 'ru').errors.body).toBe('Комментарий длиннее допустимого на 5 символов. Сократите его до 1\u00a0500 символов.');
  });

  it('refuses a 96 KB flood of letters quickly, with a lower bound of the excess', () => {
    const started = performance.now();
    const check = checkFields({ ...ok, body: 'a'.repeat(98_000) }, 'en');
    expect(performance.now() - started).toBeLessThan(300);
    expect(check.errors.body).toBe('Your comment is at least 96,500 characters too long. Please shorten it to 1,500 characters or fewer.');
  });

  it('refuses a pile of combining marks by its bytes with a clear message', () => {
    const zalgo = 'Z' + '\u0300'.repeat(60_000);
    expect(countGraphemes(zalgo)).toBe(1);
    const check = checkFields({ ...ok, body: zalgo }, 'en');
    expect(check.tooLong).toBe(true);
    expect(check.errors.body).toMatch(/stacked accents.*118 KB; the limit is 96 KB/);
  });

  it('accepts up to 30 marks on a letter and refuses more, without slow normalising', () => {
    const thirty = `Z${'\u0336\u0301\u0300'.repeat(10)}`;
    expect(checkFields({ ...ok, name: thirty, body: thirty.repeat(1500) }, 'en').errors).toEqual({});
    const started = performance.now();
    const form = readCommentSubmission({ name: `D${'\u0301'.repeat(31)}`, email: 'dana@example.org', body: `Z${'\u0336\u0301\u0300'.repeat(16_000)}` });
    const check = checkFields(form.values, 'en');
    expect(performance.now() - started).toBeLessThan(300);
    expect(check.errors).toEqual({
      name: 'Your name stacks more than 30 accents or marks on one letter. Please remove some.',
      body: 'Your comment stacks more than 30 accents or marks on one letter. Please remove some.',
    });
  });

  it('says what is missing or wrong, per field', () => {
    expect(checkFields({ name: ' ', email: '', body: '\u200B \n' }, 'en').errors).toEqual({
      name: 'Enter your name.', email: 'Enter your email address.', body: 'Write your comment.',
    });
    expect(checkFields({ ...ok, name: 'й'.repeat(61), email: 'nope' }, 'en').errors).toEqual({
      name: 'Your name is too long: use at most 60 characters.', email: 'Enter an email address in the form name@example.com.',
    });
    expect(checkFields({ ...ok, name: 'й'.repeat(60) }, 'en').errors).toEqual({});
    expect(checkFields({ ...ok, email: `${'a'.repeat(60)}@${'b'.repeat(200)}.org` }, 'ru').errors.email).toMatch(/не больше 254/);
  });

  it('names never keep bidi controls or line breaks, whatever is typed', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (raw) => {
      const name = normaliseName(raw);
      expect(name).not.toMatch(/[\u202A-\u202E\u2066-\u2069\n\r]/);
      expect(name).toBe(name.trim());
    }));
  });
});
