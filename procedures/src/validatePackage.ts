import { loadBpmn, type FlowNode, type ProcessModel } from '@cauce/engine';
import { validateFormSchema, validateProcedure, validateScenario, validateStepTexts, type FormSchema, type Language, type StepTexts } from '@cauce/schemas';
import { LANGUAGES, type ProcedurePackage } from './loadProcedure';
import { readBpmnExtras } from './readBpmnExtras';

/** One thing wrong with a package: the file, where in it (JSON Pointer or element id), and what. @public */
export interface PackageProblem {
  file: string;
  path: string;
  message: string;
}

const STATES = ['open', 'in-progress', 'waiting-citizen', 'escalated', 'resolved', 'cancelled'];

/**
 * Checks a whole package: each file against its schema (manifest, texts in all five languages, forms,
 * scenarios), then across files — the process loads and is drawn (BPMN DI for every element), each step
 * has its form, and texts for each of its channels in every language with a label for every field and
 * every choice, every language has exactly the keys of es, every end event names its service-request
 * state, and scenarios name steps, topics and elements the process has.
 * @public
 */
export async function validatePackage(pkg: ProcedurePackage): Promise<PackageProblem[]> {
  const problems: PackageProblem[] = [];
  const add = (file: string, path: string, message: string) => problems.push({ file, path, message });
  const schemaProblems = (file: string, r: { ok: boolean; problems?: Array<{ path: string; message: string }> }) => {
    if (!r.ok) for (const p of r.problems ?? []) add(file, p.path, p.message);
    return r.ok;
  };

  if (schemaProblems('procedure.json', validateProcedure(pkg.manifest)) && pkg.manifest.id !== pkg.id) {
    add('procedure.json', '/id', `must be the folder name '${pkg.id}'`);
  }
  for (const [file, form] of Object.entries(pkg.forms)) schemaProblems(file, validateFormSchema(form));
  for (const { file, scenario } of pkg.scenarios) schemaProblems(file, validateScenario(scenario));
  const reference = pkg.texts.es ? keyPaths(pkg.texts.es) : undefined;
  for (const lang of LANGUAGES) {
    const file = `texts/${lang}.json`;
    const texts = pkg.texts[lang];
    if (!texts) {
      add(file, '', 'is missing');
      continue;
    }
    if (!schemaProblems(file, validateStepTexts(texts))) continue;
    if (texts.language && texts.language !== lang) add(file, '/language', `must be '${lang}'`);
    if (reference && lang !== 'es') {
      const own = keyPaths(texts);
      for (const k of reference) if (!own.has(k)) add(file, k, 'is in texts/es.json but missing here');
      for (const k of own) if (!reference.has(k)) add(file, k, 'is not in texts/es.json');
    }
  }

  const loaded = await loadBpmn(pkg.xml, pkg.processFile);
  if (!loaded.ok) {
    add(pkg.processFile, '', loaded.error.message);
    return problems;
  }
  const model = loaded.value.processes.find((p) => p.id === pkg.manifest.id);
  if (!model) {
    add(pkg.processFile, '', `has no executable process with id '${pkg.manifest.id}'`);
    return problems;
  }
  checkProcess(pkg, model, add);
  checkScenarios(pkg, model, add);
  return problems;
}

// helpers
type Add = (file: string, path: string, message: string) => void;

function checkProcess(pkg: ProcedurePackage, model: ProcessModel, add: Add): void {
  const file = pkg.processFile;
  const extras = readBpmnExtras(pkg.xml);
  for (const id of [...Object.keys(model.nodes), ...Object.keys(model.flows)]) {
    if (!extras.diagramElements.has(id)) add(file, id, 'is not drawn: no BPMNShape/BPMNEdge in the diagram');
  }
  const usedForms = new Set<string>();
  const usedTexts = new Set<string>();
  for (const node of Object.values(model.nodes)) {
    if (node.type === 'endEvent') {
      const state = extras.endEventProperties[node.id]?.serviceRequestState;
      if (!state) add(file, node.id, 'end event without camunda:property serviceRequestState');
      else if (!STATES.includes(state)) add(file, node.id, `serviceRequestState '${state}' is not one of ${STATES.join(', ')}`);
    }
    if (node.type !== 'userTask') continue;
    const step = node.step ?? {};
    if (!step.form) add(file, node.id, 'step without cauce:form');
    if (!step.channels) add(file, node.id, 'step without cauce:channels');
    if (step.identificationLevel === undefined) add(file, node.id, 'step without cauce:identificationLevel');
    else if (Number(step.identificationLevel) < pkg.manifest.identificationLevel) {
      add(file, node.id, `cauce:identificationLevel ${step.identificationLevel} is below the procedure's ${pkg.manifest.identificationLevel}`);
    }
    const channels = (step.channels ?? 'agent,web').split(',').map((c) => c.trim());
    for (const c of channels) if (!(pkg.manifest.channels as string[]).includes(c)) add(file, node.id, `channel '${c}' is not one of the procedure's`);
    const form = step.form ? pkg.forms[step.form] : undefined;
    if (step.form) usedForms.add(step.form);
    if (step.form && !form) add(file, node.id, `form ${step.form} does not exist`);
    const key = step.textKey ?? node.id;
    usedTexts.add(key);
    for (const lang of LANGUAGES) checkStepTexts(pkg.texts[lang], lang, key, node, channels, form, add);
  }
  for (const f of Object.keys(pkg.forms)) if (!usedForms.has(f)) add(f, '', 'no step uses this form');
  for (const key of Object.keys(pkg.texts.es?.steps ?? {})) if (!usedTexts.has(key)) add('texts/es.json', `/steps/${key}`, 'no step has this text key');
}

