// Readable ASCII slugs from headlines. Cyrillic is transliterated (Russian,
// Kazakh, Kyrgyz, Tajik, Uzbek letters) so URLs stay short and shareable;
// scripts we cannot transliterate fall back to Unicode letters, which browsers show readably.
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  ә: 'a', ғ: 'gh', қ: 'q', ң: 'ng', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i', ҳ: 'h', ҷ: 'j', ӣ: 'i', ӯ: 'u', ў: 'o', ҡ: 'q',
};

export function slugify(text: string, maxLength = 80): string {
  const lowered = text.normalize('NFKC').toLocaleLowerCase('und');
  let out = '';
  for (const ch of lowered) out += CYRILLIC[ch] ?? ch;
  const slug = out
    .normalize('NFKD')
    // Accents go from Latin and Cyrillic letters only: in other scripts marks are vowels, not decoration.
    .replace(/([\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}])\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/['’ʻ`]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return trimToWord(slug, maxLength) || 'untitled';
}

function trimToWord(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  // Cut by code points, never inside a surrogate pair.
  const cut = Array.from(slug).slice(0, maxLength).join('').slice(0, maxLength).replace(/[\uD800-\uDBFF]$/, '');
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}

export function isValidSlug(slug: string): boolean {
  return /^[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*$/u.test(slug) && slug === slug.toLocaleLowerCase('und') && slug.length <= 120;
}
