// Every migration, in order. Listed explicitly (no folder scan) so tsx, vitest
// and any bundler see the same set.
import type { Migration } from 'kysely';
import * as foundation from './2026-11-29T000000-foundation.ts';

export const migrations: Record<string, Migration> = {
  '2026-11-29T000000-foundation': foundation,
};
