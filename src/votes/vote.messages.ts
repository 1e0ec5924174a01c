// Reader-facing words of the "Do you like this article?" block, per locale. English is
// complete and the fallback. Pure data bundled by the browser island too (client/vote.ts),
// so words only the server uses live in vote-problem.messages.ts.
import type { PluralCatalog } from '../i18n/plurals.ts';

export interface VoteMessages {
  question: string;
  yes: string;
  no: string;
  /** `{choice}` is the label of the button the reader pressed. */
  youVoted: string;
  canChange: string;
  /** The browser could not reach the site. */
  notSent: string;
}

const en: VoteMessages = {
  question: 'Do you like this article?',
  yes: 'Yes',
  no: 'No',
  youVoted: 'You voted {choice}.',
  canChange: 'You can change your vote.',
  notSent: 'Your vote could not be sent. Please check your connection and try again.',
};

const ru: VoteMessages = {
  question: 'Вам понравилась эта статья?',
  yes: 'Да',
  no: 'Нет',
  youVoted: 'Ваш ответ: «{choice}».',
  canChange: 'Вы можете изменить свой ответ.',
  notSent: 'Не удалось отправить голос. Проверьте подключение и попробуйте ещё раз.',
};

/** "12 readers said yes" (`#` is the number), for pluralize() in src/i18n/plurals.ts. */
export const SAID_YES: PluralCatalog = {
  en: { one: '# reader said yes', other: '# readers said yes' },
  ru: { one: '# читатель ответил «да»', few: '# читателя ответили «да»', many: '# читателей ответили «да»', other: '# читателя ответили «да»' },
};

export const SAID_NO: PluralCatalog = {
  en: { one: '# reader said no', other: '# readers said no' },
  ru: { one: '# читатель ответил «нет»', few: '# читателя ответили «нет»', many: '# читателей ответили «нет»', other: '# читателя ответили «нет»' },
};

/** Picks a locale's entry by full tag, then by language, else English. */
export function forLocale<T>(catalogs: { en: T } & Record<string, T>, locale: string): T {
  return catalogs[locale] ?? catalogs[locale.split('-')[0]!.toLowerCase()] ?? catalogs.en;
}

export function voteMessagesFor(locale: string): VoteMessages {
  return forLocale({ en, ru }, locale);
}
