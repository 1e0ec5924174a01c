// What `npm run i18n:check` (scripts/i18n-check.ts) finds in a catalog directory, per
// namespace and locale: keys missing compared with English, keys English does not have
// (unknown), English keys no source file uses, ICU syntax errors, messages whose argument
// names differ from English's, and plurals without every form the locale's rules need.
// Fatal: anything missing from en or ru, and every error (unknown key, syntax, arguments,
// plural forms, a folder that is not a canonical tag). Other locales' gaps are reported
// only: those keys fall back to English.
import fs from 'node:fs';
import path from 'node:path';
import { catalogTags, NAMESPACES, namespaceFiles, readCatalogFile, SOURCE_LOCALE, type CatalogFile } from './catalog-files.ts';
import { argumentNames, parseMessage, pluralElements } from './message-format.ts';

/** Locales that must be complete: English is the fallback, Russian the interface's second language (issue 5). */
export const REQUIRED_LOCALES = [SOURCE_LOCALE, 'ru'];

export type FindingKind = 'missing' | 'unknown' | 'unused' | 'syntax' | 'arguments' | 'plural' | 'file';

export interface Finding {
  namespace: string;
  locale: string;
  kind: FindingKind;
  key?: string;
  detail?: string;
  fatal: boolean;
}

export interface CheckResult {
  locales: string[];
  namespaces: string[];
  /** The locales that have a file, by namespace. */
  files: Record<string, string[]>;
  findings: Finding[];
}

export function checkCatalogs(dir: string, sourceDirs: readonly string[]): CheckResult {
  // A required locale whose folder is gone is checked too (every key then counts as missing).
  const found = catalogTags(dir);
  const locales = [...found, ...REQUIRED_LOCALES.filter((tag) => tag !== SOURCE_LOCALE && !found.includes(tag))];
  const findings: Finding[] = [];
  for (const tag of locales) {
    if (!isCanonicalTag(tag)) findings.push({ namespace: '*', locale: tag, kind: 'file', detail: 'folder name is not a canonical BCP 47 tag', fatal: true });
  }
  if (!locales.includes(SOURCE_LOCALE)) findings.push({ namespace: '*', locale: SOURCE_LOCALE, kind: 'file', detail: 'no English catalog', fatal: true });
  // The app's namespaces in their own order, then any other file found.
  const files0 = new Set(found.flatMap((tag) => namespaceFiles(dir, tag)));
  const namespaces = [...NAMESPACES.filter((n) => files0.has(n)), ...[...files0].filter((n) => !(NAMESPACES as readonly string[]).includes(n)).sort()];
  const sources = sourceText(sourceDirs);
  const files: Record<string, string[]> = {};
  for (const namespace of namespaces) {
    const english = load(dir, SOURCE_LOCALE, namespace, findings) ?? undefined;
    files[namespace] = [];
    for (const tag of locales) {
      const file = tag === SOURCE_LOCALE ? english : load(dir, tag, namespace, findings);
      if (file === null) continue; // unreadable: reported as such, nothing more to say
      if (file) files[namespace].push(tag);
      checkLocale(namespace, tag, file, english, findings);
    }
    for (const key of Object.keys(english ?? {})) {
      if (!isUsed(sources, key)) findings.push({ namespace, locale: SOURCE_LOCALE, kind: 'unused', key, fatal: false });
    }
  }
  return { locales, namespaces, files, findings };
}

/** The file, undefined when absent, null when it cannot be read (a finding says why). */
function load(dir: string, tag: string, namespace: string, findings: Finding[]): CatalogFile | undefined | null {
  try {
    return readCatalogFile(dir, tag, namespace);
  } catch (error) {
    findings.push({ namespace, locale: tag, kind: 'file', detail: (error as Error).message.split(`${process.cwd()}${path.sep}`).join(''), fatal: true });
    return null;
  }
}

function checkLocale(namespace: string, tag: string, file: CatalogFile | undefined, english: CatalogFile | undefined, findings: Finding[]): void {
  const required = REQUIRED_LOCALES.includes(tag);
  const add = (kind: FindingKind, fatal: boolean, key?: string, detail?: string) => {
    findings.push({ namespace, locale: tag, kind, fatal, ...(key === undefined ? {} : { key }), ...(detail === undefined ? {} : { detail }) });
  };
  const own = file ?? {};
  const englishKeys = Object.keys(english ?? {});
  if (!file && !required && englishKeys.length > 0) return add('missing', false, undefined, `no file: all ${englishKeys.length} keys fall back to English`);
  for (const key of englishKeys) if (!Object.hasOwn(own, key)) add('missing', required, key);
  for (const [key, source] of Object.entries(own)) {
    if (english && !Object.hasOwn(english, key)) add('unknown', true, key);
    else if (!english && tag !== SOURCE_LOCALE) add('unknown', true, key, 'English has no such namespace');
    if (typeof source !== 'string' || source.trim() === '') add('syntax', true, key, 'empty message: the interface would show nothing');
    else checkMessage(tag, source, english?.[key], (kind, detail) => add(kind, true, key, detail));
  }
}

