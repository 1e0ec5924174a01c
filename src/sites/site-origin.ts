// The absolute origin of a site, for canonical and hreflang links. SERAI_PUBLIC_URL names
// the install's public address; a site with its own host name answers at that host with the
// same scheme and port (https://caravanserai.example → https://ar.caravanserai.example), so
// the Arabic site's links never point at the English site's host. Without SERAI_PUBLIC_URL
// there is no trustworthy origin (the Host header cannot go into a shared cache): ''.
import type { Site } from './site.queries.ts';

export function siteOrigin(site: Pick<Site, 'host'>, publicUrl: string | undefined): string {
  if (!publicUrl) return '';
  let url: URL;
  try {
    url = new URL(publicUrl);
  } catch {
    return '';
  }
  if (site.host) url.hostname = site.host;
  return url.origin;
}
