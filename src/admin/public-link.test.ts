// Where the admin's links to public pages point when the admin works on a site other than
// the Host's (issue 5 review): relative on the Host's site, else the chosen site's origin.
import { describe, expect, it } from 'vitest';
import { publicLinkBase } from './public-link.ts';

const main = { id: 'main', host: null };
const arabic = { id: 'ar', host: 'ar.localhost' };
const demo = { protocol: 'http', host: '127.0.0.1:3000' } as const;

describe('publicLinkBase', () => {
  it.each([
    ['the Host’s own site: relative', demo, arabic, arabic, undefined, ''],
    ['the Host’s own site, even with SERAI_PUBLIC_URL', demo, arabic, arabic, 'https://news.example', ''],
    ['another site under SERAI_PUBLIC_URL: its host, the public scheme and port', demo, arabic, main, 'https://news.example:8443/', 'https://ar.localhost:8443'],
    ['the default site (no host name) under SERAI_PUBLIC_URL: the public address', { protocol: 'http', host: 'ar.localhost:3000' }, main, arabic, 'https://news.example', 'https://news.example'],
    ['the demo: the request’s scheme and port at the site’s host', demo, arabic, main, undefined, 'http://ar.localhost:3000'],
    ['https on the default port', { protocol: 'https', host: 'news.example' }, arabic, main, undefined, 'https://ar.localhost'],
    ['an IPv6 Host', { protocol: 'http', host: '[::1]:3000' }, arabic, main, undefined, 'http://ar.localhost:3000'],
    ['no host name and no SERAI_PUBLIC_URL: only reachable as the default, relative', { protocol: 'http', host: 'ar.localhost:3000' }, main, arabic, undefined, ''],
    ['no usable Host header', { protocol: 'http', host: '' }, arabic, main, undefined, ''],
    ['no site answers the Host (none set up): still the chosen site’s origin', demo, arabic, undefined, undefined, 'http://ar.localhost:3000'],
  ] as const)('%s', (_name, request, adminSite, hostSite, publicUrl, expected) => {
    expect(publicLinkBase(request, adminSite, hostSite, publicUrl)).toBe(expected);
  });
});
