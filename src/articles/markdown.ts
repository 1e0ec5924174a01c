// Article bodies are written in Markdown and rendered to HTML once, on save.
// Raw HTML in the Markdown is not interpreted, and the output passes through
// sanitize-html anyway, so a compromised editor account cannot plant script.
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true, breaks: false });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['h2', 'h3', 'h4', 'p', 'br', 'hr', 'blockquote', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 's', 'code', 'pre', 'a', 'sup', 'sub', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  allowedAttributes: { a: ['href', 'title', 'rel'], th: ['scope'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  transformTags: {
    // The headline is the page's h1: body headings start at h2.
    h1: 'h2',
    a: (tagName, attribs) => {
      const external = /^https?:\/\//i.test(attribs.href ?? '');
      return { tagName, attribs: external ? { ...attribs, rel: 'noopener' } : attribs };
    },
  },
};

export function renderArticleBody(markdownSource: string): string {
  return sanitizeHtml(markdown.render(markdownSource), SANITIZE);
}
