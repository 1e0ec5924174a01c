// ?page=N on public lists. Anything but a plain positive number in range is a
// missing page (404), never an error: crawlers and people type odd things.
export const PAGE_SIZE = 20;
const MAX_PAGE = 100_000;

/** The requested page, or undefined when the value cannot name a page. */
export function requestedPage(query: unknown): number | undefined {
  const raw = (query as Record<string, unknown> | undefined)?.page;
  if (raw === undefined) return 1;
  if (typeof raw !== 'string' || !/^\d{1,6}$/.test(raw)) return undefined;
  const page = Number(raw);
  return page >= 1 && page <= MAX_PAGE ? page : undefined;
}

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The URL of page N of a list: page 1 is the list's own URL, so it has one address. */
export function pageHref(path: string, page: number): string {
  return page > 1 ? `${path}?page=${page}` : path;
}
