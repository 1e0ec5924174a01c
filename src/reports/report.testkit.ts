// Helpers for the report tests: the form page, its token, and a report posted as a browser
// without JavaScript would (form-encoded, same origin), from a given network and cookie.
import type { TestContext } from '../../test/build-test-app.ts';
import { cookiesFrom } from '../../test/login.ts';

export const reportPath = (slug: string, commentId: string, locale = 'en') => `/${locale}/articles/${slug}/comments/${commentId}/report`;

export function tokenIn(html: string): string {
  const match = /name="token" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('no report token in the page');
  return match[1]!;
}

export interface ReportOptions { ip?: string; cookie?: string; reason?: string; token?: string | null; origin?: string; locale?: string }

/** GETs the form (for its token) then POSTs the report; answers the POST and the cookie it set. */
export async function postReport(t: TestContext, slug: string, commentId: string, options: ReportOptions = {}) {
  const path = reportPath(slug, commentId, options.locale);
  let token = options.token;
  if (token === undefined) {
    const form = await t.app.inject({ url: path, remoteAddress: options.ip ?? '192.0.2.1' });
    if (form.statusCode !== 200) throw new Error(`report form answered ${form.statusCode}`);
    token = tokenIn(form.body);
  }
  const fields = new URLSearchParams();
  if (token !== null) fields.set('token', token);
  if (options.reason !== '') fields.set('reason', options.reason ?? 'abuse');
  const res = await t.app.inject({
    method: 'POST', url: path, payload: fields.toString(), remoteAddress: options.ip ?? '192.0.2.1',
    headers: {
      'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': options.origin ? 'cross-site' : 'same-origin',
      ...(options.origin ? { origin: options.origin } : {}), ...(options.cookie ? { cookie: options.cookie } : {}),
    },
  });
  return { res, cookie: options.cookie ?? cookiesFrom(res.headers['set-cookie']) };
}
