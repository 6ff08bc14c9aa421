import { authSchemas } from './auth';
import { catalogueSchemas } from './catalogue';
import { commonSchemas } from './common';
import type { JsonSchema } from './define';
import { requestSchemas } from './requests';
import { sessionSchemas } from './sessions';

/**
 * Every /api schema, each with an `$id` the routes refer to (`ref('cauce-api-start')`). Registered once per app with
 * `addSchema`, beside {@link sharedSchemas}; channels/scripts/build-api-types.ts renders their TypeScript types
 * into generated/types.ts (generated.test.ts fails on drift). The step view's schema is not here: it is
 * `schemas/json/step-view.json`, the file the StepView type is generated from, so the type and the response cannot
 * drift; channelsApi.test.ts still checks real views pass through unchanged.
 * @internal
 */
export const apiSchemas: readonly JsonSchema[] = [
  ...commonSchemas,
  ...authSchemas,
  ...catalogueSchemas,
  ...sessionSchemas,
  ...requestSchemas,
];

export { ref, replies, viewReplies, type JsonSchema } from './define';
export { sharedSchemas } from './sharedSchemas';
