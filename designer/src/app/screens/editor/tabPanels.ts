import type { ComponentType } from 'react';
import type { Tab } from '../../store/Route';
import { FlowTab } from '../../flow/FlowTab';
import { ChecksTab } from './ChecksTab';
import { GeneralTab } from './GeneralTab';
import { PlaceholderTab } from './PlaceholderTab';
import { PublishTab } from './PublishTab';

/**
 * What each editor tab shows. General (the manifest) is the shell's; the flow's tabs (D3: `app/flow`, `app/outline`) and the forms and texts tabs (D4:
 * `app/forms`, `app/texts`) replace their placeholder here with one line each.
 */
export const TAB_PANELS: Record<Tab, ComponentType> = {
  general: GeneralTab,
  flujo: FlowTab,
  esquema: PlaceholderTab,
  formularios: PlaceholderTab,
  textos: PlaceholderTab,
  comprobaciones: ChecksTab,
  publicar: PublishTab,
};
