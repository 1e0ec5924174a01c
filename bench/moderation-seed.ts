// 100,000 pending comments for the moderation queue benchmark, on either engine: a few
// hundred articles, commenters who write several comments each, a risk spread like
// screening's (most low, a tail of high ones, the risky ones with stored reasons and
// evidence spans), one reply in four. Rows go in batches inside one transaction, the
// counters bumped in it too, so the seed takes seconds, not minutes.
import type { NewCommentRow } from '../src/comments/comment.queries.ts';
import type { Db } from '../src/db/database.ts';
import { bumpCounters } from '../src/engagement/counters.queries.ts';
import { uuidv7 } from '../src/lib/ids.ts';
import { seededRandom } from '../src/lib/seeded-random.ts';

export interface QueueArticle { id: string; siteId: string; locale: string }

/** Rows per INSERT: ≈ 28 columns, under SQLite's 32,766 parameters and PostgreSQL's 65,535. */
const BATCH = 500;
const COMMENTERS = 20_000;
const DAYS = 30;


const SENTENCES = [
  'The new terminal cut my wait at the border from three hours to forty minutes.',
  'Who pays for the electricity in summer? The article does not say.',
  'My cousin is a member of the cooperative and they saved for four years.',
  'Prices at the bazaar have not moved since spring, whatever the ministry says.',
  'The road to the village is still broken after the rains, trucks barely get through.',
  'Thank you for writing about this, nobody else did.',
  'Холодильник — это хорошо, но дорогу к складу тоже надо чинить.',
  'Интересно, смогут ли туда сдавать урожай фермеры, которые не вступили в кооператив?',
  'В нашем районе автобус ходит два раза в день, и то не всегда.',
  'Спасибо за статью, но цифры в третьем абзаце не сходятся.',
];
const RISKY = ['idiot', 'scum', 'дурак', 'call +996 555 010 203', 'www.cheap-loans.example'];
const NAMES = ['Aigerim', 'Bakyt', 'Dinara', 'Erlan', 'Farida', 'Gulnara', 'Azamat', 'Nurlan', 'Saltanat', 'Timur', 'Ainura', 'Ruslan'];

interface Draft { body: string; risk: number; screening: string | null }

/** Most comments are harmless (risk under 0.2); one in five carries a reason screening flagged, with its span. */
function draft(random: () => number): Draft {
  const sentences = Array.from({ length: 1 + Math.floor(random() * 4) }, () => SENTENCES[Math.floor(random() * SENTENCES.length)]!);
  if (random() >= 0.2) return { body: sentences.join(' '), risk: Math.round(2000 * random() ** 2), screening: null };
  const word = RISKY[Math.floor(random() * RISKY.length)]!;
  const body = `${sentences.join(' ')} ${word.charAt(0).toUpperCase()}${word.slice(1)}!`;
  const start = body.length - word.length - 1;
  const score = 0.2 + 0.8 * random();
  const code = word.includes('+996') ? 'phone_number' : word.includes('.example') ? 'link_spam' : 'profanity';
  const reason = { code, phase: code, ...(code === 'profanity' ? { category: 'profanity' } : {}), score, evidence: [{ start, end: start + word.length }] };
  const screening = JSON.stringify({ outcome: score >= 0.5 ? 'hold' : 'approve', score, lang: /[а-я]/i.test(word) ? 'ru' : 'en', reasons: [reason] });
  return { body, risk: Math.round(score * 10_000), screening };
}

interface Parent { id: string; threadId: string; at: number }

function rowOf(random: () => number, article: QueueArticle, n: number, parent: Parent | undefined, now: number): NewCommentRow {
  // A reply comes within a day of what it answers.
  const at = parent ? Math.min(now, parent.at + Math.floor(random() * 86_400_000)) : now - Math.floor(random() * DAYS * 86_400_000);
  const id = uuidv7(at);
  const commenter = Math.floor(random() * COMMENTERS);
  const { body, risk, screening } = draft(random);
  const iso = new Date(at).toISOString();
  return {
    id, site_id: article.siteId, article_id: article.id, parent_id: parent?.id ?? null, thread_id: parent?.threadId ?? id,
    depth: parent ? 1 : 0, locale: article.locale, author_name: `${NAMES[commenter % NAMES.length]} ${commenter}`,
    author_email: `commenter-${commenter}@example.org`, email_hash: `bench-commenter-${commenter}`, ip_hash: `bench-ip-${commenter % 5000}`,
    reader_id: `bench-reader-${commenter}`, body, body_hash: `bench-body-${n}`, submission_key: `bench-queue-${n}`,
    status: 'pending', queue: 'pending', risk, screening, created_at: iso, updated_at: iso, moderated_at: null, moderated_by: null, version: 1,
  };
}

/**
 * `count` pending comments in the routine queue, spread over the articles (a few draw most of them).
 * Written oldest first, so the indexes grow at their ends instead of splitting pages all over.
 */
export async function seedPendingComments(db: Db, articles: QueueArticle[], count: number, now: number): Promise<void> {
  const random = seededRandom(20261202);
  const lastTopLevel = new Map<string, Parent>();
  const perArticle = new Map<string, number>();
  const rows: NewCommentRow[] = [];
  for (let n = 0; n < count; n++) {
    const article = articles[Math.floor(random() ** 2 * articles.length)]!;
    const parent = random() < 0.25 ? lastTopLevel.get(article.id) : undefined;
    const row = rowOf(random, article, n, parent, now);
    if (!parent) lastTopLevel.set(article.id, { id: row.id, threadId: row.thread_id, at: Date.parse(row.created_at) });
    perArticle.set(article.id, (perArticle.get(article.id) ?? 0) + 1);
    rows.push(row);
  }
  // Stable: a reply made in the same millisecond as its parent stays after it (the foreign key wants the parent first).
  rows.sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0));
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += BATCH) await trx.insertInto('comments').values(rows.slice(i, i + BATCH)).execute();
    for (const [articleId, pending] of perArticle) await bumpCounters(trx, articleId, { comments_pending: pending });
  });
}
