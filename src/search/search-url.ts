// The address of the results page (src/lib/urls.ts is shared; search owns its own).
export const searchUrl = (locale: string) => `/${encodeURIComponent(locale)}/search`;
