import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPackage } from '../readPackage';
import { validatePackage } from '../validatePackage';

const good = fileURLToPath(new URL('../fixtures/good-package', import.meta.url));
const line = (f: {
  file: string;
  line: number;
  elementId: string | null;
  rule: string;
  severity: string;
  message: string;
}) => `${f.file}:${f.line} ${f.elementId ?? '-'} ${f.rule} ${f.severity} ${f.message}`;

describe('validatePackage with the channel conventions', () => {
  it('holds the engine-valid fixture to them: folder id, end-event states and a label for every field, with lines', async () => {
    // given a package `cauce validate` accepts
    const files = await readPackage(good);
    // when
    const plain = await validatePackage(files);
    const { findings } = await validatePackage(files, { conventions: true, expectedId: 'good-package' });
    // then
    expect(plain.findings).toEqual([]);
    const shown = findings.map(line);
    expect(shown).toEqual(
      expect.arrayContaining([
        "procedure.json:3 - package/id error the id 'fixture-health-card' must be the folder name 'good-package'",
        'process.bpmn:25 CardSent package/end-state error end event without camunda:property serviceRequestState',
        'process.bpmn:37 Reviewed package/end-state error end event without camunda:property serviceRequestState',
        "texts/es.json:15 ConfirmAddress package/texts error field 'address.street' needs a label (agent)",
        "texts/gl.json:43 ReviewAffiliation package/texts error field 'notes' needs a label (agent)",
      ]),
    );
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(['package/id', 'package/end-state', 'package/texts']));
    expect(findings.filter((f) => f.message.includes('needs a label'))).toHaveLength(5 * 9);
  });

  it('reports a missing language, keys es lacks, an unused texts key as an error and a file with no diagram', async () => {
    // given
    const { dir, files } = await readPackage(good);
    files.delete('texts/eu.json');
    const es = JSON.parse(files.get('texts/es.json')!);
    es.steps.Gone = { agent: { title: 'T', text: 'x' } };
    files.set('texts/es.json', JSON.stringify(es, null, 2));
    const ca = JSON.parse(files.get('texts/ca.json')!);
    ca.common = { ...ca.common, extra: 'x' };
    files.set('texts/ca.json', JSON.stringify(ca, null, 2));
    files.set(
      'process.bpmn',
      files.get('process.bpmn')!.replace(/<bpmndi:BPMNDiagram[\s\S]*<\/bpmndi:BPMNDiagram>/, ''),
    );
    // when
    const { findings } = await validatePackage({ dir, files }, { conventions: true });
    // then
    const shown = findings.map(line);
    expect(shown).toEqual(
      expect.arrayContaining([
        'texts/eu.json:1 - package/texts error texts/eu.json is missing: a procedure speaks es, ca, eu, gl, en',
        expect.stringMatching(
          /^texts\/ca\.json:\d+ - package\/texts error \/steps\/Gone is in texts\/es\.json but missing here$/,
        ),
        expect.stringMatching(/^texts\/ca\.json:\d+ - package\/texts error \/common\/extra is not in texts\/es\.json$/),
        expect.stringMatching(
          /^texts\/es\.json:\d+ Gone package\/texts error texts for step 'Gone', but no user task has that id or cauce:textKey$/,
        ),
        'process.bpmn:1 - package/diagram error the file has no diagram (BPMNDI): lay it out in the designer and save',
      ]),
    );
    expect(findings.filter((f) => f.rule === 'package/diagram')).toHaveLength(1);
  });
});
