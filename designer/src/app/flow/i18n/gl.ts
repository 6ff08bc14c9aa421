import type { FlowKey } from './es';

/** The flow's and the outline's strings in Galician. */
export const gl: Record<FlowKey, string> = {
  'flow.undo': 'Desfacer',
  'flow.redo': 'Refacer',
  'flow.opening': 'Abrindo o diagrama…',
  'flow.error': 'Non se pode abrir o diagrama: {error}',
  'flow.canvas': 'Diagrama do fluxo (use a lapela Esquema para traballar só co teclado)',
  'flow.properties': 'Propiedades do elemento',
  'flow.toolbar': 'Accións do diagrama',
  'flow.createForm': 'Crear o formulario do paso',
};
