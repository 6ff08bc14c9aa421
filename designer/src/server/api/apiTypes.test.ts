import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderApiTypes } from './renderApiTypes';

describe('generated/apiTypes.ts', () => {
  it('matches the /api/designer schemas (run `pnpm --filter @cauce/designer build:api-types` when this fails)', async () => {
    // given
    const committed = readFileSync(new URL('../generated/apiTypes.ts', import.meta.url), 'utf8');
    // when
    const rendered = await renderApiTypes();
    // then
    expect(rendered).toBe(committed);
  });
});
