// The article body as readers get it: the stored, sanitised HTML with the dateline
// ("BISHKEK —") placed inside the first paragraph, before its text, as wire copy reads.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

/**
 * `bodyHtml` is sanitize-html output, whose paragraphs carry no attributes, so the
 * first `<p>` is found by its exact tag. The dateline itself is escaped here.
 */
export function withDateline(bodyHtml: string, dateline: string): string {
  const place = dateline.trim();
  if (!place) return bodyHtml;
  const marker = `<span class="dateline">${escapeHtml(place)} —</span> `;
  const first = bodyHtml.indexOf('<p>');
  if (first === -1) return `<p>${marker}</p>${bodyHtml}`;
  const at = first + '<p>'.length;
  return bodyHtml.slice(0, at) + marker + bodyHtml.slice(at);
}
