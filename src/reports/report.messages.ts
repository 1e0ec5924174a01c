// Reader-facing words of the report page and its answers, English and Russian; other
// locales fall back to English key by key (as comment-thread.messages.ts does).
import type { ReportReason } from './report-reasons.ts';

const en = {
  pageTitle: 'Report a comment',
  onArticle: 'On the article',
  commentBy: 'Comment by {name}',
  intro: 'Tell the moderators what is wrong with this comment. They will decide whether it stays.',
  legend: 'Why should a moderator look at it?',
  submit: 'Send the report',
  backToArticle: 'Back to the article',
  chooseReason: 'Please choose a reason.',
  formProblem: 'This form could not be checked. Please try again.',
  rateLimitedTitle: 'Too many reports',
  rateLimited: 'Too many reports came from your network. Please try again {when}.',
  reasons: {
    abuse: 'Abuse or harassment',
    hate: 'Hate or incitement',
    spam: 'Spam',
    personal_data: 'Personal data',
    off_topic: 'Off topic',
    other: 'Something else',
  } satisfies Record<ReportReason, string>,
};

export type ReportMessages = typeof en;

const ru: ReportMessages = {
  pageTitle: 'Пожаловаться на комментарий',
  onArticle: 'К статье',
  commentBy: 'Комментарий: {name}',
  intro: 'Расскажите модераторам, что не так с этим комментарием. Они решат, оставить ли его.',
  legend: 'Почему модератору стоит его проверить?',
  submit: 'Отправить жалобу',
  backToArticle: 'Вернуться к статье',
  chooseReason: 'Выберите причину.',
  formProblem: 'Не удалось проверить форму. Попробуйте ещё раз.',
  rateLimitedTitle: 'Слишком много жалоб',
  rateLimited: 'Из вашей сети пришло слишком много жалоб. Попробуйте ещё раз {when}.',
  reasons: {
    abuse: 'Оскорбления или травля',
    hate: 'Ненависть или призывы к насилию',
    spam: 'Спам',
    personal_data: 'Личные данные',
    off_topic: 'Не по теме',
    other: 'Другое',
  },
};

const CATALOGS: Record<string, ReportMessages> = { en, ru };

export function reportMessagesFor(locale: string): ReportMessages {
  return CATALOGS[locale] ?? CATALOGS[locale.split('-')[0]!.toLowerCase()] ?? en;
}
