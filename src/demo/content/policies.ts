// The Comment Policy page, per language: original text written for the demo.
import type { DemoLocale } from './types.ts';

export const DEMO_POLICIES: Record<DemoLocale, { title: string; bodyMd: string }> = {
  en: {
    title: 'Comment Policy',
    bodyMd: `We welcome comments that add to a story: a correction, a first-hand account, a question, a different view argued in good faith. To keep the discussion useful for everyone, please follow these rules.

## Be civil
Criticise ideas, not people. No insults, threats or harassment of other readers, of the people in our stories or of our journalists.

## Stay on topic
Comment on the article you are reading. Advertising, chain messages and the same comment posted again and again are removed.

## No hate or incitement
We remove comments that attack people for their ethnicity, religion, nationality, gender, sexual orientation or disability, and anything that calls for violence or for breaking the law.

## Keep personal data out
Do not publish phone numbers, home addresses, document numbers or other private details, your own or anyone else's. Your email address is seen only by our moderators and never appears on the site.

## How moderation works
In most sections a moderator reads each comment before it appears; in some, comments appear at once and are reviewed afterwards. Moderators reject comments that break these rules, and their decision on a comment is final. If you think we got it wrong, write to the editors. Comments on an article may close some days after it is published.

By posting a comment you accept this policy.`,
  },
  ru: {
    title: 'Правила комментирования',
    bodyMd: `Мы рады комментариям, которые что-то добавляют к материалу: уточнению, свидетельству очевидца, вопросу, другому взгляду, изложенному честно. Чтобы обсуждение оставалось полезным для всех, просим соблюдать эти правила.

## Будьте вежливы
Критикуйте идеи, а не людей. Никаких оскорблений, угроз и травли других читателей, героев наших материалов или журналистов.

## Не уходите от темы
Комментируйте статью, которую читаете. Реклама, «письма счастья» и один и тот же комментарий, отправленный много раз, удаляются.

## Никакой ненависти и призывов
Мы удаляем комментарии, которые нападают на людей из-за их национальности, религии, гражданства, пола, сексуальной ориентации или инвалидности, а также всё, что призывает к насилию или к нарушению закона.

## Не публикуйте личные данные
Не указывайте номера телефонов, домашние адреса, номера документов и другие личные сведения — ни свои, ни чужие. Ваш адрес электронной почты видят только наши модераторы, на сайте он не показывается.

## Как работает модерация
В большинстве разделов модератор читает каждый комментарий до публикации; в некоторых комментарии появляются сразу и проверяются позже. Модераторы отклоняют комментарии, нарушающие эти правила, и их решение по комментарию окончательное. Если вы считаете, что мы ошиблись, напишите редакции. Комментарии к статье могут закрываться через несколько дней после публикации.

Отправляя комментарий, вы принимаете эти правила.`,
  },
};
