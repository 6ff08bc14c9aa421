import { CaucePropertiesProvider } from './CaucePropertiesProvider';

/**
 * `cauce-properties`: the Cauce properties provider (a step's form, channels, identification level, candidate
 * group and field visibility; an end event's service request; FEEL-only conditions). Needs the properties panel
 * (BpmnPropertiesPanelModule) and reads the draft through the modeler's `cauce` config.
 * @public
 */
export default {
  __init__: ['caucePropertiesProvider'],
  caucePropertiesProvider: ['type', CaucePropertiesProvider],
};

export { CaucePropertiesProvider };
export type { CauceDraftPort, CauceModelerConfig } from './CauceDraftPort';
