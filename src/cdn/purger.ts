// Asks the CDN to drop pages by surrogate key when content changes. Fire and forget:
// a slow or failing CDN never delays an editor or a reader (the page cache on the node
// is already invalidated; the CDN copy expires by s-maxage at worst).

export interface CdnPurger {
  purge(keys: readonly string[]): void;
}

/** No purge URL configured. */
export const noPurging: CdnPurger = { purge: () => undefined };
