// First-run set-up that every install needs, demo or not: the signing secret
// and one default site, so the public pages and /admin have something to serve.
import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database.ts';
import type { Clock } from '../lib/clock.ts';
import type { Ids } from '../lib/ids.ts';
import { countSites, insertSettingIfAbsent, insertSite } from './site.queries.ts';

export async function resolveSecret(db: Db, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  return insertSettingIfAbsent(db, 'secret', randomBytes(32).toString('base64url'));
}

export async function ensureDefaultSite(deps: { db: Db; clock: Clock; ids: Ids }): Promise<boolean> {
  if ((await countSites(deps.db)) > 0) return false;
  await insertSite(deps.db, {
    id: deps.ids.next(), slug: 'main', name: 'Newsroom', host: null, defaultLocale: 'en', isDefault: true,
    locales: ['en'], createdAt: deps.clock.now().toISOString(),
  });
  return true;
}
