// For the Russian admin tests (issue 5): the Latin-letter words a page still shows people, so a test can say
// that no English is left on it. Reads the text and the attributes people hear or see (aria-label, title,
// placeholder, alt); leaves out what is data, not interface: typed text (textarea), code, preformatted text.
const DATA_ELEMENTS = /<(script|style|textarea|code|pre)\b[^>]*>[\s\S]*?<\/\1>/g;
const READ_ATTRIBUTES = /\s(?:aria-label|title|placeholder|alt)="([^"]*)"/g;

/**
 * Words of three or more Latin letters, other than those allowed (names, slugs…). "Serai" (the product) and
 * "English" (in the header's language choice, each language by its own name) are always allowed.
 */
export function englishWordsIn(html: string, allowed: readonly string[] = []): string[] {
  const page = html.replace(DATA_ELEMENTS, ' ');
  const attributes = [...page.matchAll(READ_ATTRIBUTES)].map((found) => found[1]!);
  const text = page.replace(/<title>[\s\S]*?<\/title>/, (title) => ` ${title} `).replace(/<[^>]*>/g, ' ');
  const words = `${text} ${attributes.join(' ')}`.replace(/&[a-z]+;|&#\d+;/g, ' ').match(/[A-Za-z][A-Za-z'’-]{2,}/g) ?? [];
  const ok = new Set(['Serai', 'English', ...allowed].map((word) => word.toLowerCase()));
  return [...new Set(words)].filter((word) => !ok.has(word.toLowerCase()));
}
