// The site's logo in the masthead, in place of its name: the name is the image's text
// alternative, and width/height are set so the page does not shift while it loads.
// The smallest variant (at least 480 px wide, or the upload itself when smaller) is sharp
// at the masthead's height even on high-density screens.
import { mediaUrl } from '../lib/urls.ts';
import type { SiteLogo } from './site.queries.ts';

export function SiteLogoImage(props: { logo: SiteLogo; siteName: string }) {
  const { logo } = props;
  const width = logo.widths[0] ?? logo.width;
  const height = Math.max(1, Math.round((width * logo.height) / Math.max(1, logo.width)));
  return <img class="site-logo" src={mediaUrl(logo.storageKey, width, 'webp')} width={width} height={height} alt={props.siteName} />;
}
