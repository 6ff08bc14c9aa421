import type { Tab } from './Route';

/**
 * Something a finding (or a link) points at: a BPMN element, a form's field, a place in a file. The tab that can
 * show it reveals it (D3: the flow selects the element; D4: the form builder focuses the field).
 * @public
 */
export interface SelectTarget {
  elementId?: string;
  file?: string;
  field?: string;
  line?: number;
  /** a JSON pointer into the file (`/title`, `/statusTexts/resolved/eu`), as the checks give it */
  path?: string;
}

/** The tab a target is shown in: forms and texts by file, anything with an element in the flow. @public */
export function tabOf(target: SelectTarget): Tab {
  if (target.file?.startsWith('forms/')) return 'formularios';
  if (target.file?.startsWith('texts/')) return 'textos';
  if (target.elementId || target.file === 'process.bpmn') return 'flujo';
  if (target.file === 'procedure.json') return 'general';
  return 'comprobaciones';
}
