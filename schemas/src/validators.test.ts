import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  validateProcedure,
  validateScenario,
  validateStepTexts,
  type Problem,
  type ValidationResult,
} from './validators';

const fixture = (path: string) => JSON.parse(readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8'));
const clone = <T>(v: T): T => structuredClone(v);
const problems = (r: ValidationResult<unknown>): Problem[] => (r.ok ? [] : r.problems);
const paths = (r: ValidationResult<unknown>) => problems(r).map((p) => p.path);

describe('validateProcedure', () => {
  const good = fixture('european-health-card/procedure.json');

  it('accepts the sample manifest and returns it typed', () => {
    // given the European Health Card manifest
    // when
    const result = validateProcedure(good);
    // then
    expect(result).toEqual({ ok: true, value: good });
    expect(result.ok && result.value.title.eu).toBe('Europako Osasun Txartela eskatu');
  });

  it('reports each mistake where it is, in plain words', () => {
    // given
    const bad = {
      ...clone(good),
      id: 'Tarjeta_Sanitaria',
      version: '1.2',
      channels: ['phone'],
      identificationLevel: 4,
    };
    delete bad.title.gl;
    bad.process = '../shared/process.bpmn';
    bad.statusTexts = { delivered: good.statusTexts.resolved };
    // when
    const result = validateProcedure(bad);
    // then
    expect(problems(result)).toEqual([
      { path: '/id', message: 'must be kebab-case: lower-case letters and digits joined by single hyphens' },
      { path: '/version', message: 'must be a semantic version such as 1.2.0 or 2.0.0-rc.1' },
      { path: '/title/gl', message: 'is required' },
      { path: '/channels/0', message: 'must be one of "agent", "web"' },
      { path: '/identificationLevel', message: 'must be one of 0, 1, 2, 3' },
      { path: '/process', message: 'must be a relative path to a .bpmn file inside the package' },
      { path: '/statusTexts/delivered', message: 'is not allowed here' },
    ]);
  });

  it('requires the description and refuses blank titles', () => {
    // given
    const bad = clone(good);
    delete bad.description;
    bad.title.en = '   ';
    // when
    const result = validateProcedure(bad);
    // then
    expect(problems(result)).toEqual([
      { path: '/description', message: 'is required' },
      { path: '/title/en', message: 'must not be empty or blank' },
    ]);
  });

  it('accepts pre-release versions and leaves out the default process path', () => {
    // given
    const minimal = { ...clone(good), version: '2.0.0-rc.1' };
    delete minimal.process;
    delete minimal.statusTexts;
    // when / then
    expect(validateProcedure(minimal).ok).toBe(true);
  });
});

describe('validateStepTexts', () => {
  const good = fixture('european-health-card/texts/es.json');

  it('accepts the reference texts with dotted placeholders and custom common keys', () => {
    // given / when
    const result = validateStepTexts(good);
    // then
    expect(result.ok).toBe(true);
  });

  it('refuses malformed placeholders, blank titles, empty steps and unknown channels', () => {
    // given
    const bad = clone(good);
    bad.steps.ConfirmAddress.agent.text = 'Diga {{ nombre completo }} y {{{html}}}';
    bad.steps.ConfirmAddress.web.title = ' ';
    bad.steps.Empty = {};
    bad.steps.Other = { phone: { title: 'x', text: 'y' } };
    bad.common['Bad-Key'] = 'x';
    // when
    const result = validateStepTexts(bad);
    // then
    expect(problems(result)).toEqual([
      {
        path: '/common/Bad-Key',
        message: 'custom common text keys are camelCase (a lower-case letter, then letters and digits)',
      },
      {
        path: '/steps/ConfirmAddress/agent/text',
        message: 'placeholders must be {{name}} or {{dotted.path}}; no other double or triple braces',
      },
      {
        path: '/steps/ConfirmAddress/web/title',
        message: 'must not be blank; placeholders must be {{name}} or {{dotted.path}}',
      },
      { path: '/steps/Empty', message: 'must NOT have fewer than 1 properties' },
      { path: '/steps/Other/phone', message: 'is not allowed here' },
    ]);
  });

  it('keeps single braces and needs title and text per channel', () => {
    // given
    const texts = {
      language: 'ca',
      steps: { A: { web: { title: 'Preu {en euros}', text: '' } }, B: { agent: { title: 'x' } } },
    };
    // when
    const result = validateStepTexts(texts);
    // then
    expect(problems(result)).toEqual([{ path: '/steps/B/agent/text', message: 'is required' }]);
  });
});

describe('validateScenario', () => {
  it('accepts the sample scenarios: answers, connector completions, BPMN errors and failures', () => {
    // given
    const happy = fixture('european-health-card/scenarios/address-confirmed.json');
    const escalated = fixture('european-health-card/scenarios/not-affiliated.json');
    // when / then
    expect(validateScenario(happy).ok).toBe(true);
    expect(validateScenario(escalated).ok).toBe(true);
  });

  it('reports the mistake of the kind of step meant, not every kind it is not', () => {
    // given
    const bad = fixture('european-health-card/scenarios/not-affiliated.json');
    delete bad.steps[0].errorCode;
    bad.steps[1].answers = 'yes';
    bad.steps.push({ connector: 'sms.send', outcome: 'timeout' });
    bad.expect.serviceRequest.state = 'closed';
    // when
    const result = validateScenario(bad);
    // then
    expect(problems(result)).toEqual([
      { path: '/steps/0/errorCode', message: 'is required' },
      { path: '/steps/1/answers', message: 'must be object' },
      { path: '/steps/3/outcome', message: 'must be "complete"' },
      {
        path: '/expect/serviceRequest/state',
        message: 'must be one of "open", "in-progress", "waiting-citizen", "escalated", "resolved", "cancelled"',
      },
    ]);
  });

  it('needs the expected path, outcome and service request', () => {
    // given
    const bad = { name: 'x', channel: 'web', steps: [], expect: { path: ['Start Event'] } };
    // when
    const result = validateScenario(bad);
    // then
    expect(problems(result)).toEqual([
      { path: '/expect/outcome', message: 'is required' },
      { path: '/expect/serviceRequest', message: 'is required' },
      { path: '/expect/path/0', message: 'must be a BPMN id: a letter or _ followed by letters, digits, _, . or -' },
    ]);
  });
});
