import { describe, expect, it } from 'vitest';
import { DEFAULT_PHASES } from './default-phases.ts';
import { screen, type Phase, type ScreeningContext } from './pipeline.ts';
import { inputOf } from './pipeline.testkit.ts';
import { articleClosed, bannedCommenter, duplicateText, flooding } from './phases-context.ts';
import { hate, profanity, threats } from './phases-lexicon.ts';
import { linkSpam } from './phases-links.ts';
import { personalData } from './phases-personal-data.ts';
import { emojiFlood, length, repeatedCharacters, shouting } from './phases-text.ts';

const NEWS = ['kaktus.media', 'tengrinews.kz'];

interface Case { text: string; context?: Partial<ScreeningContext>; reason?: string; evidence?: string[] }

/** reason undefined = the phase must say nothing. evidence = the original-text slices it must report. */
function check(phase: Phase, { text, context, reason, evidence }: Case): void {
  const verdict = phase(inputOf(text, context));
  expect(verdict?.reason).toBe(reason);
  for (const span of verdict?.evidence ?? []) expect(text.slice(span.start, span.end)).toBe(span.text);
  if (evidence) expect(verdict?.evidence?.map((span) => span.text)).toEqual(evidence);
}

const tables: Array<[string, Phase, Case[]]> = [
  ['bannedCommenter', bannedCommenter, [
    { text: 'hi', context: { banned: { until: null, reason: 'spam' } }, reason: 'banned_commenter' },
    { text: 'hi', context: { banned: { until: '2026-06-01T00:00:00Z', reason: 'spam' } } },
    { text: 'hi' },
  ]],
  ['articleClosed', articleClosed, [
    { text: 'hi', context: { articleClosed: true }, reason: 'article_closed' },
    { text: 'hi', context: { articleClosed: false } },
  ]],
  ['length', length, [
    { text: '', reason: 'empty_text' },
    { text: ' \n\t ', reason: 'empty_text' },
    { text: 'а'.repeat(1501), reason: 'too_long' },
    { text: 'а'.repeat(1500) },
    { text: '👨‍👩‍👧‍👦'.repeat(1500) },
    { text: 'Спасибо!' },
  ]],
  ['profanity', profanity, [
    { text: 'What the f*ck, this is bullshit', reason: 'profanity', evidence: ['f*ck', 'bullshit'] },
    { text: 'ну ты с у к а!', reason: 'profanity', evidence: ['с у к а'] },
    { text: 'Scunthorpe assessment of the class' },
    { text: 'Fvck this', reason: 'profanity', evidence: ['Fvck'] },
    { text: 'Penistone: the pilot stayed in the cockpit reading Dickinson' },
    { text: 'Сукно и оскорбление в суде' },
  ]],
  ['hate', hate, [
    { text: 'they are subhuman', reason: 'hate', evidence: ['subhuman'] },
    { text: 'опять эти чурки', reason: 'slur', evidence: ['чурки'] },
    { text: 'Хачапури в Бишкеке вкусные' },
  ]],
  ['threats', threats, [
    { text: 'I will kill you', reason: 'threat', evidence: ['I will kill you'] },
    { text: "I'm gonna  SHOOT you tomorrow", reason: 'threat', evidence: ["I'm gonna  SHOOT you"] },
    { text: 'Я тебя найду. Тебе конец!', reason: 'threat', evidence: ['Тебе конец'] },
    { text: 'убью тебя', reason: 'threat', evidence: ['убью', 'убью тебя'] },
    { text: 'Т е б е  к о н е ц', reason: 'threat' },
    { text: 'Конец сезона близко, тебе понравится' },
    { text: 'The film will kill the box office' },
  ]],
  ['personalData', personalData, [
    { text: 'Звоните +7 701 123 45 67', reason: 'phone_number', evidence: ['+7 701 123 45 67'] },
    { text: 'тел 8 (701) 123-45-67', reason: 'phone_number', evidence: ['8 (701) 123-45-67'] },
    { text: '+996 (555) 123-456 и +998901234567', reason: 'phone_number', evidence: ['+996 (555) 123-456', '+998901234567'] },
    { text: '+992 93 123 4567, +993 65 12 34 56', reason: 'phone_number', evidence: ['+992 93 123 4567', '+993 65 12 34 56'] },
    { text: 'номер 0555 123 456', reason: 'phone_number', evidence: ['0555 123 456'] },
    { text: 'write to ivan.petrov@mail.ru', reason: 'email_address', evidence: ['ivan.petrov@mail.ru'] },
    { text: 'a@b.kz or +7 701 1234567', reason: 'personal_data' },
    { text: 'В 2025 году бюджет вырос на 1 500 000 000 сомов, 12.03.2026' },
    { text: 'Курс 8 000 000 сумов; ИИН 900101300123? нет' },
  ]],
  ['linkSpam', linkSpam, [
    { text: 'Подробнее: https://kaktus.media/doc/123 — хорошая статья' },
    { text: 'see https://casino.xyz/promo now', context: { blockedDomains: ['casino.xyz'] }, reason: 'blocked_domain', evidence: ['https://casino.xyz/promo'] },
    { text: 'www.bet.CASINO.xyz!', context: { blockedDomains: ['casino.xyz'] }, reason: 'blocked_domain', evidence: ['www.bet.CASINO.xyz'] },
    { text: 'https://a.kz https://b.kz', reason: 'link_only' },
    { text: 'kazino.kz 🔥', reason: 'link_only', evidence: ['kazino.kz'] },
    { text: 'read a.com/x, b.com/y and c.com/z', reason: 'too_many_links' },
    { text: 'write to ivan@mail.ru about it' },
  ]],
  ['shouting', shouting, [
    { text: 'ЭТО ПОЛНЫЙ БЕСПРЕДЕЛ, ГДЕ АКИМАТ?!', reason: 'shouting' },
    { text: 'STOP LYING TO US ABOUT THE PRICES', reason: 'shouting' },
    { text: 'НАТО и ООН' },
    { text: 'Решение ЕАЭС и ВТО касается КР, РК и РФ, а не только жителей' },
    { text: 'هذا تعليق طويل جدا باللغة العربية بدون حروف كبيرة' },
  ]],
  ['repeatedCharacters', repeatedCharacters, [
    { text: `н${'е'.repeat(11)}т`, reason: 'repeated_characters', evidence: ['е'.repeat(11)] },
    { text: 'wow!!!!!!!!!!', reason: 'repeated_characters', evidence: ['!!!!!!!!!!'] },
    { text: 'ok                    fine' },
    { text: 'Спасибо!!!' },
  ]],
  ['emojiFlood', emojiFlood, [
    { text: '😂😂😂😂😂😂😂😂😂😂😂', reason: 'emoji_flood' },
    { text: 'ну 🔥🔥🔥🔥🔥 👍👍👍👍👍', reason: 'emoji_flood', evidence: ['🔥🔥🔥🔥🔥 👍👍👍👍👍'] },
    { text: 'Отличная новость 👍' },
  ]],
  ['duplicateText', duplicateText, [
    { text: 'x', context: { sameTextElsewhere: 1 }, reason: 'duplicate_text' },
    { text: 'x', context: { sameTextElsewhere: 0 } },
  ]],
  ['flooding', flooding, [
    { text: 'x', context: { recentFromSameAuthor: 5 }, reason: 'flooding' },
    { text: 'x', context: { recentFromSameAuthor: 4 } },
  ]],
];

