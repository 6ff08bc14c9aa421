import { describe, expect, it } from 'vitest';
import { readStepPreview, type StepPreview } from './stepPreview';

describe('readStepPreview', () => {
  it('reads a step preview and refuses anything else', () => {
    // given
    const preview: StepPreview = {
      type: 'cauce:step-preview',
      language: 'ca',
      step: { id: 'S', title: 'Pas', text: '', form: { type: 'object', properties: {} }, labels: {} },
    };
    // when / then
    expect(readStepPreview(preview)).toBe(preview);
    for (const other of [null, 'x', { type: 'other' }, { ...preview, step: { ...preview.step, form: null } }])
      expect(readStepPreview(other)).toBeUndefined();
  });
});
