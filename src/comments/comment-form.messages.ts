// Reader-facing strings of the comment form and of submitting a comment, English and
// Russian. English is complete and the fallback; `{name}`-style placeholders are filled
// by fill(); plural phrases go through pluralize() with the catalogs below.
import { formatCount, pluralize, type PluralCatalog } from '../i18n/plurals.ts';
import { formatDateTime } from '../i18n/locale-format.ts';
import type { RejectReason } from '../moderation/reject-reasons.ts';

export const en = {
  formTitle: 'Leave a comment',
  name: 'Name',
  email: 'Email',
  body: 'Comment',
  emailHint: 'Only moderators see it; it is never shown on the site.',
  bodyHint: 'Plain text, up to {limit} characters. Line breaks are kept.',
  required: '* Denotes Required Field',
  policy: 'Comment Policy',
  honeypot: 'Leave this field empty',
  submit: 'Post comment',
  replyingTo: 'Replying to {name}',
  cancelReply: 'Cancel reply',
  errorSummaryTitle: 'There is a problem',
  nameMissing: 'Enter your name.',
  nameTooLong: 'Your name is too long: use at most {max} characters.',
  emailMissing: 'Enter your email address.',
  emailInvalid: 'Enter an email address in the form name@example.com.',
  emailTooLong: 'Your email address is too long: at most {max} characters.',
  bodyMissing: 'Write your comment.',
  bodyStackedMarks: 'Your comment stacks more than 30 accents or marks on one letter. Please remove some.',
  nameStackedMarks: 'Your name stacks more than 30 accents or marks on one letter. Please remove some.',
  bodyTooManyBytes: 'Your comment holds more stacked accents and symbols than we can store ({size} KB; the limit is {max} KB). Please simplify it.',
  formNotChecked: 'This form could not be checked (it may come from an old or changed page). Your text is kept below; please send it again.',
  honeypotFilled: 'Your comment was not sent because the field “Leave this field empty” was filled in. Please empty it and send again.',
  tooFast: 'That was very quick. Please check your comment and send it again in a few seconds; your text is kept below.',
  parentNotFound: 'The comment you are replying to is not available. You can post your text as a new comment instead.',
  duplicate: 'You have already posted this comment.',
  closed: 'Comments on this article are closed.',
  closedKept: 'Your comment was not posted. Here is your text so you can keep a copy:',
  banned: 'You cannot comment on this site until {until}. Your comment was not posted; your text is kept below.',
  bannedIndefinitely: 'You cannot comment on this site until further notice. Your comment was not posted; your text is kept below.',
  rejected: 'Your comment was not published: {reason}. Please read the Comment Policy (linked below) and change your text; it is kept below.',
  pageTitle: 'Your comment',
  onArticle: 'On the article:',
  backToArticle: 'Back to the article',
} as const;

export type CommentFormMessages = Record<keyof typeof en, string>;

const ru: CommentFormMessages = {
  formTitle: 'Оставить комментарий',
  name: 'Имя',
  email: 'Эл. почта',
  body: 'Комментарий',
  emailHint: 'Её видят только модераторы; на сайте она не показывается.',
  bodyHint: 'Обычный текст, до {limit} символов. Переносы строк сохраняются.',
  required: '* Обязательные поля',
  policy: 'Правила комментирования',
  honeypot: 'Оставьте это поле пустым',
  submit: 'Отправить',
  replyingTo: 'Ответ пользователю {name}',
  cancelReply: 'Отменить ответ',
  errorSummaryTitle: 'Исправьте, пожалуйста',
  nameMissing: 'Укажите имя.',
  nameTooLong: 'Имя слишком длинное: не больше {max} символов.',
  emailMissing: 'Укажите адрес электронной почты.',
  emailInvalid: 'Укажите адрес электронной почты в виде name@example.com.',
  emailTooLong: 'Адрес электронной почты слишком длинный: не больше {max} символов.',
  bodyMissing: 'Напишите комментарий.',
  bodyStackedMarks: 'В комментарии больше 30 надстрочных знаков подряд на одной букве. Уберите, пожалуйста, лишние.',
  nameStackedMarks: 'В имени больше 30 надстрочных знаков подряд на одной букве. Уберите, пожалуйста, лишние.',
  bodyTooManyBytes: 'В комментарии слишком много надстрочных знаков и символов, чтобы его сохранить ({size} КБ при пределе {max} КБ). Упростите, пожалуйста, текст.',
  formNotChecked: 'Не удалось проверить форму (возможно, страница устарела или была изменена). Ваш текст сохранён ниже; отправьте его ещё раз.',
  honeypotFilled: 'Комментарий не отправлен: заполнено поле «Оставьте это поле пустым». Очистите его и отправьте ещё раз.',
  tooFast: 'Слишком быстро. Проверьте комментарий и отправьте его через несколько секунд; ваш текст сохранён ниже.',
  parentNotFound: 'Комментарий, на который вы отвечаете, недоступен. Можно опубликовать ваш текст как новый комментарий.',
  duplicate: 'Вы уже отправили этот комментарий.',
  closed: 'Комментарии к этой статье закрыты.',
  closedKept: 'Комментарий не опубликован. Вот ваш текст, чтобы вы могли его сохранить:',
  banned: 'Вы не можете комментировать на этом сайте до {until}. Комментарий не отправлен; ваш текст сохранён ниже.',
  bannedIndefinitely: 'Вы не можете комментировать на этом сайте до особого распоряжения. Комментарий не отправлен; ваш текст сохранён ниже.',
  rejected: 'Комментарий не опубликован: {reason}. Прочитайте, пожалуйста, правила комментирования (ссылка ниже) и измените текст; он сохранён ниже.',
  pageTitle: 'Ваш комментарий',
  onArticle: 'К статье:',
  backToArticle: 'Вернуться к статье',
};

