// Which site a request is for, decided by its Host header. Sites change rarely,
// so the list is held in memory and reloaded when an admin edits sites.
// An unknown host gets the default site: a fresh install answers on any name
// (localhost, an IP, a staging domain) without configuration.
import type { Db } from '../db/database.ts';
import { listSites, type Site } from './site.queries.ts';

export interface SiteDirectory {
  forHost(host: string | undefined): Promise<Site | undefined>;
  byId(id: string): Promise<Site | undefined>;
  all(): Promise<Site[]>;
  reload(): void;
}

export function createSiteDirectory(db: Db): SiteDirectory {
  let loading: Promise<Site[]> | undefined;
  const load = () => (loading ??= listSites(db).catch((error) => { loading = undefined; throw error; }));
  return {
    async forHost(host) {
      const sites = await load();
      const name = (host ?? '').toLowerCase().replace(/:\d+$/, '');
      return sites.find((s) => s.host === name) ?? sites.find((s) => s.isDefault) ?? sites[0];
    },
    async byId(id) {
      return (await load()).find((s) => s.id === id);
    },
    all: load,
    reload() { loading = undefined; },
  };
}
