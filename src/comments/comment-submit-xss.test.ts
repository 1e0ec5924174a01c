// Nothing a commenter types becomes markup: XSS payloads in every field of a refused
// submission come back in the re-shown form as inert text, exactly as typed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { createComment } from '../../test/comment-factory.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection } from '../../test/factories.ts';
import { articleUrl } from '../lib/urls.ts';
import { normaliseName } from './comment-input.ts';
import { postComment, tokenFor } from './comment-submit.testkit.ts';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)' x='",
  'javascript:alert(document.cookie)',
  '<a href="javascript:alert(1)">click</a>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '</textarea><script>alert(1)</script>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<style>body{display:none}</style>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)} <%= 7*7 %> #{7*7}',
  '&lt;script&gt;alert(1)&lt;/script&gt; &amp;',
  '\u202Egnp.exe\u202C and \u2067isolate\u2069',
  '<!-- comment --> ]]> <![CDATA[x]]>',
];

/** Tags our templates write; anything else in the page came from a reader. */
const OUR_TAGS = new Set(['html', 'head', 'meta', 'title', 'link', 'script', 'body', 'a', 'header', 'div', 'nav', 'ul', 'li', 'main', 'p',
  'h1', 'h2', 'h3', 'h4', 'form', 'input', 'label', 'span', 'textarea', 'output', 'button', 'footer', 'bdi', 'blockquote']);
const TAG = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*\/?>/y;
const ATTRIBUTE = /\s+([\w:-]+)(?:="([^"]*)")?/g;

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Every "<" opens one of our tags, with no event handler or script URL among its attributes. */
function expectOnlyOurMarkup(html: string): void {
  const body = html.replace(/^<!doctype html>/, '');
  for (let at = body.indexOf('<'); at !== -1; at = body.indexOf('<', at + 1)) {
    TAG.lastIndex = at;
    const tag = TAG.exec(body);
    expect(tag, `markup at ${body.slice(at, at + 60)}`).not.toBeNull();
    expect(OUR_TAGS.has(tag![2]!.toLowerCase()), `tag <${tag![2]}>`).toBe(true);
    for (const [, name, value = ''] of tag![3]!.matchAll(ATTRIBUTE)) {
      expect(name!.toLowerCase().startsWith('on'), `attribute ${name}`).toBe(false);
      if (['href', 'src', 'action'].includes(name!.toLowerCase())) expect(decode(value).trim().toLowerCase()).not.toMatch(/^(javascript|data|vbscript):/);
    }
    if (tag![1] === '' && tag![2] === 'script') expect(tag![3]).toMatch(/^ type="module" src="\/assets\/js\/comments-[\w-]+\.js"$/);
  }
}

describe.each(engines)('XSS payloads in a comment submission on %s', (engine) => {
  let t: TestContext;
  let article: { id: string; path: string };
  beforeAll(async () => {
    t = await buildTestApp(engine, { commentRateLimit: 1000, commentEmailRateLimit: 1000 });
    const created = await createArticle(t.deps, { sectionId: (await createSection(t.deps)).id, slug: 'xss' });
    article = { id: created.id, path: articleUrl('en', created.slug) };
  });
  afterAll(async () => { await t.close(); });

  it.each(PAYLOADS.map((p) => [p]))('%s stays text in every field', async (payload) => {
    const parent = await createComment(t.deps, { articleId: article.id, authorName: payload.slice(0, 60) });
    const res = await postComment(t, article.path, { name: payload, email: payload, body: payload, token: tokenFor(t, article.id), parent_id: parent.id, website: '' });
    expect(res.statusCode).toBe(400);
    expectOnlyOurMarkup(res.body);
    expect(decode(/<textarea[^>]*>([\s\S]*?)<\/textarea>/.exec(res.body)![1]!)).toBe(payload);
    expect(decode(/ name="name" type="text" value="([^"]*)"/.exec(res.body)![1]!)).toBe(normaliseName(payload));
    expect(decode(/ name="email" type="email" value="([^"]*)"/.exec(res.body)![1]!)).toBe(payload.trim());
    expect(decode(/Replying to <bdi>([^<]*)<\/bdi>/.exec(res.body)![1]!)).toBe(payload.slice(0, 60));
    expect(res.body).toMatch(/<textarea [^>]*dir="auto"/);
    expect(normaliseName(payload)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('never echoes the honeypot, whatever it holds', async () => {
    for (const payload of PAYLOADS) {
      const res = await postComment(t, article.path, { name: 'Dana', email: 'dana@example.org', body: 'Hi', token: tokenFor(t, article.id), website: payload });
      expect(res.statusCode).toBe(400);
      expectOnlyOurMarkup(res.body);
      expect(res.body).toContain('<input id="comment-website" name="website" type="text" value tabindex="-1"');
    }
  });
});

describe('the markup check itself', () => {
  it.each([['<p><img src=x></p>'], ['<p onclick="x">a</p>'], ['<a href=" JaVaScRiPt:x">a</a>'], ['<p>a</p><script>x</script>'], ['<p>a <svg/onload=x></p>']])('catches %s', (html) => {
    expect(() => expectOnlyOurMarkup(html)).toThrow();
  });
});
