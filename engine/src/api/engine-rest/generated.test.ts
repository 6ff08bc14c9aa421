import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderApiTypes } from './schemas/renderTypes';

describe('generated/types.ts', () => {
  it('matches the schemas (run `npx tsx scripts/build-api-types.ts` in engine/ when this fails)', async () => {
    // given
    const committed = readFileSync(new URL('./generated/types.ts', import.meta.url), 'utf8');
    // when
    const rendered = await renderApiTypes();
    // then
    expect(rendered).toBe(committed);
  });
});
