// The vote route's JSON answers, written by the server and read by the browser island.
// Pure, so both sides share one definition and the reading is unit-tested.
import { isVoteChoice, type VoteChoice, type VoteTally } from './vote-text.ts';

/** 200 answer to a vote sent with `Accept: application/json`. */
export interface VoteSuccessJson { vote: VoteChoice; counts: VoteTally }

/** Error answer; `retryAfterSeconds` only with code `rate_limited`. */
export interface VoteErrorJson { error: { code: string; message: string; retryAfterSeconds?: number } }

export type VoteAnswer =
  | { kind: 'voted'; vote: VoteChoice; counts: VoteTally }
  | { kind: 'refused'; code: string; message: string }
  /** Not one of our answers (a proxy's error page, a cut connection): let the browser post the form itself. */
  | { kind: 'unknown' };

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

export function readVoteAnswer(status: number, body: unknown): VoteAnswer {
  if (typeof body !== 'object' || body === null) return { kind: 'unknown' };
  const answer = body as Partial<VoteSuccessJson> & Partial<VoteErrorJson>;
  const counts = answer.counts;
  if (status === 200 && isVoteChoice(answer.vote) && counts && isCount(counts.yes) && isCount(counts.no)) {
    return { kind: 'voted', vote: answer.vote, counts: { yes: counts.yes, no: counts.no } };
  }
  const error = answer.error;
  if (status >= 400 && error && typeof error.code === 'string' && typeof error.message === 'string') {
    return { kind: 'refused', code: error.code, message: error.message };
  }
  return { kind: 'unknown' };
}

/** The submitted `value` field: exactly one of yes / no (a repeated field is not a vote). */
export function readVoteChoice(body: unknown): VoteChoice | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const value = (body as Record<string, unknown>).value;
  return isVoteChoice(value) ? value : undefined;
}
