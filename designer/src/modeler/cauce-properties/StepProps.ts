import { h } from '@bpmn-io/properties-panel/preact';
import { CheckboxEntry, SelectEntry, isCheckboxEntryEdited, isSelectEntryEdited } from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import { CHANNELS } from '@cauce/schemas/browser';
import { NO_DRAFT, type CauceDraftPort } from './CauceDraftPort';

/** The value of the form select that creates a new form instead of picking one. @internal */
export const CREATE_FORM = '__create__';

/** The candidate groups a step may go to: first- and second-level agents. @internal */
export const CANDIDATE_GROUPS = ['agent-l1', 'agent-l2'] as const;

/**
 * The entries of a step (a bpmn:UserTask): its form, the channels that may perform it, the identification level
 * and the candidate group. Each change is one `modeling.updateProperties` (undoable); an empty choice removes the
 * attribute, so the procedure's setting applies.
 * @internal
 */
export function stepEntries(element: any): any[] {
  return [
    { id: 'cauceForm', element, component: FormEntry, isEdited: isSelectEntryEdited },
    ...CHANNELS.map((channel) => ({
      id: `cauceChannel-${channel}`,
      element,
      channel,
      component: ChannelEntry,
      isEdited: isCheckboxEntryEdited,
    })),
    { id: 'cauceIdentificationLevel', element, component: LevelEntry, isEdited: isSelectEntryEdited },
    { id: 'cauceCandidateGroup', element, component: GroupEntry, isEdited: isSelectEntryEdited },
  ];
}

// helpers

function FormEntry(props: { element: any; id: string }) {
  const { element, id } = props;
  const modeling = useService('modeling');
  const translate = useService('translate');
  const draft: CauceDraftPort = useService('config.cauce')?.draft ?? NO_DRAFT;
  return h(SelectEntry, {
    element,
    id,
    label: translate('Form'),
    description: translate('What the step shows and asks, on every channel'),
    getValue: () => element.businessObject.get('cauce:form') ?? '',
    setValue: (value: string) => {
      const form = value === CREATE_FORM ? draft.createForm(element.id) : value || undefined;
      if (value === CREATE_FORM && !form) return;
      modeling.updateProperties(element, { 'cauce:form': form });
    },
    getOptions: () => {
      const current = element.businessObject.get('cauce:form');
      const paths = draft.formPaths();
      if (current && !paths.includes(current)) paths.push(current);
      return [
        { value: '', label: translate('(no form)') },
        ...paths.map((path) => ({ value: path, label: path })),
        { value: CREATE_FORM, label: translate('Create a new form…') },
      ];
    },
  });
}

function ChannelEntry(props: { element: any; id: string; channel: string }) {
  const { element, id, channel } = props;
  const modeling = useService('modeling');
  const translate = useService('translate');
  const listed = (): string[] =>
    String(element.businessObject.get('cauce:channels') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  return h(CheckboxEntry, {
    element,
    id,
    label: translate(channel === 'agent' ? 'Agent (guided script)' : 'Web (self-service)'),
    description: channel === CHANNELS[0] ? translate('None ticked: the channels of the procedure') : undefined,
    getValue: () => listed().includes(channel),
    setValue: (on: boolean) => {
      const next = CHANNELS.filter((c) => (c === channel ? on : listed().includes(c)));
      modeling.updateProperties(element, { 'cauce:channels': next.length ? next.join(',') : undefined });
    },
  });
}

function LevelEntry(props: { element: any; id: string }) {
  const { element, id } = props;
  const modeling = useService('modeling');
  const translate = useService('translate');
  return h(SelectEntry, {
    element,
    id,
    label: translate('Identification level'),
    getValue: () => {
      const level = element.businessObject.get('cauce:identificationLevel');
      return level === undefined ? '' : String(level);
    },
    setValue: (value: string) =>
      modeling.updateProperties(element, { 'cauce:identificationLevel': value === '' ? undefined : Number(value) }),
    getOptions: () => [
      { value: '', label: translate('The procedure’s') },
      { value: '0', label: translate('0 · none (general information)') },
      { value: '1', label: translate('1 · identification questions') },
      { value: '2', label: translate('2 · one-time code by SMS or email') },
      { value: '3', label: translate('3 · video or in person') },
    ],
  });
}

function GroupEntry(props: { element: any; id: string }) {
  const { element, id } = props;
  const modeling = useService('modeling');
  const translate = useService('translate');
  return h(SelectEntry, {
    element,
    id,
    label: translate('Who performs it'),
    getValue: () => element.businessObject.get('camunda:candidateGroups') ?? '',
    setValue: (value: string) =>
      modeling.updateProperties(element, { 'camunda:candidateGroups': value === '' ? undefined : value }),
    getOptions: () => {
      const current = element.businessObject.get('camunda:candidateGroups');
      const options = [
        { value: '', label: translate('Any agent') },
        { value: 'agent-l1', label: translate('First level (agent-l1)') },
        { value: 'agent-l2', label: translate('Second level (agent-l2)') },
      ];
      if (current && !(CANDIDATE_GROUPS as readonly string[]).includes(current))
        options.push({ value: current, label: current });
      return options;
    },
  });
}
