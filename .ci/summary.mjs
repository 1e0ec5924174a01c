// Adds up the vitest JSON reports of one CI run and prints one closing line,
// "Total: N passed, N failed, N skipped", so the log states how many tests ran.
import fs from 'node:fs';
import path from 'node:path';

const totals = { passed: 0, failed: 0, skipped: 0 };
for (const file of process.argv.slice(2)) {
  if (!fs.existsSync(file)) {
    console.log(`${path.basename(file)}: no report written`);
    continue;
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  const passed = report.numPassedTests ?? 0;
  const failed = report.numFailedTests ?? 0;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  const files = report.testResults?.length ?? 0;
  console.log(`${path.basename(file, '.json').padEnd(9)} ${passed} passed, ${failed} failed, ${skipped} skipped (${files} files)`);
}
console.log(`Total: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
