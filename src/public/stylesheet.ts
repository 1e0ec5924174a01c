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

const PUBLIC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public');
const SOURCE = path.join(PUBLIC, 'site.css');
/** Feature styles (comments, votes, …), one file per feature, appended in name order. */
const PARTS = path.join(PUBLIC, 'css');

function readParts(): string[] {
  if (!fs.existsSync(PARTS)) return [];
  return fs.readdirSync(PARTS).filter((f) => f.endsWith('.css')).sort().map((f) => fs.readFileSync(path.join(PARTS, f), 'utf8'));
}

let loaded: Stylesheet | undefined;

export function siteStylesheet(): Stylesheet {
  if (!loaded) {
    const css = [fs.readFileSync(SOURCE, 'utf8'), ...readParts()].join('\n');
    const hash = createHash('sha256').update(css).digest('hex').slice(0, 12);
    loaded = { href: `/assets/site-${hash}.css`, css, etag: `"${hash}"` };
  }
  return loaded;
}
