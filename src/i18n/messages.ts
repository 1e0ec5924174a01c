// Reader-facing interface strings, as plain data per locale. English is complete
// and the fallback; a locale's catalog may leave keys out. `{name}` placeholders
// are filled by `t()`. (A later issue moves this to ICU catalogs with plurals.)
export const en = {
  skipToContent: 'Skip to content',
  sections: 'Sections',
  home: 'Home',
  latest: 'Latest',
  by: 'By',
  byMany: 'By',
  and: 'and',
  published: 'Published',
  updated: 'Updated',
  tags: 'Tags',
  tag: 'Tag',
  section: 'Section',
  author: 'Author',
  pagination: 'Pagination',
  page: 'Page {n}',
  pageOf: 'Page {n} of {total}',
  next: 'Next',
  previous: 'Previous',
  nothingYet: 'Nothing has been published here yet.',
  moreIn: 'More in {section}',
  reactions: 'Reader reactions',
  comments: 'Comments',
  languages: 'Languages',
  notFoundTitle: 'Page not found',
  notFoundMessage: 'We could not find the page you were looking for. It may have moved, or the address may be mistyped.',
  goHome: 'Go to the home page',
  articlesBy: 'Articles by {name}',
  articlesTagged: 'Articles tagged “{name}”',
  homeDescription: 'The latest articles from {site}, by section.',
  sectionDescription: 'The latest articles in {section} from {site}.',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

const ru: Partial<Messages> = {
  skipToContent: 'Перейти к содержанию',
  sections: 'Разделы',
  home: 'Главная',
  latest: 'Последние новости',
  by: 'Автор:',
  byMany: 'Авторы:',
  and: 'и',
  published: 'Опубликовано',
  updated: 'Обновлено',
  tags: 'Теги',
  tag: 'Тег',
  section: 'Раздел',
  author: 'Автор',
  pagination: 'Страницы',
  page: 'Страница {n}',
  pageOf: 'Страница {n} из {total}',
  next: 'Следующая',
  previous: 'Предыдущая',
  nothingYet: 'Здесь пока ничего не опубликовано.',
  moreIn: 'Ещё в разделе «{section}»',
  reactions: 'Реакции читателей',
  comments: 'Комментарии',
  languages: 'Языки',
  notFoundTitle: 'Страница не найдена',
  notFoundMessage: 'Мы не нашли эту страницу. Возможно, она переехала или в адресе опечатка.',
  goHome: 'На главную',
  articlesBy: 'Материалы автора: {name}',
  articlesTagged: 'Материалы с тегом «{name}»',
  homeDescription: 'Последние материалы издания «{site}» по разделам.',
  sectionDescription: 'Последние материалы раздела «{section}» издания «{site}».',
};

const CATALOGS: Record<string, Partial<Messages>> = { en, ru };

/** The catalog for a BCP 47 tag: exact tag, then its language, then English, key by key. */
export function messagesFor(locale: string): Messages {
  const language = locale.split('-')[0]!.toLowerCase();
  const own = CATALOGS[locale] ?? CATALOGS[language] ?? {};
  return { ...en, ...own };
}

export function t(messages: Messages, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
