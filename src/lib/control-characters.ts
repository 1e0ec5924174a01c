// Form text arrives with whatever bytes a client sends. Control characters other than
// tab and line breaks are never meaningful in a newsroom's text, and PostgreSQL refuses
// NUL in text columns outright (a 500 waiting to happen), so they are dropped on arrival.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function stripControlCharacters(value: string): string {
  return value.replace(CONTROL, '');
}

/** Cleans every string in a parsed form body (strings, arrays of strings, nested objects), in place. */
export function stripControlCharactersDeep(value: unknown): unknown {
  if (typeof value === 'string') return stripControlCharacters(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = stripControlCharactersDeep(value[i]);
    return value;
  }
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = stripControlCharactersDeep(record[key]);
  }
  return value;
}
