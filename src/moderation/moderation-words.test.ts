// The desk's words in English and Russian, away from the pages: confirmations with Russian
// plural forms, the keyboard island's announcements and tab counts from the strings the
// server hands it, scores with the language's decimal separator, and codes that stay codes.
import { describe, expect, it } from 'vitest';
import { flashFromQuery } from './moderation-list.ts';
import { leftPageText, readQueueIslandMessages, tabText } from './queue-announcements.ts';
import { formatScore, moderationMessagesIn, queueIslandMessagesJson, rejectReasonLabel, tabLabel } from './moderation-words.ts';
import { reportReasonLabel, screeningOutcomeLabel, screeningReasonLabel } from './screening-labels.ts';

const ru = moderationMessagesIn('ru');
const en = moderationMessagesIn('en');

describe('confirmations in Russian', () => {
  it.each([
    [{ done: 'approved' }, 'Комментарий одобрен: читатели уже видят его.'],
    [{ done: 'banned' }, 'Комментатор заблокирован: его новые комментарии не принимаются, пока блокировка не закончится (см. «Блокировки»).'],
    [{ done: 'approved', n: '1' }, '1 комментарий одобрен.'],
    [{ done: 'rejected', n: '3' }, '3 комментария отклонено.'],
    [{ done: 'spam', n: '21' }, '21 комментарий помечен как спам.'],
    [{ done: 'approved', n: '5', conflicts: '2' }, '5 комментариев одобрено. 2 комментария тем временем изменили другие модераторы, они оставлены как есть.'],
    [{ done: 'pending', n: '2', conflicts: '1' }, '2 комментария возвращено на проверку. 1 комментарий тем временем изменил другой модератор, он оставлен как есть.'],
    // A count on an action that is never done in bulk is read as the single confirmation.
    [{ done: 'featured', n: '2' }, 'Комментарий добавлен в выбор редакции.'],
    [{ done: 'deleted' }, undefined],
  ])('%j → %j', (query, message) => {
    expect(flashFromQuery(query, ru)).toBe(message);
  });

  it('stays English when no language is named', () => {
    expect(flashFromQuery({ done: 'approved', n: '2' })).toBe('2 comments approved.');
  });
});

describe('the keyboard island’s words', () => {
  const island = (locale: string) => readQueueIslandMessages(queueIslandMessagesJson(locale))!;

  it('announces who, what and how many are left, with Russian plural forms', () => {
    const m = island('ru');
    expect(leftPageText(m, 'approved', 'Нурлан', 3)).toBe('Комментарий автора Нурлан одобрен. На этой странице осталось 3 комментария.');
    expect(leftPageText(m, 'spam', 'Nurlan', 1)).toBe('Комментарий автора Nurlan помечен как спам. На этой странице остался 1 комментарий.');
    expect(leftPageText(m, 'rejected', 'Айгерим', 5)).toBe('Комментарий автора Айгерим отклонён. На этой странице осталось 5 комментариев.');
    expect(leftPageText(m, 'rejected', undefined, 0)).toBe('Комментарий отклонён. На этой странице комментариев больше нет.');
    expect(m.done.approved).toBe('Комментарий одобрен.');
  });

  it('says the same in English as before', () => {
    const m = island('en');
    expect(leftPageText(m, 'spam', 'Nurlan', 4)).toBe('Comment by Nurlan marked as spam. 4 left on this page.');
    expect(leftPageText(m, 'approved', 'Aigerim', 0)).toBe('Comment by Aigerim approved. No more comments on this page.');
    expect(m.gone).toBe('This comment no longer exists.');
  });

  it('writes a tab’s count the way the page does', () => {
    expect(tabText(island('ru'), tabLabel(ru, 'pending'), 1204)).toBe('Ожидающие (1\u00a0204)');
    expect(tabText(island('en'), tabLabel(en, 'held'), 1204)).toBe('Held by screening (1,204)');
  });

  it('a value without a placeholder in the template stays visible, and bad JSON gives nothing', () => {
    expect(readQueueIslandMessages('not json')).toBeUndefined();
    expect(readQueueIslandMessages('{"tab":1}')).toBeUndefined();
  });
});

describe('codes as moderators read them', () => {
  it('translates known codes and keeps unknown ones readable', () => {
    expect(rejectReasonLabel(ru, 'personal_attack')).toBe('Оскорбление собеседника');
    expect(screeningReasonLabel(ru, 'phone_number')).toBe('Номер телефона в тексте');
    expect(screeningReasonLabel(ru, 'mystery_code')).toBe('Mystery code');
    expect(screeningReasonLabel(ru, 'constructor')).toBe('Constructor');
    expect(screeningOutcomeLabel(ru, 'hold')).toBe('задержать для проверки');
    expect(reportReasonLabel(ru, 'abuse')).toBe('Оскорбления или травля');
    expect(reportReasonLabel(en, 'abuse')).toBe('Abuse or insult');
  });

  it.each([
    ['en', 0.72, '0.72'], ['en', 0.4, '0.40'], ['en', 1, '1.00'], ['ru', 0.72, '0,72'], ['ru', 0.355, '0,36'],
  ])('score in %s: %d → %s', (locale, score, text) => {
    expect(formatScore(locale, score)).toBe(text);
  });
});
