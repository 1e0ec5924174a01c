import { describe, expect, it } from 'vitest';
import { stripControlCharacters, stripControlCharactersDeep } from './control-characters.ts';

describe('control characters in form text', () => {
  it.each([
    ['Bish\u0000kek', 'Bishkek'],
    ['line one\r\nline two\tend', 'line one\r\nline two\tend'],
    ['bell\u0007 and delete\u007f', 'bell and delete'],
    ['Ташкент 👨‍👩‍👧', 'Ташкент 👨‍👩‍👧'],
  ])('%j → %j', (input, expected) => {
    expect(stripControlCharacters(input)).toBe(expected);
  });

  it('cleans nested form values in place', () => {
    const body = { name: 'a\u0000b', tags: ['x\u0000', 'y'], nested: { deep: '\u0001z' } };
    stripControlCharactersDeep(body);
    expect(body).toEqual({ name: 'ab', tags: ['x', 'y'], nested: { deep: 'z' } });
  });
});
