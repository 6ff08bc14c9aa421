import { fileURLToPath } from 'node:url';
import common from '../json/common.json';
import procedure from '../json/procedure.json';
import stepTexts from '../json/step-texts.json';
import scenario from '../json/scenario.json';
import connectorTemplate from '../json/connector-template.json';
import form from '../json/form.json';
import stepView from '../json/step-view.json';

/**
 * Cauce's JSON Schemas as objects, by name. Register them once (`app.addSchema(jsonSchemas.procedure)`)
 * and refer to them by `$id`; `common` must be registered too, the others refer to it.
 * @public
 */
export const jsonSchemas = { common, procedure, stepTexts, scenario, connectorTemplate, form, stepView } as const;

/** The `$id` of each schema (`https://cauce.dev/schemas/procedure.json`). @public */
export const schemaIds = {
  common: common.$id,
  procedure: procedure.$id,
  stepTexts: stepTexts.$id,
  scenario: scenario.$id,
  connectorTemplate: connectorTemplate.$id,
  form: form.$id,
  stepView: stepView.$id,
} as const;

/**
 * Absolute paths of the schema files and the moddle descriptor, for tools that want files
 * (editors' `json.schemas`, bpmnlint, the designer's build).
 * @public
 */
export const schemaPaths = {
  common: file('common.json'),
  procedure: file('procedure.json'),
  stepTexts: file('step-texts.json'),
  scenario: file('scenario.json'),
  connectorTemplate: file('connector-template.json'),
  form: file('form.json'),
  stepView: file('step-view.json'),
  cauceModdle: file('cauce.moddle.json'),
} as const;

export { cauceModdleDescriptor } from './cauceModdle';

// helpers

function file(name: string): string {
  return fileURLToPath(new URL(`../json/${name}`, import.meta.url));
}
