import { beforeAll, describe, expect, it } from 'vitest';
import { loadBpmn, type LoadedBpmn } from '@cauce/engine';
import { serviceRequestOf, type InstanceOutcome } from '@cauce/procedure-kit';
import { loadSample } from './index';

describe('serviceRequestOf', () => {
  const claims = loadSample('claim-status');
  const bank = loadSample('change-of-bank-details');
  const loadedBpmn: Record<string, LoadedBpmn> = {};
  beforeAll(async () => {
    for (const pkg of [claims, bank]) {
      const loaded = await loadBpmn(pkg.xml);
      if (!loaded.ok) throw loaded.error;
      loadedBpmn[pkg.id] = loaded.value;
    }
  });
  const derive = (pkg: typeof claims, entryChannel: 'agent' | 'web', outcome: InstanceOutcome, lastActor?: string) =>
    serviceRequestOf({
      manifest: pkg.manifest,
      model: loadedBpmn[pkg.id].processes[0],
      entryChannel,
      outcome,
      lastActor,
    });

  it.each([
    [
      'ended at an end event: its state, and who acted last',
      'web',
      { state: 'completed', endEvent: 'EndNotFound', waitingAt: [] },
      'citizen',
      { state: 'cancelled', responsible: 'citizen' },
    ],
    [
      'ended where the end event names the responsible',
      'web',
      { state: 'completed', endEvent: 'EndCallbackDone', waitingAt: [] },
      'citizen',
      { state: 'resolved', responsible: 'agent-l2' },
    ],
    [
      'waiting for the second level',
      'web',
      { state: 'waiting', waitingAt: ['SpecialistCallback'] },
      'citizen',
      { state: 'escalated', responsible: 'agent-l2' },
    ],
    [
      'waiting for the citizen on the web',
      'web',
      { state: 'waiting', waitingAt: ['AskReference'] },
      undefined,
      { state: 'waiting-citizen', responsible: 'citizen' },
    ],
    [
      'waiting for the agent on the phone',
      'agent',
      { state: 'waiting', waitingAt: ['AskReference'] },
      undefined,
      { state: 'in-progress', responsible: 'agent-l1' },
    ],
    [
      'waiting on a connector',
      'agent',
      { state: 'waiting', waitingAt: ['GetClaim'] },
      'agent-l1',
      { state: 'in-progress', responsible: 'agent-l1' },
    ],
  ] as const)('%s', (_, channel, outcome, actor, expected) => {
    // given a claim-status instance in that state
    // when
    const request = derive(claims, channel, outcome as unknown as InstanceOutcome, actor);
    // then
    expect(request).toEqual({ ...expected, type: 'claim-status-enquiry', channel });
  });

  it('puts a web request waiting at an agent-only step in the agent queue (the hand-off)', () => {
    // given a bank-details request started on the web, now at the verification only agents perform
    // when
    const request = derive(bank, 'web', { state: 'waiting', waitingAt: ['VerifyHolder'] }, 'citizen');
    // then
    expect(request).toEqual({
      state: 'in-progress',
      responsible: 'agent-l1',
      type: 'bank-details-change',
      channel: 'web',
    });
  });
});
