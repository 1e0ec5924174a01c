// What a moderator needs to judge one comment, beside its text: the article (with its
// own queue), the comment it answers, the commenter's history on the site, readers'
// reports by reason, and the screening verdict with its reasons, in the admin's language.
import { useAdminLocale } from '../admin/admin-i18n.tsx';
import { t, tParts } from '../i18n/catalog.ts';
import { articleUrl } from '../lib/urls.ts';
import type { CommenterHistory } from '../commenters/commenter-standing.queries.ts';
import type { StoredScreening } from '../screening/stored-screening.ts';
import { excerpt } from './excerpt.ts';
import { articleCommentsPath } from './moderation-list.ts';
import type { ModerationItem, ParentExcerpt, ReportReasonCount } from './moderation.queries.ts';
import { formatScore, useModerationMessages } from './moderation-words.ts';
import { reportReasonLabel, screeningOutcomeLabel, screeningReasonLabel } from './screening-labels.ts';

/** `publicBase` prefixes the public link: the admin may work on another site than the Host's (src/admin/public-link.ts). */
export function ArticleLine(props: { item: ModerationItem; showQueueLink: boolean; publicBase: string }) {
  const { article } = props.item;
  const m = useModerationMessages();
  const headline = article.published
    ? <a href={`${props.publicBase}${articleUrl(article.locale, article.slug)}#comments`} dir="auto">{article.headline}</a>
    : <><span dir="auto">{article.headline}</span> <span class="muted">{m.articleNotPublishedShort}</span></>;
  return (
    <p class="moderation-article">
      {tParts(m, 'articleOn', { article: headline })}
      {props.showQueueLink ? <>{' · '}<a href={articleCommentsPath(article.id)}>{m.articleQueueLink}</a></> : null}
    </p>
  );
}

export function ParentLine(props: { parent: ParentExcerpt | undefined }) {
  const m = useModerationMessages();
  if (!props.parent) return <p class="moderation-parent">{m.parentGone}</p>;
  return (
    <p class="moderation-parent">
      {tParts(m, 'inReplyTo', { name: <bdi>{props.parent.authorName}</bdi>, status: props.parent.status })}{' '}
      <q dir="auto">{excerpt(props.parent.body)}</q>
    </p>
  );
}

export function CommenterHistoryLine(props: { history: CommenterHistory; firstComment: boolean }) {
  const h = props.history;
  const m = useModerationMessages();
  return (
    <p class="moderation-history">
      {props.firstComment ? <><span class="badge badge-first-comment">{m.firstComment}</span>{' '}</> : null}
      {m.historyOnSite}{' '}
      <span data-history="approved">{t(m, 'historyApproved', { count: h.approved })}</span>{', '}
      <span data-history="rejected">{t(m, 'historyRejected', { count: h.rejected })}</span>{', '}
      <span data-history="spam">{t(m, 'historySpam', { count: h.spam })}</span>
    </p>
  );
}

export function ReportsLine(props: { count: number; reasons: ReportReasonCount[] }) {
  const m = useModerationMessages();
  if (props.count === 0) return null;
  return (
    <div class="moderation-reports">
      <p>{t(m, 'reportedBy', { count: props.count })}</p>
      <ul class="report-reasons">
        {props.reasons.map((r) => <li data-reason={r.reason}>{t(m, 'reasonWithCount', { reason: reportReasonLabel(m, r.reason), count: r.count })}</li>)}
      </ul>
    </div>
  );
}

export function ScreeningVerdict(props: { screening: StoredScreening | undefined }) {
  const s = props.screening;
  const m = useModerationMessages();
  const locale = useAdminLocale();
  if (!s) return <p class="moderation-screening muted">{m.notScreened}</p>;
  const summary = { outcome: <strong>{screeningOutcomeLabel(m, s.outcome)}</strong>, score: formatScore(locale, s.score), lang: <code>{s.lang}</code> };
  return (
    <div class="moderation-screening" data-outcome={s.outcome}>
      <p>{tParts(m, 'screeningSummary', summary)}</p>
      {s.reasons.length > 0 ? (
        <ul class="screening-reasons">
          {s.reasons.map((r) => {
            const values = { reason: screeningReasonLabel(m, r.code), score: formatScore(locale, r.score) };
            return (
              <li data-code={r.code}>{r.category && r.category !== r.code
                ? t(m, 'screeningReasonCategoryScore', { ...values, category: screeningReasonLabel(m, r.category) })
                : t(m, 'screeningReasonScore', values)}</li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
