import { jsonLdText } from './json-ld.ts';

/**
 * A schema.org data block. A data block is not script to the browser, so the strict CSP (script-src
 * 'self') does not apply to it; its text comes from jsonLdText, which leaves no `<` in it, so nothing
 * written by a journalist can close the element. This is the one raw insertion besides TrustedHtml.
 */
export function JsonLd(props: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(props.data) }} />;
}