/** Syntax, argument names against English's, and the plural forms the locale's rules need. */
function checkMessage(tag: string, source: string, englishSource: string | undefined, fail: (kind: FindingKind, detail: string) => void): void {
  let ast;
  try {
    ast = parseMessage(source, tag).getAst();
  } catch (error) {
    return fail('syntax', (error as Error).message);
  }
  if (englishSource !== undefined && tag !== SOURCE_LOCALE) {
    let expected: string[] | undefined;
    try {
      expected = argumentNames(parseMessage(englishSource, SOURCE_LOCALE).getAst());
    } catch {
      expected = undefined; // English's own syntax error is reported under en.
    }
    const actual = argumentNames(ast);
    if (expected && actual.join() !== expected.join()) fail('arguments', `{${actual.join(', ')}} where English has {${expected.join(', ')}}`);
  }
  const needed = pluralCategories(tag);
  for (const plural of pluralElements(ast)) {
    const absent = needed.filter((category) => !plural.categories.includes(category));
    if (absent.length > 0) fail('plural', `{${plural.arg}} lacks ${absent.join(', ')} (${tag} uses ${needed.join(', ')})`);
  }
}

function pluralCategories(tag: string): string[] {
  try {
    return [...new Intl.PluralRules(tag).resolvedOptions().pluralCategories];
  } catch {
    return ['other'];
  }
}

function isCanonicalTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag)[0] === tag;
  } catch {
    return false;
  }
}

/** The code of the given folders (tests and catalogs left out: a key used only by a test is unused). */
function sourceText(dirs: readonly string[]): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'catalogs') walk(full);
      } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        parts.push(fs.readFileSync(full, 'utf8'));
      }
    }
  };
  for (const dir of dirs) if (fs.existsSync(dir)) walk(dir);
  return parts.join('\n');
}

/** A key counts as used where code names it: `m.key`, `'key'`, `"key"` or `` `key` ``. */
function isUsed(sources: string, key: string): boolean {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:\\.|['"\`])${escaped}(?![\\w$-])`).test(sources);
}

const LABEL: Record<FindingKind, string> = {
  missing: 'missing', unknown: 'unknown (not in en)', unused: 'unused (no source file names it)',
  syntax: 'ICU syntax error', arguments: 'arguments differ from en', plural: 'plural forms missing', file: 'bad file',
};

/** The report, per namespace and locale, errors marked; the last line says whether the check failed. */
export function formatCheckReport(result: CheckResult, dir: string): string {
  const lines = [`i18n:check ${dir}: ${result.locales.length} locales (${result.locales.join(', ')}), ${result.namespaces.length} namespaces`];
  const width = Math.max(8, ...result.locales.map((tag) => tag.length + 1));
  for (const namespace of ['*', ...result.namespaces]) {
    const own = result.findings.filter((f) => f.namespace === namespace);
    if (namespace === '*' && own.length === 0) continue;
    lines.push('', namespace === '*' ? 'catalog folders' : namespace);
    for (const locale of reportOrder(result.locales)) {
      const mine = own.filter((f) => f.locale === locale);
      if (namespace === '*' && mine.length === 0) continue;
      const label = locale.padEnd(width);
      if (mine.length === 0 && !result.files[namespace]?.includes(locale)) lines.push(`  ${label}no file`);
      else lines.push(...localeLines(mine, label));
    }
  }
  const errors = result.findings.filter((f) => f.fatal).length;
  const notes = result.findings.length - errors;
  lines.push('', errors > 0
    ? `✗ ${errors} error${errors === 1 ? '' : 's'} (marked ERROR above), ${notes} note${notes === 1 ? '' : 's'}`
    : `✓ no errors; ${notes} note${notes === 1 ? '' : 's'} (other locales' missing keys fall back to English)`);
  return lines.join('\n');
}

/** English first, then the other required locales, then the rest alphabetically. */
function reportOrder(locales: string[]): string[] {
  const first = REQUIRED_LOCALES.filter((tag) => tag === SOURCE_LOCALE || locales.includes(tag));
  return [...first, ...locales.filter((tag) => !first.includes(tag))];
}

function localeLines(findings: Finding[], label: string): string[] {
  if (findings.length === 0) return [`  ${label}ok`];
  const lines: string[] = [];
  const keyed = (kind: FindingKind) => findings.filter((f) => f.kind === kind && f.detail === undefined);
  for (const kind of ['missing', 'unknown', 'unused'] as const) {
    const list = keyed(kind);
    if (list.length === 0) continue;
    const mark = list.some((f) => f.fatal) ? 'ERROR ' : '';
    lines.push(`  ${label}${mark}${LABEL[kind]} (${list.length}): ${list.map((f) => f.key).join(', ')}`);
  }
  for (const f of findings.filter((f) => f.detail !== undefined)) {
    lines.push(`  ${label}${f.fatal ? 'ERROR ' : ''}${LABEL[f.kind]}${f.key ? ` in ${f.key}` : ''}: ${f.detail}`);
  }
  return lines;
}
