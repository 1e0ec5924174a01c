import type { AppDeps } from '../app-deps.ts';

/** Creates the demo newsroom on an empty database (filled in by the demo work). */
export async function seedDemoIfEmpty(_deps: AppDeps, _print: (line: string) => void): Promise<void> {}
