import type { FastifyInstance } from 'fastify';
import type { ExportQuery, ImportHeaders, ProcedureParams } from '../generated/apiTypes';
import { DesignerErrors } from '../errors';
import { guardImport } from '../package/guardImport';
import { openedDraft } from '../ops/openedDraft';
import { readPackageZip } from '../zip/readPackageZip';
import { templatesUsed } from '../zip/templatesUsed';
import { writePackageZip } from '../zip/writePackageZip';
import { ZIP_LIMITS } from '../zip/zipLimits';
import { ifMatchRev } from './drafts.routes';
import { ref, replies } from './schemas';

/** The content types a zip upload may come with (Windows browsers say x-zip-compressed). */
const ZIP_TYPES = ['application/zip', 'application/x-zip-compressed', 'application/octet-stream'];

/**
 * Files in and out. Export: the draft (or `?version=n`) as a zip of the folder format inside a folder named after
 * the procedure, with `element-templates.json` (the connectors' templates it uses) for Camunda Modeler. Import: such
 * a zip into a new draft, or into the procedure its manifest names (a new revision; with `If-Match` only if that is
 * still the current one). Every bad upload is refused whole, with nothing saved (readPackageZip, guardImport).
 * @internal
 */
export async function fileRoutes(app: FastifyInstance): Promise<void> {
  const { store, templates, viewer } = app.designer;
  app.addContentTypeParser(
    ZIP_TYPES,
    { parseAs: 'buffer', bodyLimit: ZIP_LIMITS.uploadBytes },
    (_request, body, done) => done(null, body),
  );

  app.get<{ Params: ProcedureParams; Querystring: ExportQuery }>(
    '/procedures/:id/export',
    {
      config: { access: 'read' },
      schema: {
        params: ref('cauce-designer-id'),
        querystring: ref('cauce-designer-export-query'),
        response: replies({ 200: { type: 'string', format: 'binary' } }),
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { version } = request.query;
      const draft = await store.get(id);
      let files = draft.files;
      if (version !== undefined) {
        const found = await store.version(id, version);
        if (!found) throw DesignerErrors.versionNotFound(id, version);
        files = found.files;
      }
      const xml = Object.entries(files).find(([path]) => path.endsWith('.bpmn'))?.[1];
      const zip = writePackageZip(id, files, templatesUsed(xml, templates));
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="${id}${version ? `-v${version}` : ''}.zip"`)
        .send(Buffer.from(zip));
    },
  );

  app.post<{ Body: Buffer; Headers: ImportHeaders }>(
    '/procedures/import',
    {
      config: { access: 'write' },
      schema: {
        headers: ref('cauce-designer-import-headers'),
        response: replies({ 200: ref('cauce-designer-draft'), 201: ref('cauce-designer-draft') }),
      },
    },
    async (request, reply) => {
      if (!Buffer.isBuffer(request.body)) throw DesignerErrors.uploadInvalid('send the file as application/zip');
      const files = await readPackageZip(request.body);
      await guardImport(files);
      const id = manifestId(files['procedure.json']);
      const by = viewer(request).userId;
      const existing = await store.find(id);
      if (!existing) {
        await store.create(id, files, by);
        return reply.code(201).send(await openedDraft(store, id));
      }
      if (existing.archived_at) throw DesignerErrors.procedureArchived(id);
      const ifMatch = request.headers['if-match'];
      await store.save(id, ifMatch ? ifMatchRev(ifMatch) : existing.rev, files, by);
      return reply.code(200).send(await openedDraft(store, id));
    },
  );
}

// helpers
function manifestId(manifest: string | undefined): string {
  if (manifest === undefined) throw DesignerErrors.packageInvalid('the zip has no procedure.json');
  const id = (JSON.parse(manifest) as { id?: unknown }).id;
  if (typeof id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) || id.length > 64)
    throw DesignerErrors.packageInvalid(`procedure.json has no valid "id" (kebab-case, at most 64 characters)`);
  return id;
}
