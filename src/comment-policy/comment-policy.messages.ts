// Reader-facing strings of the Comment Policy page, and the policy readers see until
// the newsroom writes its own (Markdown, rendered like an article body). English and
// Russian; other locales fall back to English.

export interface CommentPolicyMessages {
  lastUpdated: string;
  defaultTitle: string;
  defaultBody: string;
}

const en: CommentPolicyMessages = {
  lastUpdated: 'Last updated',
  defaultTitle: 'Comment Policy',
  defaultBody: `We welcome comments that add to the conversation: facts, experience, questions and disagreement argued with respect.

## Before a comment appears

Comments may be read by a moderator before they are published, and may be removed later. A comment that is held or removed does not count towards the number shown under an article.

## What we remove

- Personal attacks, threats, harassment and hate speech
- Spam, advertising and the same text posted again and again
- Other people's private information, such as addresses and phone numbers
- Anything that breaks the law
- Comments that have nothing to do with the article

## Your details

Your name is shown with your comment. Your email address is required so that moderators can contact you; it is never published. Comments are plain text of up to 1,500 characters; web addresses become links.`,
};

const ru: CommentPolicyMessages = {
  lastUpdated: 'Обновлено',
  defaultTitle: 'Правила комментирования',
  defaultBody: `Мы рады комментариям, которые дополняют разговор: фактам, личному опыту, вопросам и несогласию, высказанному уважительно.

## Прежде чем комментарий появится

Комментарии могут проверяться модератором до публикации и могут быть удалены позже. Задержанные и удалённые комментарии не входят в число, которое показано под статьёй.

## Что мы удаляем

- Оскорбления, угрозы, травлю и язык вражды
- Спам, рекламу и один и тот же текст, отправленный много раз
- Личные данные других людей: адреса, телефоны
- Всё, что нарушает закон
- Комментарии, не связанные со статьёй

## Ваши данные

Ваше имя публикуется вместе с комментарием. Адрес электронной почты обязателен, чтобы модераторы могли связаться с вами; он никогда не публикуется. Комментарий — это простой текст длиной до 1500 символов; веб-адреса становятся ссылками.`,
};

const CATALOGS: Record<string, CommentPolicyMessages> = { en, ru };

export function commentPolicyMessagesFor(locale: string): CommentPolicyMessages {
  return CATALOGS[locale] ?? CATALOGS[locale.split('-')[0]!.toLowerCase()] ?? en;
}
