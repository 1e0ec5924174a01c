// Serialises schema.org data for a `<script type="application/ld+json">` data block. The
// block's text is raw (the HTML parser does not decode entities inside <script>), so the JSON
// itself must never contain `</script`, `<!--` or a line terminator some parsers choke on:
// `<`, `>` and `&` become \u003c \u003e \u0026 (still the same JSON strings once parsed), and
// U+2028/U+2029 are escaped too. A hostile headline stays inside its JSON string.
const UNSAFE = /[<>&\u2028\u2029]/g;

export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
