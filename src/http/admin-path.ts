// Where an admin form may send the browser next (after login, after a ban): only a path inside
// /admin of this site, never another host. Anything else gets the fallback.
const ADMIN_PATH = /^\/admin(?:[/?#]|$)/;
// Printable ASCII without backslashes: browsers read "\" as "/", and "//host" would leave the site.
const SAFE_CHARACTERS = /^[\x21-\x5b\x5d-\x7e]{1,1000}$/;

export function safeAdminPath(value: unknown, fallback = '/admin'): string {
  if (typeof value !== 'string') return fallback;
  if (!ADMIN_PATH.test(value) || !SAFE_CHARACTERS.test(value) || value.includes('//')) return fallback;
  return value;
}
