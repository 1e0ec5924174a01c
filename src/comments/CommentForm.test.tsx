import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { CommentForm, type CommentFormProps } from './CommentForm.tsx';

const base: CommentFormProps = {
  action: '/en/articles/border/comments', locale: 'en', token: 'tok.en', values: { name: '', email: '', body: '' },
  errors: {}, policyHref: '/en/comment-policy',
};
const html = (props: Partial<CommentFormProps> = {}) => renderToString(<CommentForm {...base} {...props} />);

describe('CommentForm', () => {
  it('has the required fields, the legend, the policy link and a full counter, and never a maxlength', () => {
    const form = html();
    expect(form).toContain('<form id="comment-form" class="comment-form" method="post" action="/en/articles/border/comments"');
    expect(form).toContain('* Denotes Required Field');
    expect(form).toContain('<a class="comment-policy-link" href="/en/comment-policy">Comment Policy</a>');
    expect(form).toMatch(/<output id="comment-counter" class="comment-counter"[^>]*>1500 \/ 1500<\/output>/);
    expect(form).toContain('aria-live="polite"');
    expect(form).toMatch(/<input id="comment-name" name="name" type="text" value required/);
    expect(form).toMatch(/<input id="comment-email" name="email" type="email" value required autocomplete="email"/);
    expect(form).toMatch(/<textarea id="comment-body" name="body" rows="6" required/);
    expect(form).toContain('<input type="hidden" name="token" value="tok.en"/>');
    expect(form).toMatch(/<label for="comment-website">Leave this field empty<\/label><input id="comment-website" name="website" type="text" value tabindex="-1" autocomplete="off"/);
    expect(form).toContain('>Post comment</button>');
    expect(form).toContain('Plain text, up to 1,500 characters.');
    expect(form.toLowerCase()).not.toContain('maxlength');
    expect(form).not.toContain('parent_id');
    expect(form).not.toContain('error-summary');
  });

  it('speaks Russian in a Russian form', () => {
    const form = html({ locale: 'ru' });
    expect(form).toContain('* Обязательные поля');
    expect(form).toContain('>Отправить</button>');
    expect(form).toContain('1500 / 1500');
    expect(form).toContain('Обычный текст, до 1\u00a0500 символов.');
  });

  it('shows the errors in a summary linking to the fields and beside each field, with the text kept', () => {
    const body = 'x'.repeat(1503);
    const form = html({ values: { name: 'Dana', email: 'dana@example.org', body }, errors: { form: 'Slow down.', body: 'Too long.' } });
    expect(form).toMatch(/<div id="comment-form-errors" class="error-summary comment-form-errors" role="alert" tabindex="-1"/);
    expect(form).toContain('<li>Slow down.</li><li><a href="#comment-body">Too long.</a></li>');
    expect(form).toContain('<p class="field-error" id="comment-body-error">Too long.</p>');
    expect(form).toMatch(/<textarea[^>]*aria-invalid="true" aria-describedby="comment-body-hint comment-body-error comment-counter-message">x{1503}<\/textarea>/);
    expect(form).toContain('class="comment-counter comment-counter-over"');
    expect(form).toContain('>-3 / 1500</output>');
    expect(form).toContain('3 characters too many');
    expect(form).toContain('value="Dana"');
  });

  it('answers a comment: its id in parent_id, "Replying to NAME" and a way back', () => {
    const form = html({ replyTo: { id: 'c-1', authorName: 'Айгуль' }, cancelReplyHref: '/en/articles/border#comments' });
    expect(form).toContain('<input type="hidden" name="parent_id" value="c-1"/>');
    expect(form).toContain('Replying to <bdi>Айгуль</bdi> <a class="comment-form-cancel" href="/en/articles/border#comments">Cancel reply</a>');
  });

  it('renders what readers typed as text', () => {
    const evil = '"><script>alert(1)</script><svg onload=alert(1)>';
    const form = html({ values: { name: evil, email: evil, body: `</textarea>${evil}` }, replyTo: { id: 'c"1', authorName: evil }, errors: { name: evil } });
    expect(form).not.toContain('<script>');
    expect(form).not.toContain('<svg');
    expect(form).toContain('>&lt;/textarea>&quot;>&lt;script>');
    expect(form.match(/<\/textarea>/g)).toHaveLength(1);
  });
});
