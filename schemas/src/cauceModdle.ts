import cauceModdle from '../json/cauce.moddle.json';

/**
 * Cauce's moddle descriptor: pass it to bpmn-moddle / bpmn-js as `{ cauce: cauceModdleDescriptor }`
 * beside camunda's. It adds `cauce:form`, `cauce:textKey`, `cauce:channels` and
 * `cauce:identificationLevel` to bpmn:UserTask and the `cauce:FieldVisibility` extension element
 * (written `<cauce:fieldVisibility>`, lower-case like camunda's elements). Its own file (no Node import), so the
 * designer's modeler takes it from `@cauce/schemas/browser`.
 * @public
 */
export const cauceModdleDescriptor = cauceModdle;
