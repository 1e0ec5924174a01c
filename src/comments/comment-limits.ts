// The limits a comment must meet, shared by the server, the form and the browser counter.
/** Characters as readers see them (extended grapheme clusters): countGraphemes in src/lib/graphemes.ts. */
export const COMMENT_MAX_GRAPHEMES = 1500;
export const NAME_MAX_GRAPHEMES = 60;
export const EMAIL_MAX_LENGTH = 254;
/**
 * Against abuse (thousands of combining marks on one letter), not against real text:
 * 1,500 family emoji (25 bytes each) take 37.5 KB, well under this.
 */
export const COMMENT_MAX_BYTES = 96 * 1024;
