import { Group } from '@bpmn-io/properties-panel';
import { conditionEntries, isConditionalFlow } from './ConditionProps';
import { endEventEntries } from './EndEventProps';
import { fieldVisibilityGroup } from './FieldVisibilityProps';
import { stepEntries } from './StepProps';

/**
 * Cauce's properties provider. It runs after Camunda Platform's (lower priority) so it can both add what a
 * Cauce procedure needs and take away what Cauce does not run:
 * - a step (bpmn:UserTask): its form, channels, identification level, candidate group, and who sees each field;
 *   Camunda's own form group (camunda:formKey) goes, Cauce's forms replace it;
 * - an end event: the service request's state and responsible;
 * - a conditional sequence flow: the condition as FEEL only — Camunda's condition group, which offers scripts
 *   (JavaScript) and JUEL expressions, is removed.
 * @public
 */
export class CaucePropertiesProvider {
  static $inject = ['propertiesPanel', 'injector', 'translate'];

  /** After Camunda Platform's provider (500) and the element templates' one. */
  static PRIORITY = 400;

  constructor(
    propertiesPanel: any,
    private readonly injector: any,
    private readonly translate: (text: string) => string,
  ) {
    propertiesPanel.registerProvider(CaucePropertiesProvider.PRIORITY, this);
  }

  getGroups(element: any): (groups: any[]) => any[] {
    return (groups) => {
      const is = (type: string) => element.businessObject?.$instanceOf?.(type) === true;
      if (is('bpmn:UserTask')) {
        groups = without(groups, REPLACED_FOR_STEPS);
        groups = after(groups, 'general', [
          { id: 'cauceStep', label: this.translate('Step (Cauce)'), component: Group, entries: stepEntries(element) },
          fieldVisibilityGroup(element, this.injector),
        ]);
      }
      if (is('bpmn:EndEvent')) {
        groups = after(groups, 'general', [
          {
            id: 'cauceServiceRequest',
            label: this.translate('Service request'),
            component: Group,
            entries: endEventEntries(element),
          },
        ]);
      }
      if (is('bpmn:SequenceFlow')) {
        groups = without(groups, REPLACED_FOR_FLOWS);
        if (isConditionalFlow(element)) {
          groups = after(groups, 'general', [
            {
              id: 'cauceCondition',
              label: this.translate('Condition'),
              component: Group,
              entries: conditionEntries(element),
            },
          ]);
        }
      }
      return groups;
    };
  }

  /** The entry that edits a moddle path, so a lint finding can open the panel at it. */
  getEntryId(element: any, path: Array<string | number>): string | null {
    const [first] = path;
    if (first === 'form' || first === 'cauce:form') return 'cauceForm';
    if (first === 'identificationLevel' || first === 'cauce:identificationLevel') return 'cauceIdentificationLevel';
    if (first === 'candidateGroups' || first === 'camunda:candidateGroups') return 'cauceCandidateGroup';
    if (first === 'conditionExpression' && isConditionalFlow(element)) return 'cauceCondition';
    return null;
  }
}

// helpers

/** Camunda Platform groups that Cauce's replace on a step: camunda:formKey / formRef / formData forms. */
const REPLACED_FOR_STEPS = ['CamundaPlatform__Form', 'CamundaPlatform__FormData'];

/** Camunda Platform's and bpmn's condition groups (expression or script), replaced by the FEEL one. */
const REPLACED_FOR_FLOWS = ['CamundaPlatform__Condition', 'condition'];

function without(groups: any[], ids: string[]): any[] {
  return groups.filter((group) => !ids.includes(group.id));
}

function after(groups: any[], id: string, added: any[]): any[] {
  const at = groups.findIndex((group) => group.id === id);
  const index = at === -1 ? groups.length : at + 1;
  return [...groups.slice(0, index), ...added, ...groups.slice(index)];
}
