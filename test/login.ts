// Signs a user in through the real login form and returns the cookies and CSRF token to reuse.
import type { FastifyInstance } from 'fastify';

export interface StaffAgent {
  cookie: string;
  csrf: string;
}

function cookiesFrom(setCookie: string | string[] | undefined): string {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return list.map((c) => c.split(';')[0]).join('; ');
}

export function csrfFrom(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('no CSRF field in the page');
  return match[1]!;
}

export async function loginAs(app: FastifyInstance, email: string, password: string): Promise<StaffAgent> {
  const form = await app.inject({ url: '/admin/login' });
  const anon = cookiesFrom(form.headers['set-cookie']);
  const res = await app.inject({
    method: 'POST', url: '/admin/login', headers: { cookie: anon },
    payload: { email, password, _csrf: csrfFrom(form.body) },
  });
  if (res.statusCode !== 303) throw new Error(`login failed with ${res.statusCode}`);
  const cookie = cookiesFrom(res.headers['set-cookie']);
  const page = await app.inject({ url: '/admin/articles', headers: { cookie } });
  return { cookie, csrf: csrfFrom(page.body) };
}
