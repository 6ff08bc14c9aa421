import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderApiTypes } from './renderApiTypes';

describe('generated/types.ts', () => {
  it('matches the /api schemas (run `pnpm --filter @cauce/channels build:api-types` when this fails)', async () => {
    // given
    const committed = readFileSync(new URL('./generated/types.ts', import.meta.url), 'utf8');
    // when
    const rendered = await renderApiTypes();
    // then
    expect(rendered).toBe(committed);
  });
});
