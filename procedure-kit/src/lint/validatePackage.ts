import {
  CHANNELS,
  validateFormSchema,
  validateProcedure,
  validateScenario,
  validateStepTexts,
  type FormSchema,
  type Language,
  type ProcedureManifest,
  type Scenario,
  type StepTexts,
} from '@cauce/schemas';
import { lineIndex, loadBpmn, type ProcessModel, type Unsupported } from '@cauce/engine';
import { bpmnElements } from './bpmnElements';
import { stepOf } from './rules/stepOf';
import { checkScenarios } from './checkScenarios';
import { checkTexts } from './checkTexts';
import { checkConventions } from './conventions/index';
import type { Finding } from './Finding';
import { jsonDocument, type JsonDocument } from './jsonDocument';
import { LANGUAGES, type LanguageTexts } from './LintContext';
import { parseBpmn } from './parseBpmn';
import { findCatalogueDir, readCatalogue, type ConnectorCatalogue } from './readCatalogue';
import type { PackageFiles } from './readPackage';

/** A package after `validate`: what could be read, and every finding so far. @public */
export interface CheckedPackage {
  dir: string;
  files: Map<string, string>;
  manifest?: ProcedureManifest;
  /** package-relative path of the BPMN file */
  bpmnFile: string;
  bpmnXml?: string;
  /** element id → line in the BPMN file */
  lines: Map<string, number>;
  /** the moddle tree (camunda + cauce), when the XML parses */
  definitions?: any;
  /** the engine's compiled processes, when the engine accepts the BPMN */
  processes?: ProcessModel[];
  /** valid forms by package-relative path */
  forms: Map<string, FormSchema>;
  texts: Record<Language, LanguageTexts>;
  /** valid scenarios by package-relative path */
  scenarios: Map<string, Scenario>;
  findings: Finding[];
}

/** What {@link validatePackage} holds a package to, beyond what the engine needs. @public */
export interface ValidateOptions {
  /**
   * Also check the conventions the channels rely on when they publish (`publishProcedure`): all
   * five languages with the keys of es, a label for every field and choice, every step's form,
   * channels and level declared, every form used, a service-request state on every end event,
   * everything drawn; and a texts key no step uses is an error, not a warning.
   */
  conventions?: boolean;
  /** the id procedure.json must have (the folder name, when packages are found by folder) */
  expectedId?: string;
  /** with `conventions`, the connector catalogue whose outputs `data` paths may name; default the nearest `connectors/` above the package */
  connectorsDir?: string;
  /** with `conventions`, the connector catalogue itself (`catalogueOf(templates)`), for a package held in memory */
  catalogue?: ConnectorCatalogue;
}

/**
 * `cauce validate`: each file against its schema (procedure.json, forms/*, texts/*, scenarios/*),
 * the BPMN through the engine's own loader (`loadBpmn`: what it cannot execute, and invalid step
 * and end-event settings, with lines), then the checks across files (texts ↔ steps ↔ forms,
 * scenarios ↔ process ↔ forms). With `conventions`, also what the channels need to publish it.
 * The one validator of packages: the CLI, the sample procedures' tests and the channels all call it.
 * @public
 */
