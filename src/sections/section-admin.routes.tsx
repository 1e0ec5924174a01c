// /admin/sections: list with article counts, create, edit (with per-locale labels), delete when unused.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { adminSite } from '../admin/admin-site.ts';
import { formString } from '../admin/forms.tsx';
import { sendAdminPage } from '../admin/reply.tsx';
import { adminLocaleOf } from '../admin/admin-locale.ts';
import { messagesIn, type MessageKey } from '../i18n/catalog.ts';
import { requireStaff, staffOf } from '../accounts/require-staff.ts';
import { notFound } from '../http/errors.ts';
import { labelField, removeSection, saveSection, type SectionInput } from './save-section.ts';
import { countArticlesInSection, findSection, listSectionLabels, listSectionsWithCounts, type SectionRow } from './section.queries.ts';
import { SectionAdminList } from './SectionAdminList.tsx';
import { SectionForm } from './SectionForm.tsx';

const FLASH: Record<string, MessageKey<'adminTaxonomy'>> = { created: 'sectionCreated', saved: 'changesSaved', deleted: 'sectionDeleted' };
type IdParams = { Params: { id: string } };

const valuesOf = (section: SectionRow) => ({ name: section.name, slug: section.slug, position: String(section.position), commentMode: section.commentMode ?? '' });

function inputFrom(body: unknown, locales: string[]): Required<SectionInput> {
  return {
    name: formString(body, 'name'), slug: formString(body, 'slug'), position: formString(body, 'position'),
    labels: Object.fromEntries(locales.map((l) => [l, formString(body, labelField(l))])),
    commentMode: formString(body, 'commentMode'),
  };
}

function flashOf(request: FastifyRequest): string | undefined {
  const key = FLASH[String((request.query as Record<string, unknown>).done ?? '')];
  return key && messagesIn(adminLocaleOf(request), 'adminTaxonomy')[key];
}

export async function sectionAdminRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  const { deps } = opts;
  const guard = { preHandler: requireStaff('section.manage') };
  const common = (request: FastifyRequest) => ({ user: staffOf(request), csrfToken: request.staff!.csrfToken });

  async function loadSection(request: FastifyRequest<IdParams>) {
    const site = await adminSite(deps, request);
    const section = await findSection(deps.db, site.id, request.params.id);
    if (!section) throw notFound('section');
    return { site, section };
  }

  app.get('/admin/sections', guard, async (request, reply) => {
    const site = await adminSite(deps, request);
    return sendAdminPage(reply, <SectionAdminList {...common(request)} sections={await listSectionsWithCounts(deps.db, site.id)} flash={flashOf(request)} />);
  });

  app.get('/admin/sections/new', guard, async (request, reply) => {
    const site = await adminSite(deps, request);
    return sendAdminPage(reply, <SectionForm {...common(request)} siteCommentMode={site.commentMode} locales={site.locales} values={{ name: '', slug: '', position: '0', labels: {}, commentMode: '' }} />);
  });

  app.post('/admin/sections', guard, async (request, reply) => {
    const site = await adminSite(deps, request);
    const input = inputFrom(request.body, site.locales);
    const result = await saveSection(deps, site.id, undefined, input);
    if (result.kind === 'invalid') return sendAdminPage(reply, <SectionForm {...common(request)} siteCommentMode={site.commentMode} locales={site.locales} values={input} errors={result.errors} />, 400);
    return reply.redirect('/admin/sections?done=created', 303);
  });

  app.get<IdParams>('/admin/sections/:id', guard, async (request, reply) => {
    const { site, section } = await loadSection(request);
    const values = { ...valuesOf(section), labels: await listSectionLabels(deps.db, section.id) };
    return sendAdminPage(reply, <SectionForm {...common(request)} siteCommentMode={site.commentMode} id={section.id} locales={site.locales} values={values}
      articleCount={await countArticlesInSection(deps.db, section.id)} flash={flashOf(request)} />);
  });

  app.post<IdParams>('/admin/sections/:id', guard, async (request, reply) => {
    const { site, section } = await loadSection(request);
    const input = inputFrom(request.body, site.locales);
    const result = await saveSection(deps, site.id, section.id, input);
    if (result.kind === 'invalid') {
      return sendAdminPage(reply, <SectionForm {...common(request)} siteCommentMode={site.commentMode} id={section.id} locales={site.locales} values={input} errors={result.errors}
        articleCount={await countArticlesInSection(deps.db, section.id)} />, 400);
    }
    return reply.redirect(`/admin/sections/${encodeURIComponent(section.id)}?done=saved`, 303);
  });

  app.post<IdParams>('/admin/sections/:id/delete', guard, async (request, reply) => {
    const { site, section } = await loadSection(request);
    const result = await removeSection(deps, site.id, section.id);
    if (result.kind === 'in-use') {
      const values = { ...valuesOf(section), labels: await listSectionLabels(deps.db, section.id) };
      const errors = { delete: { key: 'sectionDeleteRefused', values: { count: result.articleCount } } } as const;
      return sendAdminPage(reply, <SectionForm {...common(request)} siteCommentMode={site.commentMode} id={section.id} locales={site.locales} values={values} errors={errors}
        articleCount={result.articleCount} />, 409);
    }
    return reply.redirect('/admin/sections?done=deleted', 303);
  });
}
