import { describe, expect, it } from 'vitest';
import { idGenerator, uuidv7 } from './ids.ts';

describe('ids', () => {
  it('lays out a UUIDv7 with the timestamp first', () => {
    const id = uuidv7(0x0123456789ab, Buffer.alloc(10, 0xff));
    expect(id).toMatch(/^01234567-89ab-7fff-bfff-ffffffffffff$/);
  });

  it('sorts ids from later milliseconds after earlier ones, even if the clock steps back', () => {
    const times = [1000, 2000, 1500, 3000];
    const ids = idGenerator(() => times.shift()!);
    const made = [ids.next(), ids.next(), ids.next(), ids.next()];
    expect(made[1]! > made[0]!).toBe(true);
    expect(made[3]! > made[2]!).toBe(true);
    expect(new Set(made).size).toBe(4);
  });

  it('keeps ids made within one millisecond in the order they were made', () => {
    const ids = idGenerator(() => 5000);
    const made = Array.from({ length: 5000 }, () => ids.next());
    expect([...made].sort()).toEqual(made);
    expect(new Set(made).size).toBe(made.length);
    for (const id of made) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