const CATALOGS: Record<string, CommentFormMessages> = { en, ru };

/** The catalog for a locale: exact tag, then its language, then English. */
export function commentFormMessagesFor(locale: string): CommentFormMessages {
  return CATALOGS[locale] ?? CATALOGS[locale.split('-')[0]!.toLowerCase()] ?? en;
}

/** Why screening (or a moderator) turned a comment down, in plain words, completing "was not published: …". */
const REJECTED_BECAUSE: Record<'en' | 'ru', Record<RejectReason, string>> = {
  en: {
    profanity: 'it appears to contain profanity',
    hate: 'it appears to contain hateful language or a slur',
    incitement: 'it appears to contain a threat or a call to violence',
    personal_attack: 'it appears to attack another person',
    spam: 'it looks like spam (links, repeated text or characters, or many comments in a short time)',
    off_topic: 'it appears to be off topic',
    legal_risk: 'it appears to contain statements we cannot publish for legal reasons',
    personal_data: 'it appears to contain personal data, such as a phone number or an email address',
    impersonation: 'it appears to impersonate someone else',
  },
  ru: {
    profanity: 'похоже, в нём есть нецензурная брань',
    hate: 'похоже, в нём есть язык вражды или оскорбления в адрес групп людей',
    incitement: 'похоже, в нём есть угроза или призыв к насилию',
    personal_attack: 'похоже, в нём есть оскорбление другого человека',
    spam: 'он похож на спам (ссылки, повторы текста или символов, много комментариев за короткое время)',
    off_topic: 'похоже, он не по теме статьи',
    legal_risk: 'похоже, в нём есть высказывания, которые мы не можем опубликовать по юридическим причинам',
    personal_data: 'похоже, в нём есть личные данные, например номер телефона или адрес эл. почты',
    impersonation: 'похоже, автор выдаёт себя за другого человека',
  },
};

const AGAINST_POLICY = { en: 'it appears to break the Comment Policy', ru: 'похоже, он нарушает правила комментирования' };

/** "Your comment was not published: it appears to contain profanity. …" (no reason recorded: the policy in general). */
export function rejectedMessage(locale: string, reason: RejectReason | null): string {
  const m = commentFormMessagesFor(locale);
  const language = m === ru ? 'ru' : 'en';
  return fill(m.rejected, { reason: reason ? REJECTED_BECAUSE[language][reason] : AGAINST_POLICY[language] });
}

/** A banned commenter: until when (in the page's locale, UTC), or until further notice. */
export function bannedMessage(locale: string, until: string | null): string {
  const m = commentFormMessagesFor(locale);
  return until === null ? m.bannedIndefinitely : fill(m.banned, { until: formatDateTime(m === ru ? locale : 'en', until) });
}

/** Fills `{key}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

// Plural phrases: `#` is the number. English "other" doubles as the fallback for every language.

/** The counter's words for screen readers while typing: "1,499 characters left". */
export const CHARACTERS_LEFT: PluralCatalog = {
  en: { one: '# character left', other: '# characters left' },
  ru: { one: 'Остался # символ', few: 'Осталось # символа', many: 'Осталось # символов', other: 'Осталось # символа' },
};

