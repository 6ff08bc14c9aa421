import { describe, expect, it } from 'vitest';
import type { Finding } from '@cauce/procedure-kit';
import { failing, formatFindings, summaryLine } from './formatFindings';

const error: Finding = {
  file: 'process.bpmn',
  elementId: 'Gw',
  line: 7,
  rule: 'cauce/feel-syntax',
  message: 'bad',
  severity: 'error',
};
const warning: Finding = {
  file: 'texts/es.json',
  elementId: null,
  line: 3,
  rule: 'package/texts',
  message: 'unused',
  severity: 'warn',
};

describe('formatFindings', () => {
  it('writes file:line, severity, element and rule, paths relative to the user folder', () => {
    // given / when
    const lines = formatFindings('/repo/procedures/p', [error, warning], '/repo');
    // then
    expect(lines).toEqual([
      'procedures/p/process.bpmn:7  error  Gw  bad  [cauce/feel-syntax]',
      'procedures/p/texts/es.json:3  warn   -  unused  [package/texts]',
    ]);
  });

  it('summarises, and fails on warnings unless they are allowed', () => {
    // given / when / then
    expect(summaryLine([error, warning])).toBe('✖ 2 findings (1 error, 1 warning)');
    expect(summaryLine([])).toBe('✔ no findings');
    expect([failing([warning], false), failing([warning], true), failing([error], true), failing([], false)]).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });
});
