import type { FastifyInstance } from 'fastify';
import type { Language } from '@cauce/schemas';
import type { CreateBody, ListQuery, ProcedureParams, ProcedureSummary } from '../generated/apiTypes';
import { guardFiles } from '../package/guardFiles';
import { copiedPackageFiles, newPackageFiles } from '../ops/newPackageFiles';
import { openedDraft, stateOf } from '../ops/openedDraft';
import { ref, replies } from './schemas';

/**
 * The catalogue and a procedure's life: list (title in the asked language, state, live version, last change), create
 * (empty template or a copy), open, its saves, archive.
 * @internal
 */
export async function procedureRoutes(app: FastifyInstance): Promise<void> {
  const { store } = app.designer;
  const params = ref('cauce-designer-id');

  app.get<{ Querystring: ListQuery }>(
    '/procedures',
    {
      config: { access: 'read' },
      schema: { querystring: ref('cauce-designer-list-query'), response: replies({ 200: ref('cauce-designer-list') }) },
    },
    async (request) => {
      const { q, state, language = 'es' } = request.query;
      const wanted = fold(q ?? '');
      const out: ProcedureSummary[] = [];
      for (const row of await store.list()) {
        const titles = titlesOf(row.manifest);
        const summary: ProcedureSummary = {
          id: row.id,
          title: titles[language] ?? titles.es ?? Object.values(titles)[0] ?? row.id,
          state: stateOf(row.archived_at, row.live_version),
          liveVersion: row.live_version,
          updatedAt: row.updated_at.toISOString(),
          updatedBy: row.updated_by,
        };
        if (state !== 'all' && (state ? summary.state !== state : summary.state === 'archived')) continue;
        if (wanted && ![row.id, ...Object.values(titles)].some((text) => fold(text).includes(wanted))) continue;
        out.push(summary);
      }
      return out;
    },
  );

  app.post<{ Body: CreateBody }>(
    '/procedures',
    {
      config: { access: 'write' },
      schema: { body: ref('cauce-designer-create'), response: replies({ 201: ref('cauce-designer-draft') }) },
    },
    async (request, reply) => {
      const { id, title, from } = request.body;
      const source = typeof from === 'object' ? from.procedureId : undefined;
      const files = source
        ? copiedPackageFiles((await store.get(source)).files, source, id, title)
        : newPackageFiles(id, title);
      guardFiles(files);
      await store.create(id, files, app.designer.viewer(request).userId);
      return reply.code(201).send(await openedDraft(store, id));
    },
  );

  app.get<{ Params: ProcedureParams }>(
    '/procedures/:id',
    { config: { access: 'read' }, schema: { params, response: replies({ 200: ref('cauce-designer-draft') }) } },
    async (request, reply) => {
      const opened = await openedDraft(store, request.params.id);
      return reply.header('etag', `"${opened.rev}"`).send(opened);
    },
  );

  app.get<{ Params: ProcedureParams }>(
    '/procedures/:id/revisions',
    { config: { access: 'read' }, schema: { params, response: replies({ 200: ref('cauce-designer-revisions') }) } },
    async (request) => {
      await store.get(request.params.id);
      return (await store.revisions(request.params.id)).map((r) => ({
        rev: r.rev,
        author: r.author,
        savedAt: r.saved_at.toISOString(),
      }));
    },
  );

  app.post<{ Params: ProcedureParams }>(
    '/procedures/:id/archive',
    { config: { access: 'write' }, schema: { params, response: replies({ 200: ref('cauce-designer-archived') }) } },
    async (request) => {
      const archived = await store.archive(request.params.id, app.designer.viewer(request).userId);
      return {
        id: request.params.id,
        archivedAt: archived.archived_at.toISOString(),
        archivedBy: archived.archived_by,
      };
    },
  );
}

// helpers
function titlesOf(manifest: string | null): Partial<Record<Language, string>> {
  try {
    const title = JSON.parse(manifest ?? '{}').title;
    return title && typeof title === 'object' ? title : {};
  } catch {
    return {};
  }
}

/** Lower case without accents, so "tramite" finds "Trámite". */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}
