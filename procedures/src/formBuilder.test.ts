import type { FormField } from '@cauce/schemas';
import { fieldTypeOf } from '@cauce/forms/builder';
import { describe, expect, it } from 'vitest';
import { listSamples, loadSample } from './index';

describe("the samples' forms in the designer's form builder", () => {
  it('open with every field as one of the builder types (none left as "other")', () => {
    // given the six samples' step forms
    const forms = listSamples().flatMap((id) => Object.values(loadSample(id).forms));
    // when
    const others = forms.flatMap((form) =>
      Object.entries(form.properties as Record<string, FormField>)
        .filter(([name, node]) => fieldTypeOf(node, name) === 'other')
        .map(([name]) => name),
    );
    // then
    expect(forms.length).toBeGreaterThan(10);
    expect(others).toEqual([]);
  });
});
