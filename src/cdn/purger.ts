// Asks the CDN to drop pages by surrogate key when content changes. Fire and forget:
// a slow or failing CDN never delays an editor or a reader (the page cache on the node
// is already invalidated; the CDN copy expires by s-maxage at worst).

export interface CdnPurger {
  purge(keys: readonly string[]): void;
  /** Resolves when no purge is queued or in flight (a node waits for it, briefly, when it stops). */
  idle?(): Promise<void>;
}

/** No purge URL configured. */
export const noPurging: CdnPurger = { purge: () => undefined };
