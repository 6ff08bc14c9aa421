// Generated from json/procedure.json by scripts/generate-types.ts — do not edit.
// Run `pnpm --filter @cauce/schemas build:types`; src/generatedTypes.test.ts fails on drift.

import type { Channel, IdentificationLevel, LocalizedText } from './common';

/**
 * procedure.json, the manifest of a procedure package: what the procedure is, who owns it, which channels publish it and the identification it needs.
 */
export interface ProcedureManifest {
  /**
   * The schema this file follows, for editors.
   */
  $schema?: string;
  /**
   * Stable identifier, kebab-case; also the package folder name (`european-health-card`).
   */
  id: string;
  /**
   * Semantic version of the package (`1.4.0`, `2.0.0-rc.1`).
   */
  version: string;
  /**
   * Title in the catalogue, the agent console and the self-service pages.
   */
  title: LocalizedText;
  /**
   * One or two sentences on what the procedure does and for whom.
   */
  description: LocalizedText;
  /**
   * Where the procedure is published: the agent console, the self-service pages, or both.
   *
   * @minItems 1
   */
  channels: Channel[];
  /**
   * The identification level needed to start the procedure; a step may ask for more.
   */
  identificationLevel: IdentificationLevel;
  /**
   * Type of the service request the procedure opens, as counted in the figures (`tse-request`).
   */
  serviceRequestType: string;
  /**
   * Area responsible for the procedure and for its escalated requests (`inss-benefits`).
   */
  ownerArea: string;
  /**
   * Path of the BPMN file inside the package, relative and without `..`.
   */
  process?: string;
  /**
   * What "¿Cómo va lo mío?" answers for each state of the service request, in every language.
   */
  statusTexts?: {
    open?: LocalizedText;
    'in-progress'?: LocalizedText;
    'waiting-citizen'?: LocalizedText;
    escalated?: LocalizedText;
    resolved?: LocalizedText;
    cancelled?: LocalizedText;
  };
}
