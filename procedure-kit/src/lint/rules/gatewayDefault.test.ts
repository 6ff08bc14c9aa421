import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gatewayDefault } from './gatewayDefault';
import { runRule } from './runRule';

const fixture = readFileSync(new URL('./gatewayDefault.bpmn', import.meta.url), 'utf8');

describe('cauce/gateway-default', () => {
  it('reports conditional gateways without a default unless the conditions visibly cover every case', async () => {
    // given the fixture: a default flow, complements, a negation, an unconditional flow, and two gateways that may stop
    // when
    const reports = await runRule(gatewayDefault, fixture);
    // then
    expect(reports).toEqual([
      {
        id: 'MayAllBeFalse',
        message:
          'exclusive gateway has no default flow and its conditions may all be false (the instance would stop with an incident); mark one outgoing flow as default',
      },
      {
        id: 'NotComplements',
        message:
          'inclusive gateway has no default flow and its conditions may all be false (the instance would stop with an incident); mark one outgoing flow as default',
      },
    ]);
  });
});
