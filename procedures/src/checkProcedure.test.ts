import { describe, expect, it } from 'vitest';
import { checkProcedure, type ProcedurePackage } from '@cauce/procedure-kit';
import { loadSample } from './index';

const original = loadSample('european-health-card');
const copy = (): ProcedurePackage => structuredClone(original);
/** A finding as one comparable line: where, what and how serious. */
const line = (f: {
  file: string;
  line: number;
  elementId: string | null;
  rule: string;
  severity: string;
  message: string;
}) => `${f.file}:${f.line} ${f.elementId ?? '-'} ${f.rule} ${f.severity} ${f.message}`;

describe('checkProcedure (the one package validator with the channel conventions), on a sample', () => {
  it('accepts the sample package', async () => {
    // given
    // when
    const findings = await checkProcedure(original);
    // then
    expect(findings).toEqual([]);
  });

  it('finds texts that differ from es, steps without their texts or labels, and a missing language', async () => {
    // given a Catalan file missing a step, a Basque one missing a choice label, no Galician file
    const pkg = copy();
    delete pkg.texts.ca!.steps.InformCardValid;
    delete pkg.texts.eu!.steps.ConfirmRequest!.web!.fields!.travellingSoon!.options!.no;
    delete pkg.texts.gl;
    // when
    const findings = (await checkProcedure(pkg)).map(line);
    // then the lines are those of the files on disk, where the value is unchanged
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^texts\/ca\.json:\d+ - package\/texts error \/steps\/InformCardValid is in texts\/es\.json but missing here$/,
        ),
        expect.stringMatching(
          /^texts\/ca\.json:\d+ InformCardValid package\/texts error step InformCardValid is performed on agent but has no agent text$/,
        ),
        expect.stringMatching(
          /^texts\/eu\.json:\d+ ConfirmRequest package\/texts error choice 'no' of 'travellingSoon' needs a label \(web\)$/,
        ),
        'texts/gl.json:1 - package/texts error texts/gl.json is missing: a procedure speaks es, ca, eu, gl, en',
      ]),
    );
    expect(findings.filter((f) => f.includes('InformCardValid is in texts/es.json'))).toHaveLength(1);
  });

  it('finds a field without a label, texts nobody uses (an error here), an unused form and a wrong id', async () => {
    // given
    const pkg = copy();
    delete pkg.texts.en!.steps.ConfirmRequest!.agent!.fields!.travellingSoon!.label;
    pkg.texts.es!.steps.Gone = { agent: { title: 'T', text: 'x' } };
    pkg.forms['forms/Unused.schema.json'] = { type: 'object', properties: {} };
    pkg.id = 'health-card';
    // when
    const findings = (await checkProcedure(pkg)).map(line);
    // then
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^texts\/en\.json:\d+ ConfirmRequest package\/texts error field 'travellingSoon' needs a label \(agent\)$/,
        ),
        expect.stringMatching(
          /^texts\/es\.json:\d+ Gone package\/texts error texts for step 'Gone', but no user task has that id or cauce:textKey$/,
        ),
        'forms/Unused.schema.json:1 - package/forms error no step uses this form',
        expect.stringMatching(
          /^procedure\.json:\d+ - package\/id error the id 'european-health-card' must be the folder name 'health-card'$/,
        ),
      ]),
    );
  });

  it('finds undrawn elements, end events without a service-request state, and steps that do not declare what they need', async () => {
    // given
    const pkg = copy();
    pkg.xml = pkg.xml
      .replace(/<bpmndi:BPMNShape id="InformCardValid_di"[\s\S]*?<\/bpmndi:BPMNShape>/, '')
      .replace('<camunda:property name="serviceRequestState" value="cancelled" />', '')
      .replace(/(<bpmn:userTask id="ConfirmRequest"[^>]*?) cauce:channels="[^"]*"/, '$1')
      .replace(/(<bpmn:userTask id="InformRequested"[^>]*?) cauce:identificationLevel="[^"]*"/, '$1');
    delete pkg.forms['forms/InformRequested.schema.json'];
    // when
    const findings = (await checkProcedure(pkg)).map(line);
    // then every finding names the element and its line in process.bpmn
    const at = (id: string) => pkg.xml.split('\n').findIndex((l) => l.includes(`id="${id}"`)) + 1;
    expect(findings).toEqual(
      expect.arrayContaining([
        `process.bpmn:${at('InformCardValid')} InformCardValid package/diagram error is not drawn: no BPMNShape/BPMNEdge in the diagram`,
        `process.bpmn:${at('EndAddressFirst')} EndAddressFirst package/end-state error end event without camunda:property serviceRequestState`,
        `process.bpmn:${at('InformRequested')} InformRequested package/step error form forms/InformRequested.schema.json does not exist`,
        `process.bpmn:${at('ConfirmRequest')} ConfirmRequest package/step error step without cauce:channels`,
        `process.bpmn:${at('InformRequested')} InformRequested package/step error step without cauce:identificationLevel`,
      ]),
    );
  });

  it('finds a step below the procedure identification level, or on a channel the procedure is not published on', async () => {
    // given
    const pkg = copy();
    pkg.manifest.identificationLevel = 2;
    pkg.manifest.channels = ['agent'];
    // when
    const findings = (await checkProcedure(pkg)).map(line);
    // then
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /ConfirmRequest package\/step error cauce:identificationLevel 1 is below the procedure's 2$/,
        ),
        expect.stringMatching(
          /ConfirmRequest package\/step error channel 'web' is not one of the procedure's \(agent\)$/,
        ),
      ]),
    );
  });

  it('finds scenarios that name what the process does not have, on their lines', async () => {
    // given
    const pkg = copy();
    const { scenario } = pkg.scenarios.find((s) => s.file.endsWith('not-eligible.json'))!;
    scenario.steps.push({ step: 'Sign', answers: {} }, { connector: 'tse.issue', outcome: 'complete' });
    scenario.expect.outcome.endEvent = 'ExplainNotEligible';
    // when
    const findings = (await checkProcedure(pkg)).map(line);
    // then
    expect(findings).toEqual([
      expect.stringMatching(
        /^scenarios\/not-eligible\.json:\d+ Sign package\/scenario error 'Sign' is not a user task of the process$/,
      ),
      expect.stringMatching(
        /^scenarios\/not-eligible\.json:\d+ - package\/scenario error no external task of the process has topic 'tse\.issue'$/,
      ),
      expect.stringMatching(
        /^scenarios\/not-eligible\.json:\d+ ExplainNotEligible package\/scenario error 'ExplainNotEligible' is not an end event of the process$/,
      ),
    ]);
  });

  it('reports invalid step and end-event settings, which the engine refuses, under the step and end-state rules', async () => {
    // given a channel and a service-request state that do not exist
    const pkg = copy();
    pkg.xml = pkg.xml
      .replace('cauce:channels="agent,web"', 'cauce:channels="agent,fax"')
      .replace(
        '<camunda:property name="serviceRequestState" value="resolved" />',
        '<camunda:property name="serviceRequestState" value="done" />',
      );
    // when
    const findings = (await checkProcedure(pkg)).map(line);
    // then each is reported once, on its element's line
    const at = (id: string) => pkg.xml.split('\n').findIndex((l) => l.includes(`id="${id}"`)) + 1;
    expect(findings).toEqual([
      `process.bpmn:${at('EndReviewed')} EndReviewed package/end-state error camunda:property serviceRequestState: 'done' is not one of open, in-progress, waiting-citizen, escalated, resolved, cancelled`,
      expect.stringMatching(/^process\.bpmn:\d+ \w+ cauce\/step error cauce:channels: 'fax' is not one of agent, web$/),
    ]);
  });

  it('reports a process the engine refuses, with its reason, element and line', async () => {
    // given a JavaScript condition
    const pkg = copy();
    pkg.xml = pkg.xml.replace(
      'language="feel">= addressConfirmed = &quot;no&quot;',
      'language="javascript">addressConfirmed == &quot;no&quot;',
    );
    // when
    const findings = await checkProcedure(pkg);
    // then
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'process.bpmn', rule: 'engine/unsupported', severity: 'error' });
    expect(findings[0].elementId).toBeTruthy();
    expect(findings[0].line).toBeGreaterThan(1);
    expect(findings[0].message).toContain('write it in FEEL');
  });
});
