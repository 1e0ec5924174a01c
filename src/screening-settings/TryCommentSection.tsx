// "Try a comment": the text is screened exactly as a new comment on this site would be (checkComment → screenText
// with the site's settings and words) and the verdict, score, language and reasons are shown with the matched words
// highlighted. Nothing is stored. Facts only a real submission has (bans, flooding, duplicates) are left out.
// Reason codes stay as they are in data-code (tests and the queue share them); only their names are translated.
import { useAdminLocale, useAdminMessages } from '../admin/admin-i18n.tsx';
import type { CodedError } from '../admin/field-error-codes.ts';
import { CsrfField } from '../admin/forms.tsx';
import { t, type MessageKey } from '../i18n/catalog.ts';
import { splitAtSpans } from '../lib/highlight.ts';
import type { CheckedComment } from './check-comment.ts';
import { CATEGORY_NAME, lexiconLanguageOptions, useLanguageLabel } from './ScreeningTermsSection.tsx';

const TRY_PATH = '/admin/settings/screening/try';

export interface TryState { text: string; language: string; result?: CheckedComment; error?: CodedError<'adminSettings'> }

type Key = MessageKey<'adminSettings'>;

const VERDICT_NAME: Record<CheckedComment['verdict'], Key> = { approve: 'verdictApprove', hold: 'verdictHold', reject: 'verdictReject' };

const REASON_NAME: Record<string, Key> = {
  ...CATEGORY_NAME,
  phone_number: 'reasonPhoneNumber', email_address: 'reasonEmailAddress', personal_data: 'reasonPersonalData',
  blocked_domain: 'reasonBlockedDomain', link_only: 'reasonLinkOnly', too_many_links: 'reasonTooManyLinks',
  shouting: 'reasonShouting', repeated_characters: 'reasonRepeatedCharacters', emoji_flood: 'reasonEmojiFlood',
  empty_text: 'reasonEmptyText', too_long: 'reasonTooLong', duplicate_text: 'reasonDuplicateText', flooding: 'reasonFlooding',
  banned_commenter: 'reasonBannedCommenter', article_closed: 'reasonArticleClosed',
};

/** A 0..1 score as the admin writes numbers: two to four decimals ("0.35", "0,35"). */
function scoreText(locale: string, score: number): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 4 }).format(score);
}

/** The text with each evidence span in <mark class="screening-match">, everything escaped by Preact. */
export function HighlightedText(props: { text: string; spans: CheckedComment['spans'] }) {
  const parts = splitAtSpans(props.text, props.spans).map((part) => (part.mark ? <mark class="screening-match">{part.text}</mark> : part.text));
  return <p class="screening-try-text">{parts}</p>;
}

function Result(props: { text: string; result: CheckedComment }) {
  const m = useAdminMessages('adminSettings');
  const locale = useAdminLocale();
  const languageLabel = useLanguageLabel();
  const { result } = props;
  const language = result.lang === 'und' ? m.languageUndetermined : languageLabel(result.lang);
  const reasonName = (code: string) => (REASON_NAME[code] ? m[REASON_NAME[code]!] : code);
  return (
    <div id="screening-try-result" class={`screening-try-result screening-verdict-${result.verdict}`} data-verdict={result.verdict} role="status">
      <h3>{m.resultHeading}</h3>
      <dl class="screening-try-facts">
        <dt>{m.verdictLabel}</dt><dd class="screening-try-verdict">{m[VERDICT_NAME[result.verdict]]}</dd>
        <dt>{m.scoreLabel}</dt><dd class="screening-try-score" data-score={String(result.score)}>{scoreText(locale, result.score)}</dd>
        <dt>{m.languageLabel}</dt><dd class="screening-try-lang" data-lang={result.lang}>{language}</dd>
      </dl>
      {result.reasons.length === 0 ? <p>{m.noReasons}</p> : (
        <ul class="screening-reasons">
          {result.reasons.map((reason) => (
            <li data-code={reason.code}>
              <span class="screening-reason-label">{reasonName(reason.code)}</span>
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
  const m = useAdminMessages('adminSettings');
  const languageLabel = useLanguageLabel();
  const { state } = props;
  const error = state.error ? t(m, state.error.key, state.error.values) : undefined;
  return (
    <section aria-labelledby="screening-try-heading" class="screening-section" id="screening-try">
      <h2 id="screening-try-heading">{m.tryHeading}</h2>
      <form method="post" action={`${TRY_PATH}#screening-try`} class="stack" id="screening-try-form">
        <CsrfField token={props.csrfToken} />
        <div class={error ? 'field field-invalid' : 'field'}>
          <label for="field-try-text">{m.tryTextLabel}</label>
          <p class="hint" id="field-try-text-hint">{m.tryTextHint}</p>
          {error ? <p class="field-error" id="field-try-text-error" role="alert">{error}</p> : null}
          <textarea id="field-try-text" name="text" rows={5} aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'field-try-text-hint field-try-text-error' : 'field-try-text-hint'}>{state.text}</textarea>
        </div>
        <div class="field">
          <label for="field-try-language">{m.languageLabel}</label>
          <select id="field-try-language" name="language">
            <option value="" selected={state.language === ''}>{m.tryDetectLanguage}</option>
            {lexiconLanguageOptions(languageLabel).map((o) => <option value={o.value} selected={o.value === state.language}>{o.label}</option>)}
          </select>
        </div>
        <div class="actions"><button type="submit" class="button button-primary">{m.tryCheck}</button></div>
      </form>
      {state.result ? <Result text={state.text} result={state.result} /> : null}
    </section>
  );
}
