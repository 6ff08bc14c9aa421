import { channel, input, language, str, type JsonSchema } from './define';

/** GET /catalogue. @internal */
export const catalogueSchemas: JsonSchema[] = [
  input('cauce-api-catalogue-query', 'CatalogueQuery', { q: { type: 'string', maxLength: 100 }, language }),
  {
    $id: 'cauce-api-catalogue',
    title: 'Catalogue',
    type: 'array',
    items: {
      type: 'object',
      required: ['id', 'title', 'description', 'channels', 'identificationLevel'],
      properties: {
        id: str,
        title: str,
        description: str,
        channels: { type: 'array', items: channel },
        identificationLevel: { type: 'integer' },
      },
    },
  },
];
