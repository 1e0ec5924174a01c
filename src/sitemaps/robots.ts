// robots.txt: crawlers may read the public site but not the newsroom (/admin) or the
// language switcher's endpoint (/language/…, which only sets a cookie and redirects to
// pages crawlers reach directly); the sitemap index is named by its absolute URL.

export function robotsTxt(origin: string): string {
  return [
    'User-agent: *',
    'Disallow: /admin',
    'Disallow: /language/',
    '',
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n');
}
