// PLACEHOLDER (votes helper replaces).
import type { VoteBlockData } from './vote-block.ts';

export function VoteBlock(_props: { data: VoteBlockData; locale: string }) {
  return null;
}
