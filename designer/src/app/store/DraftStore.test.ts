import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/ApiError';
import { DraftStore } from './DraftStore';
import { fakeDraftApi } from './fakeDraftApi';
import { manualClock } from './manualClock';

const FILES = {
  'procedure.json': '{"id":"ayuda","title":{"es":"Ayuda"}}',
  'process.bpmn':
    '<bpmn:definitions><bpmn:process id="ayuda" isExecutable="true"/><bpmndi:BPMNPlane id="P" bpmnElement="ayuda"/></bpmn:definitions>',
  'forms/Datos.schema.json': '{}',
};

async function opened(opts: { readOnly?: boolean } = {}) {
  const api = fakeDraftApi();
  await api.create({ id: 'ayuda', title: { es: 'Ayuda' } });
  api.saveAs('marta', 'ayuda', FILES);
  const clock = manualClock();
  const draft = new DraftStore(api, { clock });
  await draft.open('ayuda', { readOnly: opts.readOnly ?? false });
  return { api, clock, draft, state: () => draft.getSnapshot() };
}
const label = (text: string) => ({ 'forms/Datos.schema.json': text });

describe('DraftStore', () => {
  it('opens a draft with its files and revision, saved and clean', async () => {
    // when
    const { state } = await opened();
    // then
    expect(state()).toMatchObject({ id: 'ayuda', files: FILES, rev: 2, dirty: false, save: 'saved', loading: false });
    expect(state().loadTicket).toBeGreaterThan(0);
  });

  it('autosaves 1.5 s after the last change, not before, with the revision the files build on', async () => {
    // given
    const { api, clock, draft, state } = await opened();
    // when
    draft.change({ label: 'a', files: label('{"a":1}') });
    await clock.advance(1000);
    draft.change({ label: 'b', files: label('{"b":2}') });
    await clock.advance(1400);
    const before = { saves: api.saves.length, save: state().save, dirty: state().dirty };
    await clock.advance(100);
    // then
    expect(before).toEqual({ saves: 0, save: 'pending', dirty: true });
    expect(api.saves).toEqual([{ id: 'ayuda', rev: 2, files: { ...FILES, ...label('{"b":2}') } }]);
    expect(state()).toMatchObject({ rev: 3, dirty: false, save: 'saved', savedAt: clock.now() });
  });

  it('saves again what changed while a save was on its way', async () => {
    // given
    const { api, clock, draft, state } = await opened();
    const release = api.hold();
    draft.change({ label: 'a', files: label('1') });
    await clock.advance(1500);
    // when
    draft.change({ label: 'b', files: label('2') });
    const during = state().save;
    release();
    await clock.advance(1500);
    // then
    expect(during).toBe('pending');
    expect(api.saves.map((s) => [s.rev, s.files['forms/Datos.schema.json']])).toEqual([
      [2, '1'],
      [3, '2'],
    ]);
    expect(state()).toMatchObject({ rev: 4, dirty: false, save: 'saved' });
  });

  it('undoes and redoes form and text edits, merging keystrokes with the same key into one step', async () => {
    // given
    const { draft, state } = await opened();
    draft.change({ label: 'forms.addField', files: label('{"f":1}') });
    draft.change({ label: 'forms.label', files: { 'texts/es.json': 'N' }, mergeKey: 'label:f' });
    draft.change({ label: 'forms.label', files: { 'texts/es.json': 'No' }, mergeKey: 'label:f' });
    draft.change({ label: 'forms.label', files: { 'texts/es.json': 'Nom' }, mergeKey: 'label:f' });
    // when
    const labels = { undo: state().undoLabel, redo: state().redoLabel };
    draft.undo();
    const afterOne = state().files;
    draft.undo();
    const afterTwo = state().files;
    draft.redo();
    // then
    expect(labels).toEqual({ undo: 'forms.label', redo: undefined });
    expect(afterOne['texts/es.json']).toBeUndefined();
    expect(afterOne['forms/Datos.schema.json']).toBe('{"f":1}');
    expect(afterTwo).toEqual(FILES);
    expect(state().files).toEqual({ ...FILES, ...label('{"f":1}') });
    expect(state()).toMatchObject({ undoLabel: 'forms.addField', redoLabel: 'forms.label', dirty: true });
  });

  it('keeps the flow’s edits out of its history: undoing a form edit leaves process.bpmn as it is', async () => {
    // given
    const { draft, state } = await opened();
    draft.change({ label: 'forms.addField', files: label('{"f":1}') });
    draft.change({ label: 'flow', files: { 'process.bpmn': '<new/>' }, history: false });
    // when
    draft.undo();
    // then
    expect(state().files['process.bpmn']).toBe('<new/>');
    expect(state().files['forms/Datos.schema.json']).toBe('{}');
    expect(state().undoLabel).toBeUndefined();
  });

  it('changes nothing when read-only (a supervisor)', async () => {
    // given
    const { api, clock, draft, state } = await opened({ readOnly: true });
    // when
    draft.change({ label: 'a', files: label('x') });
    await clock.advance(2000);
    // then
    expect(state()).toMatchObject({ files: FILES, dirty: false });
    expect(api.saves).toEqual([]);
  });

  it('on a conflict stops autosaving and keeps the local files; "reload theirs" takes the other specialist’s draft', async () => {
    // given
    const { api, clock, draft, state } = await opened();
    api.saveAs('ana-especialista', 'ayuda', { ...FILES, 'texts/es.json': 'theirs' });
    // when
    draft.change({ label: 'a', files: label('mine') });
    await clock.advance(1500);
    const conflicted = state();
    draft.change({ label: 'b', files: label('mine, more') });
    await clock.advance(5000);
    await draft.reloadTheirs();
    // then
    expect(conflicted).toMatchObject({
      save: 'conflict',
      dirty: true,
      conflict: { rev: 3, updatedBy: 'ana-especialista', updatedAt: '2026-12-06T10:00:00.000Z' },
    });
    expect(conflicted.files['forms/Datos.schema.json']).toBe('mine');
    expect(api.saves).toEqual([]);
    expect(state()).toMatchObject({ rev: 3, dirty: false, save: 'saved', conflict: undefined, undoLabel: undefined });
    expect(state().files['texts/es.json']).toBe('theirs');
  });

  it('on a conflict "keep mine as a copy" saves the local files as <id>-copia-N (the first free) and edits it', async () => {
    // given
    const { api, clock, draft, state } = await opened();
    await api.create({ id: 'ayuda-copia-1', title: { es: 'otra' } });
    api.saveAs('ana-especialista', 'ayuda', { ...FILES, 'texts/es.json': 'theirs' });
    draft.change({ label: 'a', files: label('mine') });
    await clock.advance(1500);
    // when
    const id = await draft.keepMineAsCopy();
    // then
    expect(id).toBe('ayuda-copia-2');
    expect(state()).toMatchObject({ id: 'ayuda-copia-2', dirty: false, save: 'saved' });
    expect(state().conflict).toBeUndefined();
    const copy = api.drafts.get('ayuda-copia-2')!.files;
    expect(copy['forms/Datos.schema.json']).toBe('mine');
    expect(JSON.parse(copy['procedure.json'])).toMatchObject({ id: 'ayuda-copia-2', title: { es: 'Ayuda (2)' } });
    expect(copy['process.bpmn']).toBe(
      '<bpmn:definitions><bpmn:process id="ayuda-copia-2" isExecutable="true"/><bpmndi:BPMNPlane id="P" bpmnElement="ayuda-copia-2"/></bpmn:definitions>',
    );
    expect(api.drafts.get('ayuda')!.files['texts/es.json']).toBe('theirs');
  });

  it('flushes unsaved changes before closing, and retries a save the network lost', async () => {
    // given
    const { api, clock, draft } = await opened();
    const save = api.save;
    let failures = 1;
    api.save = async (...args) => {
      if (failures-- > 0) throw new ApiError(0, 'NETWORK', 'down');
      return save(...args);
    };
    draft.change({ label: 'a', files: label('1') });
    await clock.advance(1500);
    const failed = draft.getSnapshot().save;
    await clock.advance(5000);
    draft.change({ label: 'b', files: label('2') });
    // when
    await draft.close();
    // then
    expect(failed).toBe('error');
    expect(api.saves.map((s) => s.files['forms/Datos.schema.json'])).toEqual(['1', '2']);
    expect([draft.getSnapshot().id, draft.getSnapshot().files]).toEqual([undefined, {}]);
  });
});
