import { loadBpmn, type ProcessModel } from '@cauce/engine';
import { loadSample } from '@cauce/procedures';
import { beforeAll, describe, expect, it } from 'vitest';
import { progressOf } from './progress';

describe('progressOf', () => {
  let model: ProcessModel;
  beforeAll(async () => {
    const pkg = loadSample('european-health-card');
    const loaded = await loadBpmn(pkg.xml, pkg.processFile);
    if (!loaded.ok) throw loaded.error;
    model = loaded.value.processes[0];
  });
  const title = (id: string) => `title of ${id}`;

  it('lists the steps answered, the one shown and those ahead along default flows', () => {
    // when
    const progress = progressOf(model, {
      done: [],
      current: 'ConfirmRequest',
      live: 'ConfirmRequest',
      title,
      finished: false,
    });
    // then
    expect(progress.steps.map((s) => `${s.id}:${s.state}`)).toEqual(['ConfirmRequest:current', 'InformRequested:todo']);
    expect(progress).toMatchObject({ done: 0, total: 2 });
  });

  it('counts the live step as still to do when nobody is shown it (handed off to another level)', () => {
    // when
    const progress = progressOf(model, { done: [], live: 'ConfirmRequest', title, finished: false });
    // then
    expect(progress.steps.map((s) => `${s.id}:${s.state}`)).toEqual(['ConfirmRequest:todo', 'InformRequested:todo']);
    expect(progress).toMatchObject({ done: 0, total: 2 });
  });

  it('shows only what was done once finished', () => {
    const progress = progressOf(model, {
      done: ['ConfirmRequest', 'InformRequested'],
      live: undefined,
      title,
      finished: true,
    });
    expect(progress).toMatchObject({ done: 2, total: 2 });
  });
});
