// The log's Detail column: the English text each writer records, said again in the
// moderator's language; anything of another shape shown as recorded.
import { describe, expect, it } from 'vitest';
import { moderationMessagesIn } from '../moderation/moderation-words.ts';
import { detailText } from './log-detail.ts';

const said = (locale: string, action: string, detail: string | null) => detailText(moderationMessagesIn(locale), locale, action, detail);

describe('log detail', () => {
  it.each([
    ['ban', '7 days', '7 дней'],
    ['ban', 'permanent', 'бессрочно'],
    ['ban', '1 year, replacing the ban in force', '1 год, вместо действовавшей блокировки'],
    ['premoderate_commenter', '30 days', '30 дней'],
    ['screening_hold', 'score 0.62', 'оценка 0,62'],
    ['screening_reject', 'score 0.95: profanity, threat', 'оценка 0,95: Брань или оскорбление, Угроза'],
    ['screening_hold', 'score 0.50: new_phase', 'оценка 0,50: New phase'],
    ['settings_change', 'hold 0.40 → 0.35', 'порог задержки: 0,40 → 0,35'],
    ['settings_change', 'report threshold 3 → 5', 'порог жалоб: 3 → 5'],
    ['settings_change', 'blocked domains +spam.example −old.example', 'запрещённые сайты: +spam.example −old.example'],
    ['term_add', 'allow ru “сукно”', 'разрешено (ru): «сукно»'],
    ['term_remove', 'en “blorf” (profanity, severity 3, word)', 'en: «blorf» (Брань или оскорбление, тяжесть 3, слово целиком)'],
    ['ban', 'three weeks', 'three weeks'],
    ['settings_change', 'something new', 'something new'],
    ['approve', 'score 0.10', 'score 0.10'],
  ])('%s “%s” → “%s” in Russian', (action, detail, text) => {
    expect(said('ru', action, detail)).toBe(text);
  });

  it.each([
    ['ban', '7 days, replacing the ban in force', '7 days, replacing the ban in force'],
    ['ban', 'permanent', 'permanent'],
    ['screening_hold', 'score 0.62', 'score 0.62'],
    ['settings_change', 'hold 0.40 → 0.35', 'hold 0.40 → 0.35'],
    ['term_add', 'allow ru “сукно”', 'allow ru “сукно”'],
  ])('%s “%s” reads the same in English', (action, detail, text) => {
    expect(said('en', action, detail)).toBe(text);
  });

  it('an entry without detail has none', () => {
    expect(said('ru', 'lift_ban', null)).toBe('');
  });
});
