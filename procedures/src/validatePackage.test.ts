import { describe, expect, it } from 'vitest';
import { loadProcedure, validatePackage, type ProcedurePackage } from './index';

const original = loadProcedure('european-health-card');
const copy = (): ProcedurePackage => structuredClone(original);

describe('validatePackage', () => {
  it('accepts the sample package', async () => {
    // given
    // when
    const problems = await validatePackage(original);
    // then
    expect(problems).toEqual([]);
  });

  it('finds texts that differ from es, and steps without their texts or labels', async () => {
    // given a Catalan file missing a step, and a Basque one missing a choice label
    const pkg = copy();
    delete pkg.texts.ca!.steps.InformCardValid;
    delete pkg.texts.eu!.steps.ConfirmRequest!.web!.fields!.travellingSoon!.options!.no;
    // when
    const problems = await validatePackage(pkg);
    // then
    expect(problems).toEqual(expect.arrayContaining([
      { file: 'texts/ca.json', path: '/steps/InformCardValid', message: 'is in texts/es.json but missing here' },
      { file: 'texts/ca.json', path: '/steps/InformCardValid/agent', message: 'step InformCardValid is performed on agent but has no agent text' },
      { file: 'texts/eu.json', path: '/steps/ConfirmRequest/web/fields/travellingSoon/options/no', message: 'needs a label for this choice' },
    ]));
  });

  it('finds undrawn elements, end events without a service-request state and a missing form', async () => {
    // given
    const pkg = copy();
    pkg.xml = pkg.xml
      .replace(/<bpmndi:BPMNShape id="InformCardValid_di"[\s\S]*?<\/bpmndi:BPMNShape>/, '')
      .replace('<camunda:property name="serviceRequestState" value="cancelled" />', '')
      .replace('<camunda:property name="serviceRequestState" value="resolved" />', '<camunda:property name="serviceRequestState" value="done" />');
    delete pkg.forms['forms/InformRequested.schema.json'];
    // when
    const problems = await validatePackage(pkg);
    // then
    expect(problems).toEqual(expect.arrayContaining([
      { file: 'process.bpmn', path: 'InformCardValid', message: 'is not drawn: no BPMNShape/BPMNEdge in the diagram' },
      { file: 'process.bpmn', path: 'EndAddressFirst', message: 'end event without camunda:property serviceRequestState' },
      { file: 'process.bpmn', path: 'EndReviewed', message: "serviceRequestState 'done' is not one of open, in-progress, waiting-citizen, escalated, resolved, cancelled" },
      { file: 'process.bpmn', path: 'InformRequested', message: 'form forms/InformRequested.schema.json does not exist' },
    ]));
  });

  it('finds scenarios that name what the process does not have', async () => {
    // given
    const pkg = copy();
    const { scenario } = pkg.scenarios.find((s) => s.file.endsWith('not-eligible.json'))!;
    scenario.steps.push({ step: 'Sign', answers: {} }, { connector: 'tse.issue', outcome: 'complete' });
    scenario.expect.outcome.endEvent = 'ExplainNotEligible';
    // when
    const problems = await validatePackage(pkg);
    // then
    expect(problems).toEqual([
      { file: 'scenarios/not-eligible.json', path: '/steps/3/step', message: "'Sign' is not a step of the process" },
      { file: 'scenarios/not-eligible.json', path: '/steps/4/connector', message: "no service task has topic 'tse.issue'" },
      { file: 'scenarios/not-eligible.json', path: '/expect/outcome/endEvent', message: "'ExplainNotEligible' is not an end event" },
    ]);
  });

  it('reports a process the engine refuses, with its reason', async () => {
    // given a JavaScript condition
    const pkg = copy();
    pkg.xml = pkg.xml.replace('language="feel">= addressConfirmed = &quot;no&quot;', 'language="javascript">addressConfirmed == &quot;no&quot;');
    // when
    const problems = await validatePackage(pkg);
    // then
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toContain('write it in FEEL');
  });
});
