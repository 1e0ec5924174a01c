// Helpers for comment submission tests: a form token old enough to pass the minimum
// time, and a POST shaped as the browser's form (or a JSON client) sends it.
import type { TestContext } from '../../test/build-test-app.ts';
import { mintFormToken } from './form-token.ts';

export interface CommentFields { name?: string; email?: string; body?: string; token?: string; parent_id?: string; website?: string }

/** A token rendered `ageSeconds` ago by the test clock (default: just old enough). */
export function tokenFor(t: TestContext, articleId: string, ageSeconds = t.deps.config.commentMinSeconds + 1): string {
  return mintFormToken(t.deps.secret, articleId, new Date(t.deps.clock.now().getTime() - ageSeconds * 1000));
}

export function postComment(t: TestContext, path: string, fields: CommentFields, options: { headers?: Record<string, string>; ip?: string } = {}) {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) body.append(name, value);
  return t.app.inject({
    method: 'POST', url: `${path}/comments`, payload: body.toString(), remoteAddress: options.ip ?? '198.51.100.7',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...options.headers },
  });
}

/** The value of the form's hidden token in a re-shown form. */
export function tokenIn(html: string): string | undefined {
  return /<input type="hidden" name="token" value="([^"]*)"/.exec(html)?.[1];
}
