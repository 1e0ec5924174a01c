// Reader-facing strings of the comment thread (heading, items, sort switch, pages,
// notices), English and Russian. Other locales fall back to English key by key.
import type { PluralCatalog } from '../i18n/plurals.ts';

/** "N Comment(s)": one form per CLDR plural category, `#` is the number. */
export const COMMENT_COUNT: PluralCatalog = {
  en: { one: '# Comment', other: '# Comments' },
  ru: { one: '# комментарий', few: '# комментария', many: '# комментариев', other: '# комментария' },
};

/** "N more comments shown", announced after "Load more". */
export const COMMENTS_LOADED: PluralCatalog = {
  en: { one: '# more comment shown', other: '# more comments shown' },
  ru: { one: 'Показан ещё # комментарий', few: 'Показаны ещё # комментария', many: 'Показаны ещё # комментариев', other: 'Показаны ещё # комментария' },
};

/** The link under a reply chain cut short, to the view that shows all its replies. */
export const SHOW_ALL_REPLIES: PluralCatalog = {
  en: { one: 'Show # reply', other: 'Show all # replies' },
  ru: { one: 'Показать # ответ', few: 'Показать все # ответа', many: 'Показать все # ответов', other: 'Показать все # ответа' },
};

const en = {
  reply: 'Reply',
  replyTo: 'Reply to {name}',
  inReplyTo: 'in reply to',
  inReplyToRemoved: 'in reply to a removed comment',
  awaitingModeration: 'Awaiting moderation',
  preModerated: 'Comments are reviewed before they appear.',
  postedPending: 'Thank you: your comment has been received. It will appear here once a moderator has approved it.',
  closed: 'Comments are closed for this article.',
  autoClosed: 'Comments are closed for this article: they close automatically some time after publication.',
  noComments: 'No comments yet.',
  order: 'Sort comments',
  oldestFirst: 'Oldest first',
  newestFirst: 'Newest first',
  pages: 'More comments',
  newerComments: 'Newer comments',
  olderComments: 'Older comments',
  backToStart: 'Back to the first comments',
  loadMore: 'Load more comments',
  loading: 'Loading comments…',
  loadFailed: 'The comments could not be loaded. Please try again.',
  repliesCut: 'Not all replies are shown here.',
  permalink: 'Link to this comment',
  chainNav: 'Replies to one comment',
  chainPages: 'Pages of replies',
  allComments: 'Back to all comments',
  moreReplies: 'Later replies',
  firstReplies: 'Back to the first replies',
  report: 'Report',
  reportComment: 'Report the comment by {name}',
  reportedThanks: 'Thank you, a moderator will look at it.',
  reportedAlready: 'This comment has already been reported. Thank you, a moderator will look at it.',
  featured: 'Featured',
  featuredHeading: 'Featured comments',
  featuredInThread: 'In the thread',
};

export type CommentThreadMessages = typeof en;

const ru: CommentThreadMessages = {
  reply: 'Ответить',
  replyTo: 'Ответить: {name}',
  inReplyTo: 'в ответ',
  inReplyToRemoved: 'в ответ на удалённый комментарий',
  awaitingModeration: 'Ожидает проверки',
  preModerated: 'Комментарии появляются после проверки модератором.',
  postedPending: 'Спасибо, ваш комментарий получен. Он появится здесь после проверки модератором.',
  closed: 'Комментарии к этой статье закрыты.',
  autoClosed: 'Комментарии к этой статье закрыты: они закрываются автоматически через некоторое время после публикации.',
  noComments: 'Комментариев пока нет.',
  order: 'Порядок комментариев',
  oldestFirst: 'Сначала старые',
  newestFirst: 'Сначала новые',
  pages: 'Другие комментарии',
  newerComments: 'Более новые комментарии',
  olderComments: 'Более старые комментарии',
  backToStart: 'К первым комментариям',
  loadMore: 'Показать ещё комментарии',
  loading: 'Загружаем комментарии…',
  loadFailed: 'Не удалось загрузить комментарии. Попробуйте ещё раз.',
  repliesCut: 'Здесь показаны не все ответы.',
  permalink: 'Ссылка на этот комментарий',
  chainNav: 'Ответы на один комментарий',
  chainPages: 'Страницы ответов',
  allComments: 'Ко всем комментариям',
  moreReplies: 'Более поздние ответы',
  firstReplies: 'К первым ответам',
  report: 'Пожаловаться',
  reportComment: 'Пожаловаться на комментарий: {name}',
  reportedThanks: 'Спасибо, модератор его проверит.',
  reportedAlready: 'На этот комментарий уже пожаловались. Спасибо, модератор его проверит.',
  featured: 'Выбор редакции',
  featuredHeading: 'Избранные комментарии',
  featuredInThread: 'В обсуждении',
};

const CATALOGS: Record<string, CommentThreadMessages> = { en, ru };

/** The catalog for a BCP 47 tag: exact tag, then its language, then English. */
export function commentThreadMessagesFor(locale: string): CommentThreadMessages {
  return CATALOGS[locale] ?? CATALOGS[locale.split('-')[0]!.toLowerCase()] ?? en;
}

export function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}
