#!/usr/bin/env -S node --max-semi-space-size=4 --heap-growing-percent=10
// `serai` and `npm start`. Runs the TypeScript sources bundled into one module at start
// (bin/lib/bundle.js says why); no build step. SERAI_RUN_SOURCES=1 runs the sources through tsx
// instead, file by file (what the tests do), and is the fallback when bundling is impossible
// (e.g. a read-only install folder).
import fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The shebang's V8 flags keep a node's memory small (src/cli/node-flags.ts says how and why);
// `npm start`, the cluster workers and the systemd unit pass the same ones. V8 flags cannot be
// set reliably from inside a running process.

async function runSources() {
  const { register } = await import('tsx/esm/api');
  // Point tsx at our tsconfig (JSX via preact) whatever the working directory is.
  register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
  await import('../src/main.ts');
}

async function bundlePath() {
  // Cluster workers (and child commands) reuse the bundle their parent made.
  if (process.env.SERAI_BUNDLE && fs.existsSync(process.env.SERAI_BUNDLE)) return process.env.SERAI_BUNDLE;
  const { bundleServer } = await import('./lib/bundle.js');
  const file = await bundleServer();
  process.env.SERAI_BUNDLE = file;
  return file;
}

if (process.env.SERAI_RUN_SOURCES === '1') {
  await runSources();
} else {
  let file;
  try {
    file = await bundlePath();
  } catch (error) {
    console.error(`serai: running the sources directly (could not bundle them: ${error.message ?? error})`);
    await runSources();
  }
  if (file) await import(pathToFileURL(file).href);
}
