// Time comes in through deps so tests control it; timestamps are stored as
// fixed-width UTC ISO strings, which sort and compare the same on SQLite and PostgreSQL.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can move by hand. */
export function manualClock(start: Date | string): Clock & { set(d: Date | string): void; advance(ms: number): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (d) => { current = new Date(d); },
    advance: (ms) => { current = new Date(current.getTime() + ms); },
  };
}

export function toIso(date: Date): string {
  return date.toISOString();
}
