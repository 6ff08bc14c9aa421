/**
 * What the Cauce properties provider needs from the draft the modeler edits (the files map outside bpmn-js):
 * the forms a step may name, their fields, and a way to create one. The designer passes it as the modeler's
 * `cauce` config (`new Modeler({ cauce: { draft } })`); the provider reads it as `config.cauce`.
 * @public
 */
export interface CauceDraftPort {
  /** package paths of the draft's forms (`forms/Step.schema.json`), sorted */
  formPaths(): string[];
  /** the field names of a form of the draft (top-level properties), for the field-visibility list */
  formFields(path: string): string[];
  /** creates an empty form for a step and returns its path (or undefined when it could not) */
  createForm(stepId: string): string | undefined;
}

/** The `cauce` config of the modeler. @public */
export interface CauceModelerConfig {
  draft?: CauceDraftPort;
  /** the panel's language (`es` reference; ca, eu, gl, en) */
  language?: string;
}

/** A port with no forms, for a modeler opened without a draft (tests of the BPMN alone). @internal */
export const NO_DRAFT: CauceDraftPort = {
  formPaths: () => [],
  formFields: () => [],
  createForm: () => undefined,
};
