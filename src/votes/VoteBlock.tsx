// "Do you like this article?" with Yes / No. The form posts without JavaScript (the
// answer is a redirect back to #reactions); client/vote.ts sends it with fetch instead
// and fills [data-vote-result] in place. Class `vote-form` and `data-vote-result` are
// hooks of the island and the browser tests: keep them.
import { describeVoteResult, VOTE_CHOICES, type VoteChoice, type VoteTally } from './vote-text.ts';
import type { VoteBlockData } from './vote-block.ts';
import { voteMessagesFor, voteWordsFor } from './vote.messages.ts';

export const VOTE_HEADING_ID = 'vote-heading';

/** The reader's answer and the counts; the island builds the same markup from the same text. */
export function VoteResult(props: { locale: string; vote: VoteChoice; counts: VoteTally }) {
  const text = describeVoteResult(voteWordsFor(props.locale), props.vote, props.counts);
  return (
    <>
      <p class="vote-mine">{text.mine} {text.canChange}</p>
      <ul class="vote-counts">
        {text.shares.map((share) => (
          <li data-vote-count={share.choice}>
            {share.text} <span class="vote-share">{share.percentText}</span>
            <meter min={0} max={100} value={share.percent} aria-hidden="true" />
          </li>
        ))}
      </ul>
    </>
  );
}

export function VoteBlock(props: { data: VoteBlockData; locale: string }) {
  const { data, locale } = props;
  const m = voteMessagesFor(locale);
  return (
    <div class="vote">
      <h2 id={VOTE_HEADING_ID}>{m.question}</h2>
      {/* data-words: the island's words (plural forms chosen here), so it bundles no catalog. */}
      <form class="vote-form" method="post" action={data.action} aria-labelledby={VOTE_HEADING_ID} data-words={JSON.stringify(voteWordsFor(locale))}>
        {VOTE_CHOICES.map((choice) => (
          <button type="submit" name="value" value={choice} class="vote-button" aria-pressed={data.myVote === choice ? 'true' : 'false'}>
            {choice === 'yes' ? m.yes : m.no}
          </button>
        ))}
      </form>
      <div class="vote-result" data-vote-result="" aria-live="polite">
        {data.myVote && data.counts ? <VoteResult locale={locale} vote={data.myVote} counts={data.counts} /> : null}
      </div>
    </div>
  );
}
