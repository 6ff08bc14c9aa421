import { defineConfig } from 'vitest/config';

// One run for the whole workspace. Store-backed tests run on PGlite and, when
// DATABASE_URL is set, on PostgreSQL too (see engine/src/store/testing.ts).
export default defineConfig({
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['**/node_modules/**', 'test/bench/**', '.cauce/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default'],
  },
});
