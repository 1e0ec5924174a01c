// What happens when the editor form is sent: permission for the pressed button, an
// uploaded image stored (kept even if the article has errors, so nobody uploads twice),
// then save, then the workflow step the button asked for. Errors re-render the form with
// everything the person typed; success redirects to the editor with a confirmation.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { forbidden, HttpError } from '../http/errors.ts';
import type { MessageKey } from '../i18n/catalog.ts';
import { parseCommentModeChoice } from '../comment-settings/comment-mode-choice.ts';
import { storeImage } from '../media/store-image.ts';
import { readSubmittedForm } from '../media/multipart.ts';
import { renderArticleBody } from './markdown.ts';
import { findEditableArticle, type EditableArticle } from './article.queries.ts';
import { mayRequest, type EditorIntent } from './article-access.ts';
import { sendEditor, type EditorRequest } from './article-editor-view.ts';
import { parseUtcLocal, readEditorForm, toArticleInput, type EditorValues } from './article-form.ts';
import { checkArticleInput } from './article-validation.ts';
import type { ArticleErrors } from './article-errors.ts';
import { canTransition, publishArticle, scheduleArticle, submitForReview, unpublishArticle, type WorkflowAction } from './article-workflow.ts';
import { createArticle, updateArticle, type SaveResult } from './save-article.ts';

/** The confirmation after a redirect, by its `?done=` code (codes stay in the URL; words come from the catalog). */
export const DONE_MESSAGES: Readonly<Record<string, MessageKey<'adminArticles'>>> = {
  created: 'doneCreated',
  saved: 'doneSaved',
  submitted: 'doneSubmitted',
  published: 'donePublished',
  scheduled: 'doneScheduled',
  unpublished: 'doneUnpublished',
  unscheduled: 'doneUnscheduled',
  not_done: 'doneNotDone',
};

/** The checks that do not need the article's text: permission, and whether the step is possible now. */
function authorise(ctx: EditorRequest, existing: EditableArticle | null, intent: EditorIntent): void {
  const target = existing ?? { createdBy: ctx.user.id, status: 'draft' as const };
  if (!mayRequest(ctx.user, target, intent)) {
    throw forbidden(existing && intent === 'save'
      ? 'You cannot change this article. Published and scheduled articles can only be changed by someone who may publish.'
      : 'You do not have permission to do that to this article.');
  }
  if (intent !== 'save' && intent !== 'preview' && !canTransition(target.status, intent)) {
    throw new HttpError(409, 'invalid_transition', 'That step is not possible from the article’s current status. Reload the editor to see where it stands.');
  }
}

async function attachUpload(ctx: EditorRequest, file: { filename: string; data: Buffer } | undefined, values: EditorValues, errors: ArticleErrors): Promise<void> {
  if (!file) return;
  const stored = await storeImage(ctx.deps, { siteId: ctx.site.id, data: file.data, originalName: file.filename, alt: values.leadAlt, createdBy: ctx.user.id });
  if (stored.kind === 'invalid') errors.leadImage = { key: 'notAnImage' };
  else values.leadMediaId = stored.media.id;
}

function checkSchedule(ctx: EditorRequest, intent: EditorIntent, values: EditorValues, errors: ArticleErrors): string | undefined {
  if (intent !== 'schedule') return undefined;
  const when = parseUtcLocal(values.publishAt);
  if (!when) errors.publishAt = { key: 'publishAtMissing' };
  else if (when <= ctx.deps.clock.now().toISOString()) errors.publishAt = { key: 'publishAtPast' };
  return when;
}

async function runStep(ctx: EditorRequest, articleId: string, intent: WorkflowAction, publishAt: string | undefined): Promise<string> {
  const { deps, user } = ctx;
  const result = intent === 'submit' ? await submitForReview(deps, articleId, user.id)
    : intent === 'publish' ? await publishArticle(deps, articleId, user.id)
    : intent === 'schedule' ? await scheduleArticle(deps, articleId, publishAt!, user.id)
    : await unpublishArticle(deps, articleId, user.id);
  return result.kind in DONE_MESSAGES ? result.kind : 'not_done';
}

export async function submitEditor(ctx: EditorRequest, request: FastifyRequest, reply: FastifyReply, existing: EditableArticle | null): Promise<FastifyReply> {
  const form = await readSubmittedForm(request);
  const { values, intent } = readEditorForm(form.fields);
  authorise(ctx, existing, intent);
  const errors: ArticleErrors = {};
  await attachUpload(ctx, form.file, values, errors);
  if (!parseCommentModeChoice(values.commentMode).ok) errors.commentMode = { key: 'commentModeInvalid' };
  const publishAt = checkSchedule(ctx, intent, values, errors);
  const input = toArticleInput(ctx.site.id, values);
  if (intent === 'preview' || Object.keys(errors).length > 0) {
    const checked = intent === 'preview' ? undefined : await checkArticleInput(ctx.deps.db, input, existing);
    const allErrors = { ...(checked && !checked.ok ? checked.errors : {}), ...errors };
    const status = Object.keys(allErrors).length > 0 ? 400 : 200;
    return sendEditor(ctx, reply, { article: existing, values, errors: allErrors, previewHtml: renderArticleBody(values.bodyMd), status });
  }
  const saved: SaveResult = existing
    ? await updateArticle(ctx.deps, existing.id, input, Number(values.version), ctx.user.id)
    : await createArticle(ctx.deps, input, ctx.user.id);
  if (saved.kind === 'not_found') throw new HttpError(404, 'not_found', 'This article no longer exists.');
  if (saved.kind === 'conflict') return sendConflict(ctx, reply, existing!, values);
  if (saved.kind === 'invalid') {
    return sendEditor(ctx, reply, { article: existing, values, errors: saved.errors, previewHtml: renderArticleBody(values.bodyMd), status: 400 });
  }
  const done = intent === 'save' ? (existing ? 'saved' : 'created') : await runStep(ctx, saved.id, intent, publishAt);
  return reply.redirect(`/admin/articles/${saved.id}?done=${done}`, 303);
}

async function sendConflict(ctx: EditorRequest, reply: FastifyReply, existing: EditableArticle, values: EditorValues): Promise<FastifyReply> {
  const current = (await findEditableArticle(ctx.deps.db, existing.id)) ?? existing;
  // Their version number goes into the form: saving again is a deliberate overwrite.
  const kept = { ...values, version: String(current.version) };
  return sendEditor(ctx, reply, { article: current, values: kept, conflict: true, previewHtml: renderArticleBody(values.bodyMd), status: 409 });
}
