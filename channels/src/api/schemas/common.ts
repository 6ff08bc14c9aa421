import { jsonSchemas } from '@cauce/schemas';
import { input, language, str, type JsonSchema } from './define';

/** Schemas every /api area uses: the error body, the step view, path parameters and the language query. @internal */
export const commonSchemas: JsonSchema[] = [
  {
    $id: 'cauce-api-error',
    title: 'ApiError',
    type: 'object',
    required: ['code', 'message'],
    properties: { type: str, code: str, message: str },
  },
  // The step view's schema is schemas/json/step-view.json (registered by its own $id, see sharedSchemas); this
  // alias keeps the routes' `ref('cauce-api-step-view')`.
  { $id: 'cauce-api-step-view', $ref: `${jsonSchemas.stepView.$id}#` },
  {
    $id: 'cauce-api-session-params',
    title: 'SessionParams',
    type: 'object',
    required: ['sessionId'],
    properties: { sessionId: { type: 'string', maxLength: 64 } },
  },
  input('cauce-api-language-query', 'LanguageQuery', { language }),
];
