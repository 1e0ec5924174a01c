// The token a rendered comment form carries: when it was rendered, a random nonce,
// and an HMAC binding both to the article. It dates the form (the minimum time
// between render and submit) and scopes idempotency (the same token, email and
// text make one comment however often they arrive). Pages are shared and cached,
// so one token may be seen by many readers: it is not a secret or an identity.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface FormToken { issuedAt: number; nonce: string }

function signature(secret: string, articleId: string, issuedAt: number, nonce: string): string {
  return createHmac('sha256', secret).update(`comment-form:${articleId}:${issuedAt}:${nonce}`).digest('base64url').slice(0, 22);
}

export function mintFormToken(secret: string, articleId: string, issuedAt: Date): string {
  const ms = issuedAt.getTime();
  const nonce = randomBytes(9).toString('base64url');
  return `${ms.toString(36)}.${nonce}.${signature(secret, articleId, ms, nonce)}`;
}

/** The token's content when it is well formed and was minted here for this article; else undefined. */
export function readFormToken(secret: string, articleId: string, token: string): FormToken | undefined {
  const match = /^([0-9a-z]{1,12})\.([\w-]{12})\.([\w-]{22})$/.exec(token);
  if (!match) return undefined;
  const issuedAt = parseInt(match[1]!, 36);
  const nonce = match[2]!;
  const expected = Buffer.from(signature(secret, articleId, issuedAt, nonce));
  const given = Buffer.from(match[3]!);
  if (!timingSafeEqual(expected, given)) return undefined;
  return { issuedAt, nonce };
}
