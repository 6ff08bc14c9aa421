import { commonSchemas } from './common';
import { eventsAndHistorySchemas } from './eventsAndHistory';
import { externalTaskSchemas } from './externalTask';
import { repositorySchemas } from './repository';
import { runtimeSchemas } from './runtime';
import { taskSchemas } from './task';
import type { JsonSchema } from './define';

/**
 * Every /engine-rest schema, each with an `$id` routes refer to (`{ $ref: 'Task#' }`). Registered once per
 * app with `addSchema`; @fastify/swagger turns them into the OpenAPI components, and
 * engine/scripts/build-api-types.ts into generated/types.ts (checked for drift by a test).
 * @internal
 */
export const engineRestSchemas: readonly JsonSchema[] = [
  ...commonSchemas,
  ...repositorySchemas,
  ...runtimeSchemas,
  ...taskSchemas,
  ...externalTaskSchemas,
  ...eventsAndHistorySchemas,
];

export type { JsonSchema } from './define';