export async function validatePackage(pkg: PackageFiles, options: ValidateOptions = {}): Promise<CheckedPackage> {
  const findings: Finding[] = [];
  const { files } = pkg;
  const fileFinding = (file: string, message: string, rule = 'package/files', line = 1) =>
    findings.push({ file, elementId: null, line, rule, message, severity: 'error' });

  // procedure.json
  let manifest: ProcedureManifest | undefined;
  let manifestDoc: JsonDocument<ProcedureManifest> | undefined;
  let bpmnFile = 'process.bpmn';
  const manifestText = files.get('procedure.json');
  if (manifestText === undefined)
    fileFinding('procedure.json', 'procedure.json is missing: a package starts with its manifest');
  else {
    const doc = jsonDocument('procedure.json', manifestText, 'procedure', validateProcedure, findings);
    manifestDoc = doc;
    manifest = doc.value;
    const declared = (doc.raw as { process?: unknown } | undefined)?.process;
    if (typeof declared === 'string') bpmnFile = declared.replace(/^\.\//, '');
  }

  // process.bpmn: the moddle tree for lint, the engine's loader for what it can execute
  const checked: CheckedPackage = {
    dir: pkg.dir,
    files,
    manifest,
    bpmnFile,
    lines: new Map(),
    forms: new Map(),
    texts: emptyTexts(),
    scenarios: new Map(),
    findings,
  };
  const xml = files.get(bpmnFile);
  if (xml === undefined) fileFinding(bpmnFile, `${bpmnFile} is missing (procedure.json "process")`);
  else await checkBpmn(checked, xml);
  const elements = bpmnElements(checked.definitions);
  const userTasks = [...elements.values()].filter((e) => e.$type === 'bpmn:UserTask');

  // forms
  for (const [file, text] of files) {
    if (!file.startsWith('forms/')) continue;
    const doc = jsonDocument(file, text, 'form', validateFormSchema, findings);
    if (doc.value) checked.forms.set(file, doc.value);
  }

  // texts
  const texts = new Map<Language, JsonDocument<StepTexts>>();
  for (const [file, text] of files) {
    if (!file.startsWith('texts/')) continue;
    const lang = /^texts\/([a-z]{2})\.json$/.exec(file)?.[1] as Language | undefined;
    if (!lang || !LANGUAGES.includes(lang)) {
      fileFinding(
        file,
        `texts files are named after a language: ${LANGUAGES.map((l) => `texts/${l}.json`).join(', ')}`,
        'package/texts',
      );
      continue;
    }
    const doc = jsonDocument(file, text, 'step-texts', validateStepTexts, findings);
    texts.set(lang, doc);
    checked.texts[lang] = doc.value ? { status: 'ok', texts: doc.value } : { status: 'invalid' };
  }
  const channels = manifest?.channels ?? CHANNELS;
  const formOf = (taskId: string) => {
    const task = elements.get(taskId);
    const form = task && stepOf(task, { channels }).form;
    return form === undefined ? undefined : checked.forms.get(form);
  };
  const formsByKey = new Map<string, FormSchema[]>();
  for (const task of userTasks) {
    const { key } = stepOf(task, { channels });
    const list = formsByKey.get(key) ?? [];
    const form = formOf(task.id);
    if (form) list.push(form);
    formsByKey.set(key, list);
  }
  if (checked.definitions)
    checkTexts({ texts, formsByKey, unusedKey: options.conventions ? 'error' : 'warn' }, findings);

  // scenarios
  const scenarios: Array<JsonDocument<Scenario>> = [];
  for (const [file, text] of files) {
    if (!file.startsWith('scenarios/')) continue;
    const doc = jsonDocument(file, text, 'scenario', validateScenario, findings);
    scenarios.push(doc);
    if (doc.value) checked.scenarios.set(file, doc.value);
  }
  if (scenarios.length === 0)
    findings.push({
      file: 'scenarios/',
      elementId: null,
      line: 1,
      rule: 'package/scenario',
      message: 'no scenarios: `cauce test` has nothing to run and no coverage to show',
      severity: 'warn',
    });
  if (checked.definitions) checkScenarios({ scenarios, elements, formOf }, findings);
  if (options.conventions) {
    const catalogue = options.catalogue ?? (await readCatalogue(options.connectorsDir ?? findCatalogueDir(pkg.dir)));
    const outputs = catalogue.topics.size ? catalogue.outputs : undefined;
    checkConventions(
      { checked, manifest: manifestDoc, texts, elements, expectedId: options.expectedId, outputs },
      findings,
    );
  }
  return checked;
}

// helpers

function emptyTexts(): Record<Language, LanguageTexts> {
  return Object.fromEntries(LANGUAGES.map((l) => [l, { status: 'missing' }])) as Record<Language, LanguageTexts>;
}

async function checkBpmn(checked: CheckedPackage, xml: string): Promise<void> {
  const { bpmnFile: file, findings, manifest } = checked;
  checked.bpmnXml = xml;
  checked.lines = lineIndex(xml);
  const at = (id: string | undefined) => (id && checked.lines.get(id)) || 1;
  const parsed = await parseBpmn(xml);
  if (!parsed.ok) {
    findings.push({
      file,
      elementId: null,
      line: parsed.line ?? 1,
      rule: 'bpmn/malformed',
      message: parsed.message,
      severity: 'error',
    });
    return;
  }
  checked.definitions = parsed.value.definitions;
  for (const w of parsed.value.warnings) {
    // Content moddle cannot place, and a misspelt cauce:* attribute, are dropped silently at run time.
    const lost = /^unparsable content|^unknown attribute <cauce:/.test(w.message);
    findings.push({
      file,
      elementId: w.elementId ?? null,
      line: w.line ?? at(w.elementId),
      rule: 'bpmn/moddle',
      message: lost ? `${w.message}: it is ignored` : w.message,
      severity: lost ? 'error' : 'warn',
    });
  }
  const loaded = await loadBpmn(xml, file);
  if (!loaded.ok) {
    for (const u of loaded.unsupported ?? [
      { elementId: undefined, type: '', line: undefined, reason: loaded.error.message, setting: undefined },
    ]) {
      findings.push({
        file,
        elementId: u.elementId ?? null,
        line: u.line ?? at(u.elementId),
        rule: ruleOf(u),
        message: u.reason,
        severity: 'error',
      });
    }
  } else {
    checked.processes = loaded.value.processes;
    if (loaded.value.processes.length === 0) {
      findings.push({
        file,
        elementId: null,
        line: 1,
        rule: 'engine/unsupported',
        message: 'no executable process (isExecutable="true"): the engine has nothing to start',
        severity: 'error',
      });
    } else if (manifest && !loaded.value.processes.some((p) => p.id === manifest.id)) {
      const first = loaded.value.processes[0];
      findings.push({
        file,
        elementId: first.id,
        line: at(first.id),
        rule: 'package/process-id',
        message: `no executable process has the procedure's id '${manifest.id}': the engine starts a procedure by its process id`,
        severity: 'error',
      });
    }
  }
}

/** An invalid step setting is the step rule's finding, an invalid end-event setting the end-state rule's. */
function ruleOf(u: Unsupported): string {
  if (!u.setting) return 'engine/unsupported';
  return u.type === 'bpmn:UserTask' ? 'cauce/step' : 'package/end-state';
}
