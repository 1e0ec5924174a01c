// The public stylesheet, read once and served under a name that carries a hash
// of its content, so browsers and CDNs may keep it for a year: a changed file
// gets a new URL, and pages link the new one.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Stylesheet {
  href: string;
  css: string;
  etag: string;
}

const SOURCE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public/site.css');

let loaded: Stylesheet | undefined;

export function siteStylesheet(): Stylesheet {
  if (!loaded) {
    const css = fs.readFileSync(SOURCE, 'utf8');
    const hash = createHash('sha256').update(css).digest('hex').slice(0, 12);
    loaded = { href: `/assets/site-${hash}.css`, css, etag: `"${hash}"` };
  }
  return loaded;
}
