import { loadBpmn } from '@cauce/engine';
import { readBpmnExtras } from '@cauce/procedure-kit';
import type { ViewerRole } from '@cauce/schemas';

/** What the channels need from the BPMN beyond the engine's model. Stored with the package. @public */
export interface StepMeta {
  /** user task id → its `cauce:FieldVisibility` entries (field path → roles) */
  fieldVisibility: Record<string, Array<{ field: string; roles: ViewerRole[] }>>;
  /** end event id → its camunda:properties (`serviceRequestState`, `serviceRequestResponsible`) */
  endEventProperties: Record<string, Record<string, string>>;
}

/**
 * Reads {@link StepMeta} from the engine's compiled model of the package's BPMN (parsed with bpmn-moddle, so
 * prefixes, attribute order, CDATA and comments cannot mislead it; roles checked). A BPMN the engine refuses (an
 * invalid step setting among others) throws its typed CauceError.
 * @public
 */
export async function readStepMeta(xml: string, resourceName?: string): Promise<StepMeta> {
  const loaded = await loadBpmn(xml, resourceName);
  if (!loaded.ok) throw loaded.error;
  const fieldVisibility: StepMeta['fieldVisibility'] = {};
  for (const process of loaded.value.processes) {
    for (const node of Object.values(process.nodes)) {
      if (node.step?.fieldVisibility.length) fieldVisibility[node.id] = node.step.fieldVisibility;
    }
  }
  return { fieldVisibility, endEventProperties: readBpmnExtras(loaded.value).endEventProperties };
}
