// What a moderator needs to judge one comment, beside its text: the article (with its
// own queue), the comment it answers, the commenter's history on the site, readers'
// reports by reason, and the screening verdict with its reasons.
import { articleUrl } from '../lib/urls.ts';
import type { CommenterHistory } from '../commenters/commenter-standing.queries.ts';
import type { StoredScreening } from '../screening/stored-screening.ts';
import { excerpt } from './excerpt.ts';
import { articleCommentsPath, STATUS_LABEL } from './moderation-list.ts';
import type { ModerationItem, ParentExcerpt, ReportReasonCount } from './moderation.queries.ts';
import { formatScore, reportReasonLabel, screeningOutcomeLabel, screeningReasonLabel } from './screening-labels.ts';

export function ArticleLine(props: { item: ModerationItem; showQueueLink: boolean }) {
  const { article } = props.item;
  return (
    <p class="moderation-article">
      {'On '}
      {article.published
        ? <a href={`${articleUrl(article.locale, article.slug)}#comments`} dir="auto">{article.headline}</a>
        : <><span dir="auto">{article.headline}</span> <span class="muted">(not published)</span></>}
      {props.showQueueLink ? <>{' · '}<a href={articleCommentsPath(article.id)}>All comments on this article</a></> : null}
    </p>
  );
}

export function ParentLine(props: { parent: ParentExcerpt | undefined }) {
  if (!props.parent) return <p class="moderation-parent">A reply to a comment that no longer exists.</p>;
  return (
    <p class="moderation-parent">
      {'In reply to '}<bdi>{props.parent.authorName}</bdi>{` (${STATUS_LABEL[props.parent.status].toLowerCase()}): `}
      <q dir="auto">{excerpt(props.parent.body)}</q>
    </p>
  );
}

export function CommenterHistoryLine(props: { history: CommenterHistory; firstComment: boolean }) {
  const h = props.history;
  return (
    <p class="moderation-history">
      {props.firstComment ? <><span class="badge badge-first-comment">First comment</span>{' '}</> : null}
      {'On this site: '}
      <span data-history="approved">{`${h.approved} approved`}</span>{', '}
      <span data-history="rejected">{`${h.rejected} rejected`}</span>{', '}
      <span data-history="spam">{`${h.spam} spam`}</span>
    </p>
  );
}

export function ReportsLine(props: { count: number; reasons: ReportReasonCount[] }) {
  if (props.count === 0) return null;
  return (
    <div class="moderation-reports">
      <p>{props.count === 1 ? 'Reported by 1 reader:' : `Reported by ${props.count} readers:`}</p>
      <ul class="report-reasons">
        {props.reasons.map((r) => <li data-reason={r.reason}>{`${reportReasonLabel(r.reason)} (${r.count})`}</li>)}
      </ul>
    </div>
  );
}

export function ScreeningVerdict(props: { screening: StoredScreening | undefined }) {
  const s = props.screening;
  if (!s) return <p class="moderation-screening muted">Not screened.</p>;
  return (
    <div class="moderation-screening" data-outcome={s.outcome}>
      <p>
        {'Screening: '}<strong>{screeningOutcomeLabel(s.outcome)}</strong>
        {`, score ${formatScore(s.score)}, language `}<code>{s.lang}</code>
      </p>
      {s.reasons.length > 0 ? (
        <ul class="screening-reasons">
          {s.reasons.map((r) => (
            <li data-code={r.code}>{screeningReasonLabel(r.code)}{r.category && r.category !== r.code ? ` (${r.category})` : ''}{` · ${formatScore(r.score)}`}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
