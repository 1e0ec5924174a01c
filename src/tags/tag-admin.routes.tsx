// /admin/tags: list with article counts, create, rename, delete.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { adminSite } from '../admin/admin-site.ts';
import { formString } from '../admin/forms.tsx';
import { sendAdminPage } from '../admin/reply.tsx';
import { adminLocaleOf } from '../admin/admin-locale.ts';
import { messagesIn, type MessageKey } from '../i18n/catalog.ts';
import { requireStaff, staffOf } from '../accounts/require-staff.ts';
import { notFound } from '../http/errors.ts';
import { removeTag, saveTag, type TagInput } from './save-tag.ts';
import { countArticlesWithTag, findTag, listTagsWithCounts } from './tag.queries.ts';
import { TagAdminList } from './TagAdminList.tsx';
import { TagForm } from './TagForm.tsx';

const FLASH: Record<string, MessageKey<'adminTaxonomy'>> = { created: 'tagCreated', saved: 'changesSaved', deleted: 'tagDeleted' };
type IdParams = { Params: { id: string } };

const inputFrom = (body: unknown): TagInput => ({ name: formString(body, 'name'), slug: formString(body, 'slug') });
function flashOf(request: FastifyRequest): string | undefined {
  const key = FLASH[String((request.query as Record<string, unknown>).done ?? '')];
  return key && messagesIn(adminLocaleOf(request), 'adminTaxonomy')[key];
}

export async function tagAdminRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  const { deps } = opts;
  const guard = { preHandler: requireStaff('tag.manage') };
  const common = (request: FastifyRequest) => ({ user: staffOf(request), csrfToken: request.staff!.csrfToken });

  async function loadTag(request: FastifyRequest<IdParams>) {
    const site = await adminSite(deps, request);
    const tag = await findTag(deps.db, site.id, request.params.id);
    if (!tag) throw notFound('tag');
    return { site, tag };
  }

  app.get('/admin/tags', guard, async (request, reply) => {
    const site = await adminSite(deps, request);
    return sendAdminPage(reply, <TagAdminList {...common(request)} tags={await listTagsWithCounts(deps.db, site.id)} flash={flashOf(request)} />);
  });

  app.get('/admin/tags/new', guard, async (request, reply) =>
    sendAdminPage(reply, <TagForm {...common(request)} values={{ name: '', slug: '' }} />));

  app.post('/admin/tags', guard, async (request, reply) => {
    const site = await adminSite(deps, request);
    const input = inputFrom(request.body);
    const result = await saveTag(deps, site.id, undefined, input);
    if (result.kind === 'invalid') return sendAdminPage(reply, <TagForm {...common(request)} values={input} errors={result.errors} />, 400);
    return reply.redirect('/admin/tags?done=created', 303);
  });

  app.get<IdParams>('/admin/tags/:id', guard, async (request, reply) => {
    const { tag } = await loadTag(request);
    return sendAdminPage(reply, <TagForm {...common(request)} id={tag.id} values={{ name: tag.name, slug: tag.slug }}
      articleCount={await countArticlesWithTag(deps.db, tag.id)} flash={flashOf(request)} />);
  });

  app.post<IdParams>('/admin/tags/:id', guard, async (request, reply) => {
    const { site, tag } = await loadTag(request);
    const input = inputFrom(request.body);
    const result = await saveTag(deps, site.id, tag.id, input);
    if (result.kind === 'invalid') {
      return sendAdminPage(reply, <TagForm {...common(request)} id={tag.id} values={input} errors={result.errors}
        articleCount={await countArticlesWithTag(deps.db, tag.id)} />, 400);
    }
    return reply.redirect(`/admin/tags/${encodeURIComponent(tag.id)}?done=saved`, 303);
  });

  app.post<IdParams>('/admin/tags/:id/delete', guard, async (request, reply) => {
    const { site, tag } = await loadTag(request);
    await removeTag(deps, site.id, tag.id);
    return reply.redirect('/admin/tags?done=deleted', 303);
  });
}
