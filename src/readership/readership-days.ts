// Views are counted per UTC day; the most-read window is a number of whole days ending today.
const DAY_MS = 86_400_000;

/** 'YYYY-MM-DD' of the instant, in UTC. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The first day of a window of `days` days that ends with (and includes) the day of `now`. */
export function windowStart(now: Date, days: number): string {
  return utcDay(new Date(now.getTime() - (days - 1) * DAY_MS));
}
