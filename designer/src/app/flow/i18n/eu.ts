import type { FlowKey } from './es';

/** The flow's and the outline's strings in Basque. */
export const eu: Record<FlowKey, string> = {
  'flow.undo': 'Desegin',
  'flow.redo': 'Berregin',
  'flow.opening': 'Diagrama irekitzen…',
  'flow.error': 'Ezin da diagrama ireki: {error}',
  'flow.canvas': 'Fluxuaren diagrama (erabili Eskema fitxa teklatuarekin soilik lan egiteko)',
  'flow.properties': 'Elementuaren propietateak',
  'flow.toolbar': 'Diagramaren ekintzak',
  'flow.createForm': 'Sortu urratsaren inprimakia',
};
