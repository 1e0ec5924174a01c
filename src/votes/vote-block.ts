// What the "Do you like this article?" block needs. The shared, cached page gets the
// buttons only; a reader whose cookie names the article (a private render, readerId
// given) and who voted also gets their answer and the counts.
import { voterKey } from '../readers/fingerprints.ts';
import type { AppDeps } from '../app-deps.ts';
import { findCounts } from '../engagement/counters.queries.ts';
import { articleUrl } from '../lib/urls.ts';
import type { VoteChoice, VoteTally } from './vote-text.ts';
import { findReaderVote } from './vote.queries.ts';

export interface VoteBlockData {
  /** Where the Yes / No form posts. */
  action: string;
  /** This reader's vote, when the page is rendered for them alone. */
  myVote: VoteChoice | null;
  /** Shown only after voting (null on the shared page). */
  counts: VoteTally | null;
}

export const voteUrl = (locale: string, slug: string) => `${articleUrl(locale, slug)}/vote`;

export async function loadVoteBlock(deps: Pick<AppDeps, 'db' | 'secret'>, article: { id: string; locale: string; slug: string }, readerId: string | undefined): Promise<VoteBlockData> {
  const action = voteUrl(article.locale, article.slug);
  const myVote = readerId ? await findReaderVote(deps.db, article.id, voterKey(deps.secret, readerId)) : undefined;
  if (!myVote) return { action, myVote: null, counts: null };
  const counts = await findCounts(deps.db, article.id);
  return { action, myVote, counts: { yes: counts.votesYes, no: counts.votesNo } };
}
