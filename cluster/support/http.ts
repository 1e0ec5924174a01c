// HTTP as a browser and a staff member use it, against any node: cookies kept per agent,
// the login form (anonymous CSRF token bound to a cookie), staff CSRF tokens read from admin
// forms, and the reader's comment POST. Sessions live in the database, so a staff agent signed
// in on one node is signed in on every node.
import { setTimeout as delay } from 'node:timers/promises';

const TIMEOUT_MS = 15_000;

export class Agent {
  private readonly cookies = new Map<string, string>();

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('cookie', this.cookieHeader());
    const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS), ...init, headers });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    return res;
  }
}

function csrfIn(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('no CSRF field in the page');
  return match[1]!.replace(/&amp;/g, '&');
}

export interface StaffAgent { agent: Agent; csrf: string }

/** Signs in through /admin/login on `baseUrl` and reads the session's CSRF token from /admin. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<StaffAgent> {
  const agent = new Agent();
  const form = await agent.request(`${baseUrl}/admin/login`);
  const anonCsrf = csrfIn(await form.text());
  const res = await agent.request(`${baseUrl}/admin/login`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, password, _csrf: anonCsrf }).toString(),
  });
  await res.arrayBuffer();
  if (res.status !== 303) throw new Error(`login as ${email} answered ${res.status}`);
  const moderation = await agent.request(`${baseUrl}/admin/moderation`);
  const html = await moderation.text();
  if (moderation.status !== 200) throw new Error(`/admin/moderation answered ${moderation.status} after login`);
  return { agent, csrf: csrfIn(html) };
}

/** Moves one comment on `baseUrl` through the moderation queue (its JSON answer); throws unless it is done. */
export async function moderateComment(staff: StaffAgent, baseUrl: string, commentId: string, version: number, to: 'approved' | 'rejected', reason?: string): Promise<void> {
  const res = await staff.agent.request(`${baseUrl}/admin/moderation`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({ _csrf: staff.csrf, comment: commentId, version: String(version), to, ...(reason ? { reason } : {}) }).toString(),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`moving ${commentId} to ${to} on ${baseUrl} answered ${res.status}: ${text.slice(0, 500)}`);
}

export const approveComment = (staff: StaffAgent, baseUrl: string, commentId: string, version: number): Promise<void> =>
  moderateComment(staff, baseUrl, commentId, version, 'approved');

export interface CommentPost { name: string; email: string; body: string; token: string }

/** An exact form token from the article's token endpoint (what the comments island fetches). */
export async function formToken(baseUrl: string, articlePath: string): Promise<string> {
  const res = await fetch(`${baseUrl}${articlePath}/comments/token`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (res.status !== 200) throw new Error(`token endpoint answered ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

/** The reader's form POST (no JavaScript): 303 when stored. Throws on connection errors. */
export async function postComment(baseUrl: string, articlePath: string, post: CommentPost): Promise<Response> {
  return fetch(`${baseUrl}${articlePath}/comments`, {
    method: 'POST', redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...post }).toString(),
  });
}

/** Polls `check` until it returns a value (not undefined) or `timeoutMs` passes; bounded. */
export async function waitFor<T>(what: string, timeoutMs: number, check: () => Promise<T | undefined>, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await delay(everyMs);
  }
  throw new Error(`${what}: not within ${timeoutMs} ms${last ? ` (last error: ${(last as Error).message})` : ''}`);
}
