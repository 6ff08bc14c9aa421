import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formFile } from './formFile';
import { runRule } from './runRule';

const fixture = readFileSync(new URL('./formFile.bpmn', import.meta.url), 'utf8');

describe('cauce/form-file', () => {
  it('reports a cauce:form naming a file the package does not have', async () => {
    // given a package holding only forms/Present.schema.json
    const files = new Set(['process.bpmn', 'forms/Present.schema.json']);
    // when
    const reports = await runRule(formFile, fixture, { files });
    // then: a task without a form is the other rule's business
    expect(reports).toEqual([
      { id: 'Missing', message: "cauce:form 'forms/Missing.schema.json' is not a file of the package" },
    ]);
  });
});
