// What each staff role may do, decided in one place and enforced on the server.
// Contributors write drafts and submit them; authors also publish their own;
// editors and admins handle everyone's; moderators handle comments, never articles.
import type { Role } from '../db/database.ts';

export type Action =
  | 'article.create' | 'article.edit' | 'article.submit' | 'article.publish' | 'article.delete'
  | 'media.upload' | 'section.manage' | 'author.manage' | 'tag.manage' | 'user.manage' | 'site.manage'
  | 'comment.moderate';

const ALLOWED: Record<Role, readonly Action[]> = {
  admin: ['article.create', 'article.edit', 'article.submit', 'article.publish', 'article.delete', 'media.upload', 'section.manage', 'author.manage', 'tag.manage', 'user.manage', 'site.manage', 'comment.moderate'],
  editor: ['article.create', 'article.edit', 'article.submit', 'article.publish', 'article.delete', 'media.upload', 'section.manage', 'author.manage', 'tag.manage', 'comment.moderate'],
  author: ['article.create', 'article.edit', 'article.submit', 'article.publish', 'media.upload'],
  contributor: ['article.create', 'article.edit', 'article.submit', 'media.upload'],
  moderator: ['comment.moderate'],
};

/** Roles limited to articles they created themselves. */
const OWN_ARTICLES_ONLY: readonly Role[] = ['author', 'contributor'];

export function can(role: Role, action: Action, article?: { createdBy: string | null }, userId?: string): boolean {
  if (!ALLOWED[role].includes(action)) return false;
  if (article && OWN_ARTICLES_ONLY.includes(role) && action.startsWith('article.')) {
    return article.createdBy !== null && article.createdBy === userId;
  }
  return true;
}
