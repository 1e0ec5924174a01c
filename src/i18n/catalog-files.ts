// Where the catalogs live and how they are read: src/i18n/catalogs/<tag>/<namespace>.json,
// one folder per locale (canonical BCP 47 tag), one flat JSON object per namespace, key →
// ICU MessageFormat string. Read synchronously: the engine loads a file the first time a
// page asks for it, and `npm run i18n:check` reads them all.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CATALOG_DIR = fileURLToPath(new URL('./catalogs/', import.meta.url));

/** The namespaces, one JSON file each; catalog.ts types their keys from the English files. */
export const NAMESPACES = [
  'common', 'commentForm', 'commentThread', 'votes', 'reports', 'commentPolicy', 'errors',
  'adminCommon', 'adminArticles', 'adminUsers', 'adminTaxonomy', 'adminModeration', 'adminSettings',
  'readership',
  'search',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** English is complete: every key falls back to it, and its files define the keys. */
export const SOURCE_LOCALE = 'en';

export type CatalogFile = Readonly<Record<string, string>>;

/** The locale folders present (their names are the tags). */
export function catalogTags(dir = CATALOG_DIR): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

/** The namespace files present in one locale folder, by name (without `.json`). */
export function namespaceFiles(dir: string, tag: string): string[] {
  return fs.readdirSync(path.join(dir, tag)).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -5)).sort();
}

/**
 * One namespace of one locale as key → message; undefined when the file is absent. Throws
 * (naming the file) when it is not a JSON object of strings.
 */
export function readCatalogFile(dir: string, tag: string, namespace: string): CatalogFile | undefined {
  const file = path.join(dir, tag, `${namespace}.json`);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`${file}: not a JSON object`);
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'string') throw new Error(`${file}: "${key}" is not a string`);
  }
  return data as CatalogFile;
}
