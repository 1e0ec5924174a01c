// Which site a request is for, decided by its Host header. Sites change rarely,
// so the list is held in memory and reloaded when an admin edits sites. reload() also
// tells the other app nodes (`sites-changed` on the event bus, through Redis), which
// reload theirs; a node that missed the message (Redis down) still reloads the list
// once it is older than a minute.
// An unknown host gets the default site: a fresh install answers on any name
// (localhost, an IP, a staging domain) without configuration.
import type { Db } from '../db/database.ts';
import { listSites, type Site } from './site.queries.ts';
import type { EventBus } from '../cluster/event-bus.ts';

export interface SiteDirectory {
  forHost(host: string | undefined): Promise<Site | undefined>;
  byId(id: string): Promise<Site | undefined>;
  all(): Promise<Site[]>;
  /** Reads the list again on next use, here and (through the bus) on every other node. */
  reload(): void;
}

/** How long a node serves its list of sites before reading it again. */
export const SITE_LIST_MAX_AGE_MS = 60_000;

export function createSiteDirectory(db: Db, clock: { now(): Date } = { now: () => new Date() }, events?: EventBus): SiteDirectory {
  let loading: Promise<Site[]> | undefined;
  let loadedAt = 0;
  const load = () => {
    const now = clock.now().getTime();
    if (loading && now - loadedAt > SITE_LIST_MAX_AGE_MS) loading = undefined;
    if (!loading) {
      loadedAt = now;
      loading = listSites(db).catch((error) => { loading = undefined; throw error; });
    }
    return loading;
  };
  // Our own publish is delivered back with origin 'local': already reloaded by reload().
  events?.subscribe((message, origin) => {
    if (message.type === 'sites-changed' && origin === 'remote') loading = undefined;
  });
  // Back from a Redis outage: a sites-changed may have been missed.
  events?.onResync(() => { loading = undefined; });
  return {
    async forHost(host) {
      const sites = await load();
      // `ar.example.` (the fully qualified form, trailing dot) is the same host as `ar.example`.
      const name = (host ?? '').toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
      return sites.find((s) => s.host === name) ?? sites.find((s) => s.isDefault) ?? sites[0];
    },
    async byId(id) {
      return (await load()).find((s) => s.id === id);
    },
    all: load,
    reload() {
      loading = undefined;
      events?.publish({ type: 'sites-changed' });
    },
  };
}
