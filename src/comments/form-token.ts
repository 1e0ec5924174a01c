// The token a rendered comment form carries: the minute it was rendered, a nonce,
// and an HMAC binding both to the article. It dates the form (the minimum time
// between render and submit) and scopes idempotency (the same token, email and
// text make one comment however often they arrive). Pages are shared and cached,
// so one token may be seen by many readers: it is not a secret or an identity.
// It is derived, not random: every render of a page within one minute, on any
// node, is byte-identical, so ETags and 304s hold with the page cache off too.
import { createHmac, timingSafeEqual } from 'node:crypto';

const MINUTE_MS = 60_000;

export interface FormToken { issuedAt: number; nonce: string }

function signature(secret: string, articleId: string, issuedAt: number, nonce: string): string {
  return createHmac('sha256', secret).update(`comment-form:${articleId}:${issuedAt}:${nonce}`).digest('base64url').slice(0, 22);
}

export function mintFormToken(secret: string, articleId: string, renderedAt: Date): string {
  const ms = Math.floor(renderedAt.getTime() / MINUTE_MS) * MINUTE_MS;
  const nonce = createHmac('sha256', secret).update(`comment-form-nonce:${articleId}:${ms}`).digest('base64url').slice(0, 12);
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