describe.each(tables)('%s', (_name, phase, cases) => {
  it.each(cases)('$text $context → $reason', (testCase) => check(phase, testCase));
});

describe('DEFAULT_PHASES outcomes', () => {
  it.each([
    'Спасибо!',
    'Thanks for the report. In 2025 the budget grew by 12%, see https://kaktus.media/doc/500123',
    'Интересно, что в 2026 году цены на хлеб выросли на 15 тенге. Источник: tengrinews.kz/news/123',
    'Маған бұл жаңалық ұнады, рахмет! 2026 жылы жол салынады деп үміттенеміз.',
    'Yangilik uchun rahmat! 2026-yilda narxlar oshdi, bu yaxshi emas.',
    'Раҳмат! Бу жуда муҳим янгилик.',
    'The assessment of the Scunthorpe class was fair.',
    'Сукно подорожало, это оскорбление покупателей',
    'Убийца получил 15 лет, суд прошёл 12 марта',
  ])('approves innocent text: %s', (text) => {
    const result = screen(inputOf(text, { blockedDomains: ['casino.xyz'], recentFromSameAuthor: 1 }), DEFAULT_PHASES);
    expect(result.verdicts).toEqual([]);
    expect(result.outcome).toBe('approve');
  });

  it.each([
    { text: 'you are an idiot', outcome: 'hold', reasons: ['profanity'] },
    { text: 'YOU ARE AN IDIOT AND EVERYBODY KNOWS IT', outcome: 'hold', reasons: ['profanity', 'shouting'] },
    { text: 'ну ты сука', outcome: 'hold', reasons: ['profanity'] },
    { text: 'пиши мне 8 701 123 45 67', outcome: 'hold', reasons: ['phone_number'] },
    { text: 'I will kill you', outcome: 'reject', reasons: ['threat'] },
    { text: 'Я тебя убью', outcome: 'reject', reasons: ['threat'] },
    // A threat word alone may be an idiom: a person decides.
    { text: 'Я убью этот вечер на отчёт', outcome: 'hold', reasons: ['threat'] },
    { text: 'ты пидор', outcome: 'reject', reasons: ['slur'] },
    { text: 'win big https://casino.xyz', outcome: 'reject', reasons: ['blocked_domain'] },
    { text: 'Спасибо!', context: { sameTextElsewhere: 5 }, outcome: 'reject', reasons: ['duplicate_text'] },
  ])('$text → $outcome ($reasons)', ({ text, context, outcome, reasons }) => {
    const result = screen(inputOf(text, { blockedDomains: ['casino.xyz'], ...context }), DEFAULT_PHASES);
    expect(result.verdicts.map((verdict) => verdict.reason)).toEqual(reasons);
    expect(result.outcome).toBe(outcome);
  });

  it('computes lexicon matches once per screening and reports spans of the original text', () => {
    const text = 'Ты  сyка, тебе конец. F.U.C.K';
    const result = screen(inputOf(text), DEFAULT_PHASES);
    const spans = result.verdicts.flatMap((verdict) => verdict.evidence ?? []);
    expect(spans.map((span) => span.text)).toEqual(['сyка', 'F.U.C.K', 'тебе конец']);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});
