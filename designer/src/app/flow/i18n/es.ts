/** The flow's and the outline's strings in Spanish: the reference (every language has exactly its keys). */
export const es = {
  'flow.undo': 'Deshacer',
  'flow.redo': 'Rehacer',
  'flow.opening': 'Abriendo el diagrama…',
  'flow.error': 'No se puede abrir el diagrama: {error}',
  'flow.canvas': 'Diagrama del flujo (use la pestaña Esquema para trabajar solo con el teclado)',
  'flow.properties': 'Propiedades del elemento',
  'flow.toolbar': 'Acciones del diagrama',
  'flow.createForm': 'Crear el formulario del paso',
};

/** A key of the flow's strings. @public */
export type FlowKey = keyof typeof es;
