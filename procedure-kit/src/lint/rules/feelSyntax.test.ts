import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feelSyntax } from './feelSyntax';
import { runRule } from './runRule';

const fixture = readFileSync(new URL('./feelSyntax.bpmn', import.meta.url), 'utf8');

describe('cauce/feel-syntax', () => {
  it('reports conditions that are not FEEL, on the element that owns them', async () => {
    // given the fixture: valid FEEL, =-prefixed FEEL, a JUEL variable path, and five bad conditions
    // when
    const reports = await runRule(feelSyntax, fixture);
    // then
    expect(reports.map((r) => r.id)).toEqual(['Broken', 'Juel', 'Script', 'Doubled', 'Review']);
    expect(reports[0].message).toMatch(/^condition amount > > 3 is not valid FEEL: /);
    expect(reports[1].message).toBe(
      'condition ${amount > 1000 && approved} is JUEL; write it in FEEL (e.g. amount > 1000 and approved)',
    );
    expect(reports[2].message).toBe('condition in javascript is not supported; write it in FEEL');
    expect(reports[3].message).toMatch(/^condition addressConfirmed == "yes" is not valid FEEL: '==' is not FEEL/);
    expect(reports[4].message).toMatch(/^completion condition nrOfCompletedInstances >= is not valid FEEL/);
  });
});
