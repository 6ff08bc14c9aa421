// Generated from json/connector-template.json by scripts/generate-types.ts — do not edit.
// Run `pnpm --filter @cauce/schemas build:types`; src/generatedTypes.test.ts fails on drift.

import type { ElementId, NonEmptyText } from './common';

/**
 * This interface was referenced by `ConnectorTemplate`'s JSON-Schema
 * via the `definition` "url".
 */
export type HttpUrl = string;
/**
 * Where the property's value goes. Cauce accepts the Camunda 7 bindings an external task uses; class, delegate and expression implementations, fields, call-activity mappings, listeners and scripts are refused (Cauce evaluates no scripts).
 *
 * This interface was referenced by `ConnectorTemplate`'s JSON-Schema
 * via the `definition` "binding".
 */
export type TemplateBinding =
  | PropertyBinding
  | CamundaPropertyBinding
  | InputParameterBinding
  | OutputParameterBinding
  | ErrorEventDefinitionBinding;

/**
 * A connector's element template: a Camunda 7 element template (it loads in Camunda Modeler and in the designer's properties panel) restricted to what Cauce runs — an external service task with a topic, input and output parameters, and BPMN errors — plus the JSON Schemas of the connector's inputs and outputs and the BPMN error codes it documents.
 */
export interface ConnectorTemplate {
  /**
   * The Camunda 7 element templates schema (https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json) or Cauce's.
   */
  $schema?: string;
  /**
   * Name shown in the template chooser.
   */
  name: NonEmptyText;
  /**
   * Template id (`es.seg-social.affiliation.lookup`).
   */
  id: string;
  description?: string;
  /**
   * Template version; id and version together are unique.
   */
  version?: number;
  isDefault?: boolean;
  deprecated?:
    | boolean
    | {
        message?: string;
        documentationRef?: HttpUrl;
      };
  category?: {
    id: string;
    name: string;
  };
  /**
   * @minItems 1
   */
  appliesTo: ('bpmn:ServiceTask' | 'bpmn:Task')[];
  elementType?: {
    value: 'bpmn:ServiceTask';
  };
  metadata?: {
    [k: string]: unknown | undefined;
  };
  entriesVisible?: boolean;
  groups?: TemplateGroup[];
  documentationRef?: HttpUrl;
  icon?: {
    contents: string;
  };
  keywords?: string[];
  engines?: {
    [k: string]: string | undefined;
  };
  properties: TemplateProperty[];
  /**
   * Only bpmn:Error scopes: the errors the service task's error event definitions refer to.
   */
  scopes?: ErrorScope[];
  /**
   * JSON Schema of the variables the worker receives (the camunda:inputParameter names).
   */
  'x-cauce-inputs'?: ConnectorDataSchema;
  /**
   * JSON Schema of the variables the worker completes the task with.
   */
  'x-cauce-outputs'?: ConnectorDataSchema;
  /**
   * BPMN error codes the worker may report; a boundary error event can catch each one.
   */
  'x-cauce-errors'?: DocumentedError[];
}
export interface TemplateGroup {
  id: string;
  label: string;
  openByDefault?: boolean;
  tooltip?: string;
}
/**
 * This interface was referenced by `ConnectorTemplate`'s JSON-Schema
 * via the `definition` "property".
 */
export interface TemplateProperty {
  id?: string;
  label?: string;
  description?: string;
  type?: 'String' | 'Text' | 'Hidden' | 'Dropdown' | 'Boolean';
  value?: string | boolean;
  editable?: boolean;
  placeholder?: string;
  group?: string;
  choices?: TemplateChoice[];
  constraints?: TemplateConstraints;
  condition?: TemplateCondition;
  binding: TemplateBinding;
}
export interface TemplateChoice {
  name: string;
  value: string;
  condition?: TemplateCondition;
}
export interface TemplateConstraints {
  notEmpty?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?:
    | string
    | {
        value: string;
        message?: string;
      };
}
export interface PropertyBinding {
  type: 'property';
  /**
   * A BPMN or camunda attribute of the service task: camunda:type, camunda:topic, name, camunda:taskPriority, camunda:asyncBefore…
   */
  name: string;
}
export interface CamundaPropertyBinding {
  type: 'camunda:property';
  name: string;
}
export interface InputParameterBinding {
  type: 'camunda:inputParameter';
  /**
   * Local variable the worker receives.
   */
  name: string;
}
export interface OutputParameterBinding {
  type: 'camunda:outputParameter';
  /**
   * Expression over the worker's result (`${status}`); the property's value names the process variable it goes to.
   */
  source: string;
  name?: string;
}
export interface ErrorEventDefinitionBinding {
  type: 'camunda:errorEventDefinition';
  /**
   * Id of a bpmn:Error scope of this template.
   */
  errorRef: string;
}
/**
 * Show the property only when another property has a value (Camunda Modeler conditions).
 *
 * This interface was referenced by `ConnectorTemplate`'s JSON-Schema
 * via the `definition` "condition".
 */
export interface TemplateCondition {
  type?: 'simple';
  property?: string;
  equals?: string | number | boolean;
  oneOf?: (string | number)[];
  /**
   * @minItems 1
   */
  allMatch?: TemplateCondition[];
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `ConnectorTemplate`'s JSON-Schema
 * via the `definition` "errorScope".
 */
export interface ErrorScope {
  type: 'bpmn:Error';
  id: ElementId;
  /**
   * Bindings of the bpmn:Error: errorCode, name, camunda:errorMessage.
   */
  properties: TemplateProperty[];
}
/**
 * A JSON Schema (draft 2020-12) of an object: the variables by name.
 *
 * This interface was referenced by `ConnectorTemplate`'s JSON-Schema
 * via the `definition` "dataSchema".
 */
export interface ConnectorDataSchema {
  type: 'object';
  properties?: {
    [k: string]: unknown | undefined;
  };
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `ConnectorTemplate`'s JSON-Schema
 * via the `definition` "documentedError".
 */
export interface DocumentedError {
  /**
   * The BPMN error code (bpmn:Error errorCode) the worker reports.
   */
  code: string;
  /**
   * When the worker reports it.
   */
  description: NonEmptyText;
}
