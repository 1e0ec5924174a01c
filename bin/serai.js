#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so `npx serai` and `npm start` need no build step.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';
// Point tsx at our tsconfig (JSX via preact) whatever the working directory is.
register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('../src/main.ts');