/** Past the limit: "12 characters too many". */
export const CHARACTERS_OVER: PluralCatalog = {
  en: { one: '# character too many', other: '# characters too many' },
  ru: { one: '# символ сверх лимита', few: '# символа сверх лимита', many: '# символов сверх лимита', other: '# символа сверх лимита' },
};

/** The server's answer to an over-long comment (and the browser's, when it stops a submit). */
export const BODY_TOO_LONG: PluralCatalog = {
  en: { one: 'Your comment is # character too long. Please shorten it to {limit} characters or fewer.', other: 'Your comment is # characters too long. Please shorten it to {limit} characters or fewer.' },
  ru: {
    one: 'Комментарий длиннее допустимого на # символ. Сократите его до {limit} символов.',
    few: 'Комментарий длиннее допустимого на # символа. Сократите его до {limit} символов.',
    many: 'Комментарий длиннее допустимого на # символов. Сократите его до {limit} символов.',
    other: 'Комментарий длиннее допустимого на # символа. Сократите его до {limit} символов.',
  },
};

/** A long flood past the limit is measured by a lower bound (comment-counter.ts): "at least". */
const BODY_FAR_TOO_LONG: PluralCatalog = {
  en: { one: 'Your comment is at least # character too long. Please shorten it to {limit} characters or fewer.', other: 'Your comment is at least # characters too long. Please shorten it to {limit} characters or fewer.' },
  ru: {
    one: 'Комментарий длиннее допустимого по меньшей мере на # символ. Сократите его до {limit} символов.',
    few: 'Комментарий длиннее допустимого по меньшей мере на # символа. Сократите его до {limit} символов.',
    many: 'Комментарий длиннее допустимого по меньшей мере на # символов. Сократите его до {limit} символов.',
    other: 'Комментарий длиннее допустимого по меньшей мере на # символа. Сократите его до {limit} символов.',
  },
};

const RETRY_MINUTES: PluralCatalog = {
  en: { one: 'You are posting too often. You can post again in # minute; your text is kept below.', other: 'You are posting too often. You can post again in # minutes; your text is kept below.' },
  ru: {
    one: 'Вы отправляете комментарии слишком часто. Попробуйте снова через # минуту; ваш текст сохранён ниже.',
    few: 'Вы отправляете комментарии слишком часто. Попробуйте снова через # минуты; ваш текст сохранён ниже.',
    many: 'Вы отправляете комментарии слишком часто. Попробуйте снова через # минут; ваш текст сохранён ниже.',
    other: 'Вы отправляете комментарии слишком часто. Попробуйте снова через # минуты; ваш текст сохранён ниже.',
  },
};

const RETRY_SECONDS: PluralCatalog = {
  en: { one: 'You are posting too often. You can post again in # second; your text is kept below.', other: 'You are posting too often. You can post again in # seconds; your text is kept below.' },
  ru: {
    one: 'Вы отправляете комментарии слишком часто. Попробуйте снова через # секунду; ваш текст сохранён ниже.',
    few: 'Вы отправляете комментарии слишком часто. Попробуйте снова через # секунды; ваш текст сохранён ниже.',
    many: 'Вы отправляете комментарии слишком часто. Попробуйте снова через # секунд; ваш текст сохранён ниже.',
    other: 'Вы отправляете комментарии слишком часто. Попробуйте снова через # секунды; ваш текст сохранён ниже.',
  },
};

/** "You can post again in 3 minutes" (a minute or more) or "… in 40 seconds". */
export function retryMessage(locale: string, retryAfterSeconds: number): string {
  if (retryAfterSeconds >= 60) return pluralize(locale, RETRY_MINUTES, Math.ceil(retryAfterSeconds / 60));
  return pluralize(locale, RETRY_SECONDS, Math.max(1, retryAfterSeconds));
}

/** The locale whose digits a catalog's phrase is written with: its own, or English's when it falls back to English. */
function numberLocale(catalog: PluralCatalog, locale: string): string {
  return catalog[locale] ?? catalog[locale.split('-')[0]!.toLowerCase()] ? locale : 'en';
}

/** "Your comment is 1,501 characters too long. Please shorten it to 1,500 characters or fewer." (both numbers written alike) */
export function tooLongMessage(locale: string, over: number, limit: number, exact = true): string {
  const catalog = exact ? BODY_TOO_LONG : BODY_FAR_TOO_LONG;
  return fill(pluralize(locale, catalog, over), { limit: formatCount(numberLocale(catalog, locale), limit) });
}

/** A number in the form's locale (the body hint's limit), written as the messages write theirs. */
export function formNumber(locale: string, n: number): string {
  return formatCount(commentFormMessagesFor(locale) === en ? 'en' : locale, n);
}
