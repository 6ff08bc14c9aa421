import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { channelsSqlBundle } from './channelsSqlBundle';

describe('channels SQL bundle', () => {
  it('matches the committed generated/sql.ts (run `pnpm --filter @cauce/channels build:sql` when this fails)', () => {
    // given
    const committed = readFileSync(new URL('./generated/sql.ts', import.meta.url), 'utf8');
    // when
    const { source } = channelsSqlBundle();
    // then
    expect(source).toBe(committed);
  });
});
