// Clears the newsroom for `seed-demo --force`: database rows first (one transaction),
// then the image files those rows pointed at. Files are removed by their recorded
// storage keys only, never by sweeping the media folder.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { AppDeps } from '../app-deps.ts';
import { deleteAllContent, listAllMediaStorageKeys, listAllSiteIds } from './demo.queries.ts';

export type WipeDeps = Pick<AppDeps, 'db' | 'pageCache' | 'sites' | 'mediaDir'>;

/** Removes `<key>-<width>.<ext>` variants (and anything else named `<key>.*` or `<key>-*`). */
export async function removeMediaFiles(mediaDir: string, storageKey: string): Promise<void> {
  const root = path.resolve(mediaDir);
  const base = path.resolve(root, storageKey);
  if (!base.startsWith(root + path.sep)) return; // a key that escapes the media folder is not ours to delete
  const dir = path.dirname(base);
  const name = path.basename(base);
  const entries = await fs.readdir(dir).catch(() => [] as string[]);
  await Promise.all(entries
    .filter((entry) => entry.startsWith(`${name}-`) || entry.startsWith(`${name}.`))
    .map((entry) => fs.rm(path.join(dir, entry), { force: true })));
  // Tidy the year/month folders the seed leaves empty; a folder with other files stays.
  for (let folder = dir; folder !== root && folder.startsWith(root); folder = path.dirname(folder)) {
    if (!(await fs.rmdir(folder).then(() => true, () => false))) break;
  }
}

export async function wipeContent(deps: WipeDeps): Promise<void> {
  const keys = await listAllMediaStorageKeys(deps.db);
  const siteIds = await listAllSiteIds(deps.db);
  await deleteAllContent(deps.db);
  for (const key of keys) await removeMediaFiles(deps.mediaDir, key);
  for (const siteId of siteIds) deps.pageCache.invalidateSite(siteId);
  deps.sites.reload();
}
