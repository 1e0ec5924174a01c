// A reader's vote on an article: one per reader, changeable, never stacked. The vote row
// and the article's counters change in one transaction, so the counts always equal the rows.
import type { AppDeps } from '../app-deps.ts';
import { bumpCounters, findCounts, type CounterDelta } from '../engagement/counters.queries.ts';
import type { VoteChoice, VoteTally } from './vote-text.ts';
import { valueOf, writeVote, type VoteChange } from './vote.queries.ts';

export interface Ballot { articleId: string; readerId: string; choice: VoteChoice; ipHash: string }

export interface CastOutcome { change: VoteChange; vote: VoteChoice; counts: VoteTally }

const COUNTER: Record<VoteChoice, 'votes_yes' | 'votes_no'> = { yes: 'votes_yes', no: 'votes_no' };

function counterDelta(change: VoteChange, choice: VoteChoice): CounterDelta {
  if (change === 'same') return {};
  const other: VoteChoice = choice === 'yes' ? 'no' : 'yes';
  return change === 'first' ? { [COUNTER[choice]]: 1 } : { [COUNTER[choice]]: 1, [COUNTER[other]]: -1 };
}

/**
 * Records the ballot and answers with the counts as they stand after it. Voting does not
 * touch the page cache: the shared page shows no counts (docs/decisions/0005).
 */
export async function castVote(deps: Pick<AppDeps, 'db' | 'clock'>, ballot: Ballot): Promise<CastOutcome> {
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const change = await writeVote(trx, { articleId: ballot.articleId, readerId: ballot.readerId, value: valueOf(ballot.choice), ipHash: ballot.ipHash, now });
    await bumpCounters(trx, ballot.articleId, counterDelta(change, ballot.choice));
    const counts = await findCounts(trx, ballot.articleId);
    return { change, vote: ballot.choice, counts: { yes: counts.votesYes, no: counts.votesNo } };
  });
}
