import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runRule } from './runRule';
import { unreachable } from './unreachable';

const fixture = readFileSync(new URL('./unreachable.bpmn', import.meta.url), 'utf8');

describe('cauce/unreachable', () => {
  it('reports what no path from a start event reaches, following boundaries, subprocesses and links', async () => {
    // given the fixture: a loop nobody enters, an unreachable subprocess and a task inside a reached one
    // when
    const reports = await runRule(unreachable, fixture);
    // then
    expect(reports.map((r) => r.id).sort()).toEqual(['DeadSub', 'LoopA', 'LoopB', 'SubOrphan']);
    expect(reports[0].message).toBe('no path from a start event reaches this element');
  });
});
