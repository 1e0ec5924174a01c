// `serai serve --workers N|auto`: how many cluster workers, validated before anything starts.
import os from 'node:os';
import { UsageError } from './command.ts';

export const MAX_WORKERS = 64;

/** undefined: no --workers, serve in this process. */
export function parseWorkerCount(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (raw.trim() === 'auto') return Math.min(MAX_WORKERS, Math.max(1, os.availableParallelism()));
  const count = /^\d{1,3}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (!(count >= 1 && count <= MAX_WORKERS)) {
    throw new UsageError(`--workers must be a whole number from 1 to ${MAX_WORKERS}, or "auto" (one per CPU); got "${raw}"`);
  }
  return count;
}
