import type { FastifyInstance } from 'fastify';
import { Errors } from '../../errorCodes';

/** Body fields whose keys are variable names, so a forbidden key there is reported as a variable error. */
const VARIABLE_MAPS = new Set([
  'variables',
  'localVariables',
  'processVariables',
  'processVariablesLocal',
  'correlationKeys',
  'localCorrelationKeys',
]);

/**
 * Replaces fastify's parsers in this context with one JSON parser, so every other media type is a 415.
 * An empty body reads as `{}` (camunda-external-task-client-js posts `unlock` with none; Camunda accepts it).
 * Malformed JSON is a 400 CAUCE_ERR_BODY_INVALID; a `__proto__` key anywhere is refused before any handler
 * sees the body (JSON.parse keeps it as a plain own key, but a later Object.assign would turn it into a
 * prototype): in a variable map or a single-variable body with CAUCE_ERR_VARIABLE_FORBIDDEN_KEY, elsewhere with
 * CAUCE_ERR_BODY_INVALID. A POST or PUT without any body reads as `{}` too, so its schema reports what is missing.
 * @internal
 */
export function useJsonBodies(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, text, done) => {
    if ((text as string).trim() === '') return done(null, {});
    let body: unknown;
    try {
      body = JSON.parse(text as string);
    } catch (error) {
      return done(Errors.bodyInvalid(`body is not valid JSON: ${(error as Error).message}`), undefined);
    }
    const path = forbiddenKeyPath(body, []);
    if (!path) return done(null, body);
    if (path === TOO_DEEP) return done(Errors.bodyInvalid(`body nested deeper than ${MAX_DEPTH} levels`), undefined);
    if (path.length >= 3 && VARIABLE_MAPS.has(path[0]))
      return done(Errors.variableForbiddenName(path[1], '__proto__'), undefined);
    const variableName = (request.params as Record<string, string> | undefined)?.varName;
    if (variableName !== undefined) return done(Errors.variableForbiddenName(variableName, '__proto__'), undefined);
    if (path.length === 2 && VARIABLE_MAPS.has(path[0]))
      return done(Errors.variableForbiddenName('__proto__', '__proto__'), undefined);
    return done(Errors.bodyInvalid(`forbidden key '__proto__' at ${path.join('.')}`), undefined);
  });
  app.addHook('preValidation', async (request) => {
    if (request.body === undefined && (request.method === 'POST' || request.method === 'PUT')) request.body = {};
  });
}

// helpers
const MAX_DEPTH = 64;
const TOO_DEEP: string[] = [];

function forbiddenKeyPath(value: unknown, path: string[]): string[] | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (path.length > MAX_DEPTH) return TOO_DEEP;
  for (const key of Object.keys(value)) {
    if (key === '__proto__') return [...path, key];
    const found = forbiddenKeyPath((value as Record<string, unknown>)[key], [...path, key]);
    if (found) return found;
  }
  return undefined;
}
