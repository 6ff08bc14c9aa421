import type { FormSchema, Language, ProcedureManifest, StepTexts } from '@cauce/schemas';

/** A published procedure package as the channels read it back (one procedure_package row). @public */
export interface PublishedPackage {
  procedureId: string;
  version: string;
  definitionId: string;
  definitionKey: string;
  manifest: ProcedureManifest;
  /** forms by their path in the package (`forms/ConfirmRequest.schema.json`), as `cauce:form` names them */
  forms: Record<string, FormSchema>;
  texts: Partial<Record<Language, StepTexts>>;
}
