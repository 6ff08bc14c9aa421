import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { designerSqlBundle } from './designerSqlBundle';

describe('designer SQL bundle', () => {
  it('matches the committed generated/sql.ts (run `pnpm --filter @cauce/designer build:sql` when this fails)', () => {
    // given
    const committed = readFileSync(new URL('../generated/sql.ts', import.meta.url), 'utf8');
    // when
    const { source } = designerSqlBundle();
    // then
    expect(source).toBe(committed);
  });
});
