// `npm run i18n:check [-- --dir <catalog folder>] [--source <folder> …]`: checks the ICU
// message catalogs (src/i18n/catalogs by default; see src/i18n/CONTEXT.md) and prints, per
// namespace and locale, missing, unknown and unused keys, syntax errors and argument or
// plural mismatches (src/i18n/catalog-check.ts). Exits 1 on an error: a key missing from en
// or ru, an unknown key, a syntax error, an argument or plural mismatch. Part of `npm test`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOG_DIR } from '../src/i18n/catalog-files.ts';
import { checkCatalogs, formatCheckReport } from '../src/i18n/catalog-check.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Options { dir: string; sources: string[] }

function parseArgs(args: string[]): Options {
  let dir = CATALOG_DIR;
  const sources: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const [name, inline] = args[i]!.split('=', 2) as [string, string | undefined];
    const value = inline ?? args[++i];
    if (value === undefined || !['--dir', '--source'].includes(name)) {
      throw new Error(`usage: i18n-check [--dir <catalog folder>] [--source <folder>]… (got "${args.join(' ')}")`);
    }
    if (name === '--dir') dir = path.resolve(value);
    else sources.push(path.resolve(value));
  }
  return { dir, sources: sources.length > 0 ? sources : [path.join(ROOT, 'src'), path.join(ROOT, 'client')] };
}

try {
  const options = parseArgs(process.argv.slice(2));
  const result = checkCatalogs(options.dir, options.sources);
  console.log(formatCheckReport(result, path.relative(process.cwd(), options.dir) || '.'));
  process.exitCode = result.findings.some((f) => f.fatal) ? 1 : 0;
} catch (error) {
  console.error(`i18n:check: ${(error as Error).message}`);
  process.exitCode = 1;
}
