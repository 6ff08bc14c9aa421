import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../runCli';
import { samplesRoot } from '@cauce/procedures';
import { BROKEN, CONNECTORS, GOOD, copyPackage, memoryIo } from '../testing';

describe('cauce validate / lint', () => {
  it('validate looks at schemas, the engine and cross-file references only', async () => {
    // given
    const io = memoryIo();
    // when
    const code = await runCli(['validate', BROKEN, '--json'], io);
    // then
    const doc = JSON.parse(io.text());
    expect(code).toBe(1);
    expect(doc.packages[0].findings.map((f: { rule: string }) => f.rule)).toEqual([
      'engine/unsupported',
      'package/scenario',
      'package/scenario',
    ]);
  });

  it('--conventions adds what publishing checks: a sample passes, the engine-valid fixture does not', async () => {
    // given
    const sample = memoryIo();
    const fixture = memoryIo();
    // when
    const sampleCode = await runCli(['validate', join(samplesRoot, 'claim-status'), '--conventions', '-q'], sample);
    const fixtureCode = await runCli(['validate', GOOD, '--conventions', '--json', '-q'], fixture);
    // then
    expect([sampleCode, fixtureCode]).toEqual([0, 1]);
    expect(sample.out).toEqual(['✔ no findings in 1 package']);
    const findings = JSON.parse(fixture.text()).packages[0].findings;
    expect(findings).toContainEqual({
      file: 'process.bpmn',
      elementId: 'CardSent',
      line: 25,
      rule: 'package/end-state',
      message: 'end event without camunda:property serviceRequestState',
      severity: 'error',
    });
    expect(new Set(findings.map((f: { rule: string }) => f.rule))).toEqual(
      new Set(['package/id', 'package/end-state', 'package/texts']),
    );
  });

  it('checks several packages in one run, with a progress line each', async () => {
    // given
    const io = memoryIo();
    // when
    const code = await runCli(['lint', GOOD, GOOD, '--connectors', CONNECTORS], io);
    // then
    expect(code).toBe(0);
    expect(io.err).toEqual([
      'linting procedure-kit/src/lint/fixtures/good-package',
      'linting procedure-kit/src/lint/fixtures/good-package',
    ]);
    expect(io.out).toEqual(['✔ no findings in 2 packages']);
  });

  it('--allow-warnings exits 0 when only warnings are left; a .bpmnlintrc can switch rules off', async () => {
    // given a good package whose gateway lost its default flow: a warning only
    const dir = await copyPackage(GOOD, 'warn-only');
    const bpmn = join(dir, 'process.bpmn');
    const { readFile } = await import('node:fs/promises');
    const xml = (await readFile(bpmn, 'utf8'))
      .replace(' default="Flow_AddressChanged"', '')
      .replace(
        '<bpmn:sequenceFlow id="Flow_AddressChanged" name="No" sourceRef="AddressGateway" targetRef="ToReview" />',
        '<bpmn:sequenceFlow id="Flow_AddressChanged" name="No" sourceRef="AddressGateway" targetRef="ToReview"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">addressConfirmed = "no"</bpmn:conditionExpression></bpmn:sequenceFlow>',
      );
    await writeFile(bpmn, xml);
    try {
      // when
      const strict = memoryIo();
      const lenient = memoryIo();
      const strictCode = await runCli(['lint', dir, '--connectors', CONNECTORS, '-q'], strict);
      const lenientCode = await runCli(['lint', dir, '--connectors', CONNECTORS, '-q', '--allow-warnings'], lenient);
      await writeFile(join(dir, '.bpmnlintrc'), JSON.stringify({ rules: { 'cauce/gateway-default': 'off' } }));
      const configured = memoryIo();
      const configuredCode = await runCli(['lint', dir, '--connectors', CONNECTORS, '-q'], configured);
      // then
      expect(strict.out[0]).toMatch(/process\.bpmn:\d+  warn   AddressGateway  exclusive gateway has no default flow/);
      expect([strictCode, lenientCode, configuredCode]).toEqual([1, 0, 0]);
    } finally {
      await rm(join(dir, '..'), { recursive: true, force: true });
    }
  });
});
