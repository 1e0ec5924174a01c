// PLACEHOLDER (votes helper replaces): what the "Do you like this article?" block needs.
import type { AppDeps } from '../app-deps.ts';

export interface VoteBlockData {
  /** Where the Yes / No form posts. */
  action: string;
  /** This reader's vote, when the page is rendered for them alone. */
  myVote: 1 | -1 | null;
  /** Shown only after voting (null on the shared page). */
  counts: { yes: number; no: number } | null;
}

export async function loadVoteBlock(_deps: Pick<AppDeps, 'db'>, article: { id: string; locale: string; slug: string }, _readerId: string | undefined): Promise<VoteBlockData> {
  return { action: `/${article.locale}/articles/${article.slug}/vote`, myVote: null, counts: null };
}
