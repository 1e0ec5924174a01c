// Words of the page a vote sent without JavaScript gets when it was not counted (and of
// the JSON errors the island shows). Server only; English is the fallback.
import { forLocale } from './vote.messages.ts';

export interface VoteProblemMessages {
  invalidTitle: string;
  invalidValue: string;
  rateLimitedTitle: string;
  /** `{when}` is a relative time: "in 42 minutes", "через 42 минуты". */
  rateLimited: string;
  backToArticle: string;
}

const en: VoteProblemMessages = {
  invalidTitle: 'Your vote was not counted',
  invalidValue: 'Choose Yes or No to vote.',
  rateLimitedTitle: 'Too many votes',
  rateLimited: 'Too many votes have come from your network in the last hour. Please try again {when}.',
  backToArticle: 'Back to the article',
};

const ru: VoteProblemMessages = {
  invalidTitle: 'Голос не учтён',
  invalidValue: 'Чтобы проголосовать, выберите «Да» или «Нет».',
  rateLimitedTitle: 'Слишком много голосов',
  rateLimited: 'За последний час из вашей сети пришло слишком много голосов. Попробуйте снова {when}.',
  backToArticle: 'Вернуться к статье',
};

export function voteProblemMessagesFor(locale: string): VoteProblemMessages {
  return forLocale({ en, ru }, locale);
}
