import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databasesUnderTest } from '@cauce/engine';
import type { StepView, Viewer } from '../contract';
import { channelsHarness, protocolAnswers, simulators } from '../testing/harness';

const sims = simulators();
const LUCIA = '99000001C';
const ana: Viewer = { role: 'agent-l1', userId: 'ana' };

describe.each(databasesUnderTest())('labeled connector data in the step view on $name', (d) => {
  let h: Awaited<ReturnType<typeof channelsHarness>>;
  beforeEach(async () => {
    await sims.start();
    h = await channelsHarness(d, sims.url());
  });
  afterEach(async () => {
    await h.close();
    await sims.stop();
  });

  it('carries the health-card data labeled in the viewer language, none before identification', async () => {
    // given
    const started = await h.service.start(ana, {
      procedureId: 'european-health-card',
      channel: 'agent',
      language: 'es',
      citizenId: LUCIA,
    });
    const answers = await protocolAnswers(sims.url(), LUCIA, started.identification.questions);
    // when
    const es = await h.service.identify(ana, started.sessionId, { method: 'protocol', answers });
    const ca = await h.service.view(ana, started.sessionId, 'ca');
    // then
    expect(started.dataView).toEqual([]);
    expect(es.dataView!.map((e) => e.label)).toEqual(['Persona', 'Derecho a la tarjeta']);
    expect(line(es, 'ehic.reason')).toEqual({
      path: 'ehic.reason',
      label: 'Motivo',
      value: 'affiliated',
      text: 'persona afiliada a la Seguridad Social',
    });
    expect(line(es, 'citizen.address')?.text).toBe('Calle Mayor, 12, 2º A, 28013 Madrid (Madrid)');
    expect(line(ca, 'ehic.reason')).toMatchObject({ label: 'Motiu', text: 'persona afiliada a la Seguretat Social' });
    expect(line(ca, 'ehic.canRequest')).toMatchObject({ label: 'Pot demanar-ne una altra', text: 'Sí' });
    // the raw data stays as it was, for compatibility
    expect(es.data.ehic).toMatchObject({ reason: 'affiliated' });
  });
});

// helpers
type Entry = NonNullable<StepView['dataView']>[number];
function line(view: StepView, path: string): Entry | undefined {
  const all = (entries: Entry[]): Entry[] => entries.flatMap((e) => [e, ...all(e.entries ?? [])]);
  return all(view.dataView ?? []).find((e) => e.path === path);
}
