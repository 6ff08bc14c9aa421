/**
 * The flow's and the outline's strings in the designer's five languages (es reference; a test checks every key is
 * in every language). Until the shell's i18n takes part catalogues, the flow reads them with {@link flowText}.
 * @public
 */
export const flowMessages = {
  es: {
    'flow.undo': 'Deshacer',
    'flow.redo': 'Rehacer',
    'flow.opening': 'Abriendo el diagrama…',
    'flow.error': 'No se puede abrir el diagrama: {error}',
    'flow.canvas': 'Diagrama del flujo (use la pestaña Esquema para trabajar solo con el teclado)',
    'flow.properties': 'Propiedades del elemento',
    'flow.toolbar': 'Acciones del diagrama',
  },
  en: {
    'flow.undo': 'Undo',
    'flow.redo': 'Redo',
    'flow.opening': 'Opening the diagram…',
    'flow.error': 'The diagram cannot be opened: {error}',
    'flow.canvas': 'Flow diagram (use the Outline tab to work with the keyboard alone)',
    'flow.properties': 'Element properties',
    'flow.toolbar': 'Diagram actions',
  },
  ca: {
    'flow.undo': 'Desfés',
    'flow.redo': 'Refés',
    'flow.opening': 'S’està obrint el diagrama…',
    'flow.error': 'No es pot obrir el diagrama: {error}',
    'flow.canvas': 'Diagrama del flux (feu servir la pestanya Esquema per treballar només amb el teclat)',
    'flow.properties': 'Propietats de l’element',
    'flow.toolbar': 'Accions del diagrama',
  },
  eu: {
    'flow.undo': 'Desegin',
    'flow.redo': 'Berregin',
    'flow.opening': 'Diagrama irekitzen…',
    'flow.error': 'Ezin da diagrama ireki: {error}',
    'flow.canvas': 'Fluxuaren diagrama (erabili Eskema fitxa teklatuarekin soilik lan egiteko)',
    'flow.properties': 'Elementuaren propietateak',
    'flow.toolbar': 'Diagramaren ekintzak',
  },
  gl: {
    'flow.undo': 'Desfacer',
    'flow.redo': 'Refacer',
    'flow.opening': 'Abrindo o diagrama…',
    'flow.error': 'Non se pode abrir o diagrama: {error}',
    'flow.canvas': 'Diagrama do fluxo (use a lapela Esquema para traballar só co teclado)',
    'flow.properties': 'Propiedades do elemento',
    'flow.toolbar': 'Accións do diagrama',
  },
} as const;

/** A key of the flow's strings. @public */
export type FlowMessageKey = keyof (typeof flowMessages)['es'];

/** A flow string in a language (es when the language is unknown), `{name}` filled in. @public */
export function flowText(language: string, key: FlowMessageKey, vars: Record<string, string> = {}): string {
  const table: Record<string, string> = flowMessages[language as keyof typeof flowMessages] ?? flowMessages.es;
  return (table[key] ?? flowMessages.es[key]).replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}
