// The token a comment form carries: when it was issued, a nonce, and an HMAC binding
// both to the article. It dates the form (the minimum time between render and submit)
// and scopes idempotency (the same token, email and text make one comment however
// often they arrive). It is not a secret or an identity.
//
// Two kinds (docs/decisions/0005, point 3):
// - the MINUTE token, in the rendered page: dated to the render minute and derived, not
//   random, so every render of a page within one minute, on any node, is byte-identical
//   (ETags and 304s hold with the page cache off too). Pages are shared and cached, so it
//   says little about when this reader loaded the form.
// - the EXACT token, from the uncached token endpoint, fetched by the comments island when
//   the reader starts on the form: dated to the millisecond, so the minimum time really
//   binds JavaScript clients. Written `e.<time>.<nonce>.<signature>`, and the kind is also
//   inside the signed text, so neither kind can be turned into the other.
import { createHmac, timingSafeEqual } from 'node:crypto';

const MINUTE_MS = 60_000;
/** client/comments.ts tests for this prefix too (it cannot import node:crypto). */
const EXACT_PREFIX = 'e.';

export interface FormToken {
  issuedAt: number;
  nonce: string;
  /** Dated to the millisecond it was fetched (token endpoint), not to a render minute. */
  exact: boolean;
}

type Kind = 'minute' | 'exact';

const domain = (kind: Kind) => (kind === 'exact' ? 'comment-form-exact' : 'comment-form');

function signature(secret: string, kind: Kind, articleId: string, issuedAt: number, nonce: string): string {
  return createHmac('sha256', secret).update(`${domain(kind)}:${articleId}:${issuedAt}:${nonce}`).digest('base64url').slice(0, 22);
}

function mint(secret: string, kind: Kind, articleId: string, issuedAt: number): string {
  const nonce = createHmac('sha256', secret).update(`${domain(kind)}-nonce:${articleId}:${issuedAt}`).digest('base64url').slice(0, 12);
  const body = `${issuedAt.toString(36)}.${nonce}.${signature(secret, kind, articleId, issuedAt, nonce)}`;
  return kind === 'exact' ? `${EXACT_PREFIX}${body}` : body;
}

/** The page's token: the same for every render of the article within one minute. */
export function mintFormToken(secret: string, articleId: string, renderedAt: Date): string {
  const minute = Math.floor(renderedAt.getTime() / MINUTE_MS) * MINUTE_MS;
  // The same for every render of the article in this minute: minted once (two HMACs) per article and minute.
  const key = `${secret}\u0000${articleId}\u0000${minute}`;
  const known = minuteTokens.get(key);
  if (known) return known;
  if (minuteTokens.size >= MINUTE_TOKENS_KEPT) minuteTokens.clear();
  const token = mint(secret, 'minute', articleId, minute);
  minuteTokens.set(key, token);
  return token;
}

const MINUTE_TOKENS_KEPT = 2000;
const minuteTokens = new Map<string, string>();

/** One reader's token, dated to the millisecond (never put it in a shared page). */
export function mintExactFormToken(secret: string, articleId: string, now: Date): string {
  return mint(secret, 'exact', articleId, now.getTime());
}

/** The token's content when it is well formed and was minted here for this article; else undefined. */
export function readFormToken(secret: string, articleId: string, token: string): FormToken | undefined {
  const match = /^(e\.)?([0-9a-z]{1,12})\.([\w-]{12})\.([\w-]{22})$/.exec(token);
  if (!match) return undefined;
  const kind: Kind = match[1] ? 'exact' : 'minute';
  const issuedAt = parseInt(match[2]!, 36);
  const nonce = match[3]!;
  const expected = Buffer.from(signature(secret, kind, articleId, issuedAt, nonce));
  const given = Buffer.from(match[4]!);
  if (!timingSafeEqual(expected, given)) return undefined;
  return { issuedAt, nonce, exact: kind === 'exact' };
}
