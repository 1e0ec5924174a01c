// The quality bars every public page meets: valid HTML (Nu HTML Checker, 0 errors)
// and no axe-core violations. Each returns the problems as readable text, so a failing
// assertion prints what to fix.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const VNU_JAR = String(require('vnu-jar'));
const run = promisify(execFile);

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  message: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  extract?: string;
}

/**
 * Validates several HTML documents in one Java start-up (the slow part, ~2 s).
 * Returns, per document name, its errors as text; warnings are left out.
 */
export async function htmlErrors(documents: Record<string, string>): Promise<Record<string, string[]>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serai-vnu-'));
  try {
    const files = Object.entries(documents).map(([name, html], i) => {
      const file = path.join(dir, `${i}.html`);
      fs.writeFileSync(file, html);
      return { name, file };
    });
    const { stdout } = await run('java', ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always', ...files.map((f) => f.file)],
      { maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
    const messages = (JSON.parse(stdout) as { messages: VnuMessage[] }).messages;
    const result: Record<string, string[]> = {};
    for (const { name, file } of files) {
      result[name] = messages
        .filter((m) => m.type !== 'info' && m.url !== undefined && decodeURIComponent(new URL(m.url).pathname) === file)
        .map((m) => `line ${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${m.message}${m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim()}` : ''}`);
    }
    const unplaced = messages.filter((m) => m.type !== 'info' && !files.some((f) => m.url && decodeURIComponent(new URL(m.url).pathname) === f.file));
    if (unplaced.length) throw new Error(`vnu reported problems not tied to a document: ${JSON.stringify(unplaced)}`);
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** axe-core's violations on the page as it is now, one line per offending element. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    at ${node.target.join(' ')}\n    ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`));
}