function checkStepTexts(texts: StepTexts | undefined, lang: Language, key: string, node: FlowNode, channels: string[], form: FormSchema | undefined, add: Add): void {
  if (!texts) return;
  const file = `texts/${lang}.json`;
  const step = texts.steps[key];
  for (const channel of channels as Array<'agent' | 'web'>) {
    const at = `/steps/${key}/${channel}`;
    const text = step?.[channel];
    if (!text) {
      add(file, at, `step ${node.id} is performed on ${channel} but has no ${channel} text`);
      continue;
    }
    for (const field of formFields(form)) {
      if (field.channels && !field.channels.includes(channel)) continue;
      const own = text.fields?.[field.path];
      if (!own?.label) add(file, `${at}/fields/${field.path}`, 'needs a label');
      for (const value of field.options) {
        if (!own?.options?.[value]) add(file, `${at}/fields/${field.path}/options/${value}`, 'needs a label for this choice');
      }
    }
  }
}

interface FieldInfo {
  path: string;
  channels?: string[];
  options: string[];
}

/** Fields of a form (nested object fields as dotted paths) with the choices they offer. */
function formFields(form: FormSchema | undefined, prefix = ''): FieldInfo[] {
  const out: FieldInfo[] = [];
  for (const [name, raw] of Object.entries(form?.properties ?? {})) {
    const field = raw as Record<string, unknown>;
    const path = prefix ? `${prefix}.${name}` : name;
    const choices = Array.isArray(field.enum) ? field.enum : Array.isArray(field.oneOf) ? (field.oneOf as Array<{ const?: unknown }>).map((o) => o.const) : [];
    const items = field.items as { enum?: unknown[] } | undefined;
    const options = [...choices, ...(items?.enum ?? [])].filter((v) => v !== undefined).map(String);
    out.push({ path, channels: field['x-cauce-channels'] as string[] | undefined, options });
    if (field.type === 'object' && field.properties) out.push(...formFields(field as unknown as FormSchema, path));
  }
  return out;
}

function checkScenarios(pkg: ProcedurePackage, model: ProcessModel, add: Add): void {
  const topics = new Set(Object.values(model.nodes).map((n) => n.topic).filter(Boolean));
  for (const { file, scenario } of pkg.scenarios) {
    scenario.steps?.forEach((action, i) => {
      if ('step' in action) {
        if (model.nodes[action.step]?.type !== 'userTask') add(file, `/steps/${i}/step`, `'${action.step}' is not a step of the process`);
      } else {
        if (!topics.has(action.connector)) add(file, `/steps/${i}/connector`, `no service task has topic '${action.connector}'`);
        if (action.element && model.nodes[action.element]?.topic !== action.connector) add(file, `/steps/${i}/element`, `'${action.element}' is not a service task on '${action.connector}'`);
      }
    });
    scenario.expect?.path?.forEach((id, i) => {
      if (!model.nodes[id]) add(file, `/expect/path/${i}`, `'${id}' is not a flow node of the process`);
    });
    const end = scenario.expect?.outcome?.endEvent;
    if (end && model.nodes[end]?.type !== 'endEvent') add(file, '/expect/outcome/endEvent', `'${end}' is not an end event`);
  }
}

/** Every key path of a JSON value (`/steps/ConfirmRequest/web/title`), leaves and objects alike. */
function keyPaths(value: unknown, at = ''): Set<string> {
  const out = new Set<string>();
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (at === '' && (k === 'language' || k === '$schema')) continue;
      const path = `${at}/${k}`;
      out.add(path);
      for (const p of keyPaths(v, path)) out.add(p);
    }
  }
  return out;
}
