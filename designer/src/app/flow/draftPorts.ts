import type { CauceDraftPort } from '../../modeler/cauce-properties';
import type { DraftStore } from '../store/DraftStore';
import type { FlowDraft } from './FlowDraft';

/** The path of the diagram in the draft's files map. @public */
export const PROCESS_FILE = 'process.bpmn';

/**
 * The flow's view of the DraftStore: `process.bpmn` read from the files map and written with `draft.change`,
 * `history: false` (bpmn-js's command stack undoes diagram edits, not the designer's history).
 * @public
 */
export function flowDraftOf(draft: DraftStore): FlowDraft {
  return {
    getXml: () => draft.getSnapshot().files[PROCESS_FILE] ?? '',
    setXml: (xml) => draft.change({ label: 'flow.edit', files: { [PROCESS_FILE]: xml }, history: false }),
    subscribe: (listener) => draft.subscribe(listener),
  };
}

/**
 * The Cauce provider's view of the DraftStore: the draft's forms, their top-level fields, and "create a form" —
 * an empty form for the step (`forms/<Step>.schema.json`, the samples' convention) written as an undoable edit.
 * @public
 */
export function cauceDraftOf(draft: DraftStore): CauceDraftPort {
  const files = () => draft.getSnapshot().files;
  return {
    formPaths: () =>
      Object.keys(files())
        .filter((path) => path.startsWith('forms/') && path.endsWith('.json'))
        .sort(),
    formFields: (path) => {
      try {
        return Object.keys(JSON.parse(files()[path] ?? '{}').properties ?? {});
      } catch {
        return [];
      }
    },
    createForm: (stepId) => {
      if (draft.getSnapshot().readOnly) return undefined;
      const path = `forms/${stepId}.schema.json`;
      if (files()[path] === undefined) {
        const form = { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', properties: {} };
        draft.change({ label: 'flow.createForm', files: { [path]: `${JSON.stringify(form, null, 2)}\n` } });
      }
      return path;
    },
  };
}
