import { describe, expect, it } from 'vitest';
import { loadBpmn } from '@cauce/engine';
import { checkProcedure } from '@cauce/procedure-kit';
import { LANGUAGES } from '@cauce/schemas';
import { listSamples, loadSample } from './index';

describe('the sample procedures', () => {
  it('are the six of the domain', () => {
    // given the packages on disk
    // when
    const ids = listSamples();
    // then
    expect(ids).toEqual([
      'appointment-booking',
      'benefit-certificate',
      'change-of-address',
      'change-of-bank-details',
      'claim-status',
      'european-health-card',
    ]);
  });
});

describe.each(listSamples())('%s', (id) => {
  const pkg = loadSample(id);

  it('passes every schema and cross-file check', async () => {
    // given the package as read from disk
    // when
    const problems = await checkProcedure(pkg);
    // then
    expect(problems).toEqual([]);
  });

  it('loads in the engine without warnings', async () => {
    // given
    // when
    const loaded = await loadBpmn(pkg.xml, pkg.processFile);
    // then
    expect(loaded.ok && loaded.value.warnings).toEqual([]);
    expect(loaded.ok && loaded.value.processes.map((p) => p.id)).toEqual([id]);
  });

  it('speaks all five languages and has scenarios', () => {
    // given
    // when
    const languages = Object.keys(pkg.texts);
    // then
    expect(languages.sort()).toEqual([...LANGUAGES].sort());
    expect(pkg.scenarios.length).toBeGreaterThanOrEqual(3);
  });
});
