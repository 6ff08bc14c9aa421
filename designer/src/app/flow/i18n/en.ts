import type { FlowKey } from './es';

/** The flow's and the outline's strings in English. */
export const en: Record<FlowKey, string> = {
  'flow.undo': 'Undo',
  'flow.redo': 'Redo',
  'flow.opening': 'Opening the diagram…',
  'flow.error': 'The diagram cannot be opened: {error}',
  'flow.canvas': 'Flow diagram (use the Outline tab to work with the keyboard alone)',
  'flow.properties': 'Element properties',
  'flow.toolbar': 'Diagram actions',
  'flow.createForm': "Create the step's form",
};
