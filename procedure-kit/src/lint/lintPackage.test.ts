import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPackageDir } from './lintPackage';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const connectorsDir = fixture('connectors');

describe('checkPackageDir', () => {
  it('finds nothing in the good package, validated or linted', async () => {
    // given / when
    const validated = await checkPackageDir(fixture('good-package'), { connectorsDir });
    const linted = await checkPackageDir(fixture('good-package'), { lint: true, connectorsDir });
    // then
    expect(validated.findings).toEqual([]);
    expect(linted.findings).toEqual([]);
    expect(linted.pkg.processes?.map((p) => p.id)).toEqual(['fixture-health-card']);
    expect([...linted.pkg.scenarios.keys()]).toHaveLength(3);
  });

  it('validation reports scenario and schema problems with file and line', async () => {
    // given / when
    const { findings } = await checkPackageDir(fixture('broken-package'), { connectorsDir });
    // then
    expect(findings.map((f) => `${f.file}:${f.line} ${f.elementId} ${f.rule}`)).toEqual([
      'process.bpmn:16 Flow_AddressOk engine/unsupported',
      'scenarios/unknown-step.json:6 ConfirmAdress package/scenario',
      'scenarios/unknown-step.json:7 ConfirmAddress package/scenario',
    ]);
  });

  it('lint reports each Cauce rule on the broken package, with element id and line', async () => {
    // given / when
    const { findings } = await checkPackageDir(fixture('broken-package'), { lint: true, connectorsDir });
    const seen = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => `${f.elementId}@${f.line}`);
    // then
    expect(seen('cauce/feel-syntax')).toEqual(['Flow_AddressOk@16']);
    expect(seen('cauce/gateway-default')).toEqual(['AddressGateway@7']);
    expect(seen('cauce/connector-topic')).toEqual(['IssueCard@8']);
    expect(seen('cauce/form-file')).toEqual(['ReviewAffiliation@10']);
    expect(seen('cauce/user-task-form')).toEqual(['Orphan@11']);
    expect(seen('cauce/text-key')).toEqual(['Orphan@11']);
    expect(seen('cauce/unreachable')).toEqual(['Orphan@11']);
    expect(seen('cauce/text-languages')).toContain('ConfirmAddress@6');
    expect(seen('bpmnlint/no-bpmndi')).toEqual(['fixture-broken@3']);
    expect(findings.every((f) => f.file && f.line > 0 && f.message)).toBe(true);
  });

  it('reports a missing manifest and process, and malformed XML with its line', async () => {
    // given
    const { validatePackage } = await import('./validatePackage');
    // when
    const empty = await validatePackage({ dir: '/x', files: new Map() });
    const malformed = await validatePackage({
      dir: '/x',
      files: new Map([
        [
          'process.bpmn',
          '<?xml version="1.0"?>\n<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">\n<bpmn:process id="p">\n</bpmn:definitions>',
        ],
      ]),
    });
    // then
    expect(empty.findings.map((f) => f.file)).toEqual(['procedure.json', 'process.bpmn', 'scenarios/']);
    expect(malformed.findings.find((f) => f.rule === 'bpmn/malformed')).toMatchObject({
      file: 'process.bpmn',
      line: 4,
    });
  });
});
