import type { FlowKey } from './es';

/** The flow's and the outline's strings in Catalan. */
export const ca: Record<FlowKey, string> = {
  'flow.undo': 'Desfés',
  'flow.redo': 'Refés',
  'flow.opening': 'S’està obrint el diagrama…',
  'flow.error': 'No es pot obrir el diagrama: {error}',
  'flow.canvas': 'Diagrama del flux (feu servir la pestanya Esquema per treballar només amb el teclat)',
  'flow.properties': 'Propietats de l’element',
  'flow.toolbar': 'Accions del diagrama',
  'flow.createForm': 'Crear el formulari del pas',
};
