import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPackageDir } from '../lintPackage';

const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url));
const connectorsDir = join(fixtures, 'connectors');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The good fixture with no diagram, a step without form, a form that is not there and texts missing in eu, ca and gl. */
function brokenCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'cauce-dup-'));
  made.push(root);
  const dir = join(root, 'good-package');
  cpSync(join(fixtures, 'good-package'), dir, { recursive: true });
  const edit = (file: string, change: (text: string) => string) =>
    writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
  edit('process.bpmn', (xml) =>
    xml
      .replace(/<bpmndi:BPMNDiagram[\s\S]*<\/bpmndi:BPMNDiagram>/, '')
      .replace('cauce:form="forms/ConfirmAddress.schema.json" ', '')
      .replace('forms/ReviewAffiliation.schema.json', 'forms/Nope.schema.json'),
  );
  rmSync(join(dir, 'texts/eu.json'));
  const json = (file: string, change: (texts: any) => void) =>
    edit(file, (text) => {
      const texts = JSON.parse(text);
      change(texts);
      return JSON.stringify(texts, null, 2);
    });
  json('texts/ca.json', (t) => delete t.steps.ReviewAffiliation);
  json('texts/gl.json', (t) => delete t.steps.ConfirmAddress.web);
  json('texts/en.json', (t) => delete t.steps.ConfirmAddress.agent.fields.addressConfirmed.label);
  return dir;
}

const shown = (findings: Array<{ file: string; elementId: string | null; rule: string; message: string }>) =>
  findings.map((f) => `${f.file} ${f.elementId ?? '-'} ${f.rule} ${f.message}`);

describe('cauce lint --conventions reports each problem once', () => {
  it('keeps the lint rule and drops the conventions finding that says the same', async () => {
    // given
    const dir = brokenCopy();
    // when
    const validated = await checkPackageDir(dir, { conventions: true, connectorsDir });
    const linted = await checkPackageDir(dir, { lint: true, conventions: true, connectorsDir });
    // then: validation alone still reports them, as conventions
    const duplicates = [
      'process.bpmn ConfirmAddress package/step step without cauce:form',
      'process.bpmn ReviewAffiliation package/step form forms/Nope.schema.json does not exist',
      'process.bpmn - package/diagram the file has no diagram (BPMNDI): lay it out in the designer and save',
      'texts/eu.json - package/texts texts/eu.json is missing: a procedure speaks es, ca, eu, gl, en',
      'texts/ca.json - package/texts /steps/ReviewAffiliation is in texts/es.json but missing here',
      'texts/gl.json - package/texts /steps/ConfirmAddress/web is in texts/es.json but missing here',
      'texts/en.json - package/texts /steps/ConfirmAddress/agent/fields/addressConfirmed/label is in texts/es.json but missing here',
      'texts/ca.json ReviewAffiliation package/texts step ReviewAffiliation is performed on agent but has no agent text',
      'texts/gl.json ConfirmAddress package/texts step ConfirmAddress is performed on web but has no web text',
    ];
    expect(shown(validated.findings)).toEqual(expect.arrayContaining(duplicates));
    // and lint says each once, under its own rule
    const lines = shown(linted.findings);
    for (const duplicate of duplicates) expect(lines).not.toContain(duplicate);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^process\.bpmn ConfirmAddress cauce\/user-task-form /),
        expect.stringMatching(/^process\.bpmn ReviewAffiliation cauce\/form-file /),
        expect.stringMatching(/^process\.bpmn fixture-health-card bpmnlint\/no-bpmndi the file has no diagram/),
        "process.bpmn ReviewAffiliation cauce/text-languages step 'ReviewAffiliation' has no text in texts/ca.json",
        "process.bpmn ConfirmAddress cauce/text-languages step 'ConfirmAddress' in texts/gl.json lacks the text (web)",
        "process.bpmn ConfirmAddress cauce/text-languages step 'ConfirmAddress' in texts/en.json lacks the label of 'addressConfirmed' (agent)",
        'process.bpmn CardSent package/end-state end event without camunda:property serviceRequestState',
      ]),
    );
  });
});
