// Which of a site's locales a reader asked for in Accept-Language (RFC 9110 12.5.4),
// matched the RFC 4647 "lookup" way with one addition readers need: a range also matches
// the site's more specific tags of the same language (`uz` → `uz-Latn`, `fa` → `fa-AF`),
// since browsers send bare languages and sites publish script- or region-tagged ones.
// Headers are hostile input: anything malformed is skipped, never thrown.

export interface LanguageRange {
  /** Lowercased range: `ru-kz`, `uz`, or `*`. */
  range: string;
  /** Quality 0..1; 0 means "not acceptable". */
  q: number;
}

/** Longer headers are cut: nobody's browser sends this many languages. */
const MAX_HEADER = 1024;
const MAX_RANGES = 32;
const RANGE = /^(?:\*|[a-z]{1,8}(?:-[a-z0-9]{1,8})*)$/;
const QVALUE = /^q=(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/** The header's ranges, best first (equal qualities keep the header's order); malformed entries are left out. */
export function parseAcceptLanguage(header: string | undefined): LanguageRange[] {
  if (!header) return [];
  const ranges: LanguageRange[] = [];
  for (const part of header.slice(0, MAX_HEADER).split(',').slice(0, MAX_RANGES)) {
    const [rawRange = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    // RFC 4647 allows `_`-free ranges only; some clients send `en_US`, which is read as `en-us`.
    const range = rawRange.replace(/_/g, '-');
    if (!RANGE.test(range)) continue;
    const q = quality(params);
    if (q !== undefined) ranges.push({ range, q });
  }
  return ranges
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.q - a.entry.q || a.index - b.index)
    .map(({ entry }) => entry);
}

function quality(params: string[]): number | undefined {
  // `q = 0.1` (spaces around `=`, not allowed by RFC 9110 but sent by some clients) is read as q=0.1,
  // never as a missing weight (which would mean q=1 and promote the reader's last choice).
  const qs = params.filter((p) => /^q\s*=/.test(p));
  if (qs.length === 0) return 1;
  const match = QVALUE.exec(qs[0]!.replace(/\s+/g, ''));
  return match ? Number(match[1]) : undefined;
}

/** `uz-latn-uz` → [`uz-latn-uz`, `uz-latn`, `uz`]: RFC 4647 3.4 truncation (a single-letter subtag goes with the one after it). */
function truncations(range: string): string[] {
  const subtags = range.split('-');
  const out: string[] = [];
  for (let n = subtags.length; n >= 1; n--) {
    if (n < subtags.length && subtags[n - 1]!.length === 1) continue;
    out.push(subtags.slice(0, n).join('-'));
  }
  return out;
}

const scriptOf = (tag: string): string | undefined => tag.split('-').slice(1).find((s) => /^[a-z]{4}$/i.test(s))?.toLowerCase();

/** The script readers of a range most likely use (`uz` → `latn`, `uz-af` → `arab`), from CLDR likely subtags. */
function likelyScript(range: string): string | undefined {
  try {
    return new Intl.Locale(range).maximize().script?.toLowerCase();
  } catch {
    return undefined;
  }
}

/** The site locale a single range picks, or undefined. Never crosses an explicit script (`uz-Cyrl` ≠ `uz-Latn`). */
export function matchRange(range: string, locales: readonly string[]): string | undefined {
  const wantedScript = scriptOf(range);
  const compatible = (tag: string) => !wantedScript || !scriptOf(tag) || scriptOf(tag) === wantedScript;
  for (const prefix of truncations(range)) {
    const exact = locales.find((l) => l.toLowerCase() === prefix);
    if (exact && compatible(exact)) return exact;
    const wider = locales.filter((l) => l.toLowerCase().startsWith(`${prefix}-`) && compatible(l));
    if (wider.length > 0) {
      const likely = likelyScript(range);
      return wider.find((l) => scriptOf(l) === likely) ?? wider[0];
    }
  }
  return undefined;
}

/**
 * The best site locale for an Accept-Language header, or undefined when nothing acceptable
 * matches (the caller falls back to the site default). `*` stands for any locale the header
 * did not refuse with q=0, the default first.
 */
export function negotiateLocale(header: string | undefined, locales: readonly string[], defaultLocale: string): string | undefined {
  const ranges = parseAcceptLanguage(header);
  // q=0 refuses the tags the range covers (RFC 4647 basic filtering): `fa;q=0` refuses `fa-AF`, `en-gb;q=0` leaves `en`.
  const zero = ranges.filter((r) => r.q === 0 && r.range !== '*').map((r) => r.range);
  const refused = new Set(locales.filter((l) => zero.some((r) => l.toLowerCase() === r || l.toLowerCase().startsWith(`${r}-`))));
  for (const { range, q } of ranges) {
    if (q === 0) continue;
    if (range === '*') return [defaultLocale, ...locales].find((l) => locales.includes(l) && !refused.has(l));
    const match = matchRange(range, locales);
    if (match && !refused.has(match)) return match;
  }
  return undefined;
}
