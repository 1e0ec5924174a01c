// How much of a thread one page shows. Separate from the loaders so the address
// helpers (comment-location.ts) and the loaders can share them without an import cycle.

/** Top-level comments per page of the thread. */
export const TOP_LEVEL_PER_PAGE = 10;
/** Replies shown per top-level comment and per page: a pathological thread cannot blow up a page. */
export const REPLIES_PER_THREAD = 100;
export const REPLIES_PER_PAGE = 500;
/** Replies per page of the reply chain view (?comments_thread=), where every reply can be reached. */
export const REPLIES_PER_CHAIN_PAGE = 100;
/** A reader's own comments awaiting moderation shown on one article. */
export const OWN_PENDING_LIMIT = 50;
