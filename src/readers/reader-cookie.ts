// Anonymous readers are recognised by one signed cookie: a random reader id and the
// articles they interacted with (voted on, commented on), newest first. Article pages
// are shared and cached; only a reader whose cookie names the article gets a private
// render showing their own vote and their comments awaiting moderation.
import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { secureCookies } from '../http/session.ts';

export const READER_COOKIE = 'serai_reader';
/** Keeps the cookie near 1.5 KB: enough for the articles a reader is following. */
const MAX_ARTICLES = 40;
const ONE_YEAR_SECONDS = 365 * 24 * 3600;
const ID_PATTERN = /^[\w-]{16,40}$/;

export interface Reader {
  id: string;
  /** Article ids, newest first. */
  articles: string[];
}

/** The reader named by a valid signed cookie, or undefined (absent, tampered, malformed). */
export function readReader(request: FastifyRequest): Reader | undefined {
  const raw = request.cookies[READER_COOKIE];
  if (!raw) return undefined;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return undefined;
  const [id, list = ''] = unsigned.value.split('.', 2);
  if (!id || !ID_PATTERN.test(id)) return undefined;
  const articles = list === '' ? [] : list.split('~').filter((a) => ID_PATTERN.test(a));
  return { id, articles };
}

export function readerFollows(reader: Reader | undefined, articleId: string): boolean {
  return reader !== undefined && reader.articles.includes(articleId);
}

/** The request's reader (created when new), with this article recorded; sets the cookie. */
export function rememberArticle(request: FastifyRequest, reply: FastifyReply, articleId: string): Reader {
  const known = readReader(request);
  const reader: Reader = {
    id: known?.id ?? randomBytes(16).toString('base64url'),
    articles: [articleId, ...(known?.articles ?? []).filter((a) => a !== articleId)].slice(0, MAX_ARTICLES),
  };
  reply.setCookie(READER_COOKIE, `${reader.id}.${reader.articles.join('~')}`, {
    path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookies(request), signed: true, maxAge: ONE_YEAR_SECONDS,
  });
  return reader;
}
