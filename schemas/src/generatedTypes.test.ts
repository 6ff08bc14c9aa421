import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedDir, renderTypes, typedSchemas } from '../scripts/generate-types';
import { jsonSchemas, schemaIds } from './schemaFiles';

describe('generated types', () => {
  it('match the schemas (run `pnpm --filter @cauce/schemas build:types` after changing json/)', async () => {
    // given the committed modules
    const committed = new Map(readdirSync(generatedDir).map((f) => [f, readFileSync(`${generatedDir}/${f}`, 'utf8')]));
    // when they are rendered again from json/
    const rendered = await renderTypes();
    // then
    expect([...committed.keys()].sort()).toEqual([...rendered.keys()].sort());
    for (const [file, text] of rendered) expect(committed.get(file), `src/generated/${file} drifted`).toBe(text);
  });
});

describe('schema files', () => {
  it('each have a draft 2020-12 $schema and an $id named after the file', () => {
    // given
    const files = Object.keys(typedSchemas);
    // when
    const heads = files.map((f) => JSON.parse(readFileSync(new URL(`../json/${f}`, import.meta.url), 'utf8')));
    // then
    heads.forEach((schema, i) => {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`https://cauce.dev/schemas/${files[i]}`);
    });
    expect(Object.values(schemaIds).sort()).toEqual(heads.map((h) => h.$id).sort());
  });

  it('give a status text slot to every service-request state and no other', () => {
    // given
    const states = jsonSchemas.common.$defs.serviceRequestState.enum;
    // when
    const slots = Object.keys(jsonSchemas.procedure.properties.statusTexts.properties);
    // then
    expect(slots).toEqual(states);
  });
});
