import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSimulators } from './buildSimulators';
import { simErrorRegistry } from './errors';
import { TEST_CITIZENS, UNKNOWN_CITIZEN_ID } from './synthetic/testCitizens';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const rows = (re: RegExp) => [...readme.matchAll(re)].map((m) => m.slice(1));

describe('README.md', () => {
  it('lists every error code with its status, and nothing else', () => {
    // given
    const documented = new Map(
      rows(/^\|\s*`(SIM_[A-Z_]+)`\s*\|\s*(\d{3})\s*\|/gm).map(([code, status]) => [code, Number(status)]),
    );
    // when
    const registered = new Map([...simErrorRegistry.values()].map((e) => [e.code, e.statusCode]));
    // then
    expect(documented).toEqual(registered);
  });

  it('lists every test citizen with its id', () => {
    // given
    const documented = Object.fromEntries(rows(/^\|\s*`([a-zA-Z]+)`\s*\|\s*`(\d{8}[A-Z])`\s*\|/gm));
    // when / then
    expect(documented).toEqual(TEST_CITIZENS);
    expect(readme).toContain(`\`${UNKNOWN_CITIZEN_ID}\``);
  });

  it('lists every route, and nothing else', async () => {
    // given
    const documented = rows(/^\|\s*`(GET|POST|PUT|PATCH|DELETE)`\s*\|\s*`([^`]+)`\s*\|/gm).map(([m, p]) => `${m} ${p}`);
    const app = buildSimulators({ env: {} });
    const routes: string[] = [];
    app.addHook('onRoute', (r) => {
      for (const m of [r.method].flat()) if (m !== 'HEAD') routes.push(`${m} ${r.url}`);
    });
    // when
    await app.ready();
    // then
    expect(documented.sort()).toEqual(routes.sort());
  });
});
