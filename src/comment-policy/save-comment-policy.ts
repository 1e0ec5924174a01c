// Saving the Comment Policy from the admin form: a title and a Markdown text per site
// locale. Both empty means "no policy of our own" (readers see the default text).
// The Markdown goes through the same renderer and sanitiser as article bodies.
// Every change drops the site's cached pages.
import type { AppDeps } from '../app-deps.ts';
import type { CodedErrors } from '../admin/field-error-codes.ts';
import { renderArticleBody } from '../articles/markdown.ts';
import { deleteCommentPolicy, listCommentPolicies, upsertCommentPolicy } from './comment-policy.queries.ts';

export const MAX_POLICY_TITLE = 120;
export const MAX_POLICY_BODY = 20_000;

export interface PolicyInput { title: string; bodyMd: string }
export type PolicyInputs = Record<string, PolicyInput>;

/** Each field's problem as an adminSettings message key; the editor words it in the admin's language. */
export type PolicyErrors = CodedErrors<'adminSettings'>;

export const titleField = (locale: string) => `title.${locale}`;
export const bodyField = (locale: string) => `body.${locale}`;

export function checkPolicyInputs(inputs: PolicyInputs): PolicyErrors {
  const errors: PolicyErrors = {};
  for (const [locale, { title, bodyMd }] of Object.entries(inputs)) {
    if (title.length > MAX_POLICY_TITLE) errors[titleField(locale)] = { key: 'atMostCharacters', values: { max: MAX_POLICY_TITLE } };
    else if (!title && bodyMd) errors[titleField(locale)] = { key: 'policyTitleMissing' };
    if (bodyMd.length > MAX_POLICY_BODY) errors[bodyField(locale)] = { key: 'atMostCharacters', values: { max: MAX_POLICY_BODY } };
    else if (title && !bodyMd) errors[bodyField(locale)] = { key: 'policyBodyMissing' };
  }
  return errors;
}

export type SavePolicyResult = { kind: 'saved' } | { kind: 'invalid'; errors: PolicyErrors };

export async function saveCommentPolicies(deps: Pick<AppDeps, 'db' | 'clock' | 'pageCache'>, siteId: string, userId: string, inputs: PolicyInputs): Promise<SavePolicyResult> {
  const errors = checkPolicyInputs(inputs);
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  const existing = new Map((await listCommentPolicies(deps.db, siteId)).map((p) => [p.locale, p]));
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    for (const [locale, { title, bodyMd }] of Object.entries(inputs)) {
      const before = existing.get(locale);
      if (!title && !bodyMd) {
        if (before) await deleteCommentPolicy(trx, siteId, locale);
      } else if (!before || before.title !== title || before.bodyMd !== bodyMd) {
        // Unchanged locales keep their date, so "Last updated" stays true.
        await upsertCommentPolicy(trx, { siteId, locale, title, bodyMd, bodyHtml: renderArticleBody(bodyMd), updatedAt: now, updatedBy: userId });
      }
    }
  });
  deps.pageCache.invalidateSite(siteId);
  return { kind: 'saved' };
}
