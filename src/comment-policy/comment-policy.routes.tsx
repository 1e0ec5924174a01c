// GET /{locale}/comment-policy: the site's Comment Policy in that locale, or the
// default text when the newsroom has not written one (never a 404 for a site locale).
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { renderArticleBody } from '../articles/markdown.ts';
import { createPageResponder, type PageOutcome } from '../public/page-response.ts';
import { loadChrome, siteAndLocale } from '../public/public-site.ts';
import type { Site } from '../sites/site.queries.ts';
import { renderDocument } from '../views/render.tsx';
import { commentPolicyUrl } from './comment-policy-url.ts';
import { commentPolicyMessagesFor } from './comment-policy.messages.ts';
import { findCommentPolicy } from './comment-policy.queries.ts';
import { CommentPolicyPage, type PolicyView } from './CommentPolicyPage.tsx';

/** The default policy rendered once per locale (it is the same Markdown every time). */
const defaults = new Map<string, PolicyView>();

export function defaultPolicy(locale: string): PolicyView {
  const messages = commentPolicyMessagesFor(locale);
  let view = defaults.get(messages.defaultTitle);
  if (!view) {
    view = { title: messages.defaultTitle, bodyHtml: renderArticleBody(messages.defaultBody) };
    defaults.set(messages.defaultTitle, view);
  }
  return view;
}

async function renderPolicy(deps: AppDeps, site: Site, locale: string): Promise<PageOutcome> {
  const [chrome, own] = await Promise.all([loadChrome(deps, site, locale), findCommentPolicy(deps.db, site.id, locale)]);
  const policy: PolicyView = own ? { title: own.title, bodyHtml: own.bodyHtml, updatedAt: own.updatedAt } : defaultPolicy(locale);
  return { kind: 'page', html: renderDocument(<CommentPolicyPage chrome={chrome} policy={policy} />) };
}

export async function commentPolicyRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  const { deps } = opts;
  const pages = createPageResponder(deps);
  app.get<{ Params: { locale: string } }>('/:locale/comment-policy', { compress: false }, async (request, reply) => {
    const { locale } = request.params;
    const site = await siteAndLocale(deps, request, locale);
    return pages.send(request, reply, site.id, commentPolicyUrl(locale), () => renderPolicy(deps, site, locale));
  });
}
