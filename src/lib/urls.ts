// Public URLs, in one place so links, redirects, feeds and tests agree.
// Every public path carries the locale first: /{locale}/...
const seg = (s: string) => encodeURIComponent(s);

export const homeUrl = (locale: string) => `/${seg(locale)}/`;
export const articleUrl = (locale: string, slug: string) => `/${seg(locale)}/articles/${seg(slug)}`;
export const sectionUrl = (locale: string, slug: string) => `/${seg(locale)}/sections/${seg(slug)}`;
export const tagUrl = (locale: string, slug: string) => `/${seg(locale)}/tags/${seg(slug)}`;
export const authorUrl = (locale: string, slug: string) => `/${seg(locale)}/authors/${seg(slug)}`;

/**
 * The language switcher's link: remembers the reader's choice in a cookie, then goes on to `next`
 * (a path under that locale). Only for switcher links; hreflang and canonical links name the real pages.
 */
export const languageChoiceUrl = (locale: string, next: string) => `/language/${seg(locale)}?next=${encodeURIComponent(next)}`;

export type ImageFormat = 'webp' | 'jpg';
/** A resized variant of an uploaded image: /media/{storageKey}-{width}.{format} */
export const mediaUrl = (storageKey: string, width: number, format: ImageFormat) => `/media/${storageKey}-${width}.${format}`;

/** The site icon (also answered at /favicon.ico). */
export const FAVICON_HREF = '/assets/favicon.svg';
