// PLACEHOLDER (comments display helper replaces).
import type { CommentsSectionData } from './comments-section.ts';

export function CommentsSection(_props: { data: CommentsSectionData; locale: string }) {
  return null;
}
