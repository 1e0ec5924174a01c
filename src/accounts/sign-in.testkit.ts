// Test helper for admin route tests: a real login through the form, with the
// session's CSRF token read from the database so it needs no other admin page.
import type { Role } from '../db/database.ts';
import type { TestContext } from '../../test/build-test-app.ts';
import { createUser } from '../../test/factories.ts';
import { cookiesFrom, csrfFrom } from '../../test/login.ts';

export { cookiesFrom };
import { hashToken, SESSION_COOKIE } from '../http/session.ts';

export interface SignedIn {
  userId: string;
  cookie: string;
  csrf: string;
}

export async function signIn(t: TestContext, email: string, password: string): Promise<Omit<SignedIn, 'userId'>> {
  const form = await t.app.inject({ url: '/admin/login' });
  const res = await t.app.inject({
    method: 'POST', url: '/admin/login', headers: { cookie: cookiesFrom(form.headers['set-cookie']) },
    payload: { email, password, _csrf: csrfFrom(form.body) },
  });
  if (res.statusCode !== 303) throw new Error(`login failed with ${res.statusCode}`);
  const cookie = cookiesFrom(res.headers['set-cookie']);
  const token = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(cookie)![1]!;
  const row = await t.deps.db.selectFrom('sessions').select('csrf_token').where('id', '=', hashToken(token)).executeTakeFirstOrThrow();
  return { cookie, csrf: row.csrf_token };
}

/** Creates a user with this role and signs them in. */
export async function signInAs(t: TestContext, role: Role, email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.test`): Promise<SignedIn> {
  const user = await createUser(t.deps, { email, role, displayName: `A ${role}` });
  return { userId: user.id, ...(await signIn(t, user.email, user.password)) };
}

/** Posts a urlencoded form, as a browser would, with the session cookie and CSRF token. */
export function postForm(t: TestContext, agent: { cookie: string; csrf: string }, url: string, fields: Record<string, string | string[]> = {}) {
  const body = new URLSearchParams();
  body.append('_csrf', agent.csrf);
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(name, v);
  return t.app.inject({
    method: 'POST', url, payload: body.toString(),
    headers: { cookie: agent.cookie, 'content-type': 'application/x-www-form-urlencoded' },
  });
}
