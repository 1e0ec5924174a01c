import { describe, expect, it } from 'vitest';
import { escapeHtml, withDateline } from './article-body.ts';

describe('withDateline', () => {
  it.each([
    ['<p>Text.</p>', 'BISHKEK', '<p><span class="dateline">BISHKEK —</span> Text.</p>'],
    ['<h2>Head</h2>\n<p>First.</p><p>Second.</p>', 'ALMATY', '<h2>Head</h2>\n<p><span class="dateline">ALMATY —</span> First.</p><p>Second.</p>'],
    ['<ul><li>x</li></ul>', 'OSH', '<p><span class="dateline">OSH —</span> </p><ul><li>x</li></ul>'],
    ['<p>Text.</p>', '   ', '<p>Text.</p>'],
    ['<p>Text.</p>', '<b>X</b> & "Y"', '<p><span class="dateline">&lt;b&gt;X&lt;/b&gt; &amp; &quot;Y&quot; —</span> Text.</p>'],
  ])('places the dateline in %j (%j)', (html, dateline, expected) => {
    expect(withDateline(html, dateline)).toBe(expected);
  });

  it('escapes every markup character', () => {
    expect(escapeHtml(`<a href='x'>&"`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&quot;');
  });
});
