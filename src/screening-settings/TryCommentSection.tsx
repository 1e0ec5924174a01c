// "Try a comment": the text is screened exactly as a new comment on this site would be (checkComment → screenText
// with the site's settings and words) and the verdict, score, language and reasons are shown with the matched words
// highlighted. Nothing is stored. Facts only a real submission has (bans, flooding, duplicates) are left out.
import { CsrfField } from '../admin/forms.tsx';
import { splitAtSpans } from '../lib/highlight.ts';
import type { CheckedComment } from './check-comment.ts';
import { formatScore } from './screening-settings-form.ts';
import { LANGUAGE_NAMES, languageOptions } from './ScreeningTermsSection.tsx';

const TRY_PATH = '/admin/settings/screening/try';

export interface TryState { text: string; language: string; result?: CheckedComment; error?: string }

const VERDICT_LABEL: Record<CheckedComment['verdict'], string> = {
  approve: 'Approve: would be published (or queued as usual under pre-moderation)',
  hold: 'Hold: would wait in “Held by screening”',
  reject: 'Reject: would be refused',
};

const REASON_LABEL: Record<string, string> = {
  profanity: 'Profanity or insult', slur: 'Slur', hate: 'Hate or incitement', threat: 'Threat',
  phone_number: 'Phone number', email_address: 'E-mail address', personal_data: 'Personal data',
  blocked_domain: 'Link to a blocked domain', link_only: 'Only links', too_many_links: 'Too many links',
  shouting: 'Shouting (capitals)', repeated_characters: 'Repeated characters', emoji_flood: 'Mostly emoji',
  empty_text: 'Empty', too_long: 'Too long', duplicate_text: 'Same text elsewhere', flooding: 'Flooding',
  banned_commenter: 'Banned commenter', article_closed: 'Comments closed',
};

/** The text with each evidence span in <mark class="screening-match">, everything escaped by Preact. */
export function HighlightedText(props: { text: string; spans: CheckedComment['spans'] }) {
  const parts = splitAtSpans(props.text, props.spans).map((part) => (part.mark ? <mark class="screening-match">{part.text}</mark> : part.text));
  return <p class="screening-try-text">{parts}</p>;
}

function Result(props: { text: string; result: CheckedComment }) {
  const { result } = props;
  const language = result.lang === 'und' ? 'mixed or unrecognised script (every lexicon applied)' : `${LANGUAGE_NAMES[result.lang] ?? result.lang} (${result.lang})`;
  return (
    <div id="screening-try-result" class={`screening-try-result screening-verdict-${result.verdict}`} data-verdict={result.verdict} role="status">
      <h3>Result</h3>
      <dl class="screening-try-facts">
        <dt>Verdict</dt><dd class="screening-try-verdict">{VERDICT_LABEL[result.verdict]}</dd>
        <dt>Score</dt><dd class="screening-try-score" data-score={String(result.score)}>{formatScore(result.score)}</dd>
        <dt>Language</dt><dd class="screening-try-lang" data-lang={result.lang}>{language}</dd>
      </dl>
      {result.reasons.length === 0 ? <p>No reasons: nothing in the text was flagged.</p> : (
        <ul class="screening-reasons">
          {result.reasons.map((reason) => (
            <li data-code={reason.code}>
              <span class="screening-reason-label">{REASON_LABEL[reason.code] ?? reason.code}</span>
              {reason.match !== undefined ? <> <q>{reason.match}</q></> : null}
            </li>
          ))}
        </ul>
      )}
      <HighlightedText text={props.text} spans={result.spans} />
    </div>
  );
}

export function TryCommentSection(props: { csrfToken: string; state: TryState }) {
  const { state } = props;
  return (
    <section aria-labelledby="screening-try-heading" class="screening-section" id="screening-try">
      <h2 id="screening-try-heading">Try a comment</h2>
      <form method="post" action={`${TRY_PATH}#screening-try`} class="stack" id="screening-try-form">
        <CsrfField token={props.csrfToken} />
        <div class={state.error ? 'field field-invalid' : 'field'}>
          <label for="field-try-text">Comment text</label>
          <p class="hint" id="field-try-text-hint">Screened with this site’s settings and words, as a new comment would be. Nothing is stored.</p>
          {state.error ? <p class="field-error" id="field-try-text-error" role="alert">{state.error}</p> : null}
          <textarea id="field-try-text" name="text" rows={5} aria-invalid={state.error ? 'true' : undefined}
            aria-describedby={state.error ? 'field-try-text-hint field-try-text-error' : 'field-try-text-hint'}>{state.text}</textarea>
        </div>
        <div class="field">
          <label for="field-try-language">Language</label>
          <select id="field-try-language" name="language">
            <option value="" selected={state.language === ''}>Detect from the text</option>
            {languageOptions().map((o) => <option value={o.value} selected={o.value === state.language}>{o.label}</option>)}
          </select>
        </div>
        <div class="actions"><button type="submit" class="button button-primary">Check</button></div>
      </form>
      {state.result ? <Result text={state.text} result={state.result} /> : null}
    </section>
  );
}
