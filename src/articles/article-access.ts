// Who may do what to one article, for the editor's routes and buttons. Built on the
// role table in accounts/permissions.ts, plus one newsroom rule: changes to what readers
// can already see (a published or scheduled article) need someone allowed to publish,
// so a contributor cannot change a live article by editing it.
import { can } from '../accounts/permissions.ts';
import type { ArticleStatus, Role } from '../db/database.ts';
import { canTransition, type WorkflowAction } from './article-workflow.ts';

export type EditorIntent = 'save' | 'preview' | WorkflowAction;
export const EDITOR_INTENTS: readonly EditorIntent[] = ['save', 'preview', 'submit', 'publish', 'schedule', 'unpublish'];

export interface Staff { id: string; role: Role }
export interface ArticleAccessTarget { createdBy: string | null; status: ArticleStatus }

const LIVE: readonly ArticleStatus[] = ['published', 'scheduled'];

export function mayEdit(user: Staff, article: ArticleAccessTarget): boolean {
  if (!can(user.role, 'article.edit', article, user.id)) return false;
  return !LIVE.includes(article.status) || can(user.role, 'article.publish', article, user.id);
}

/** Whether the person may ask for this intent at all (the article's status is checked separately). */
export function mayRequest(user: Staff, article: ArticleAccessTarget, intent: EditorIntent): boolean {
  switch (intent) {
    case 'save':
    case 'preview':
      return mayEdit(user, article);
    case 'submit':
      return mayEdit(user, article) && can(user.role, 'article.submit', article, user.id);
    case 'publish':
    case 'schedule':
    case 'unpublish':
      return mayEdit(user, article) && can(user.role, 'article.publish', article, user.id);
  }
}

/** The buttons to show: allowed for this person and possible from the article's status. */
export function offeredIntents(user: Staff, article: ArticleAccessTarget): EditorIntent[] {
  return EDITOR_INTENTS.filter((intent) => mayRequest(user, article, intent)
    && (intent === 'save' || intent === 'preview' || canTransition(article.status, intent)));
}

export function parseIntent(raw: string): EditorIntent {
  return (EDITOR_INTENTS as readonly string[]).includes(raw) ? (raw as EditorIntent) : 'save';
}
