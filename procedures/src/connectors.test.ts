import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBpmn } from '@cauce/engine';
import { connectorContract } from '@cauce/procedure-kit';
import { listSamples, loadSample, samplesRoot } from './index';

const contract = connectorContract(readFileSync(join(samplesRoot, 'CONNECTORS.md'), 'utf8'));
const TOPICS = [
  'affiliation.get-citizen',
  'affiliation.change-address',
  'affiliation.change-bank-account',
  'pensions.get-claim',
  'pensions.issue-certificate',
  'subsidies.ehic-eligibility',
  'subsidies.ehic-request',
  'appointments.find-slots',
  'appointments.book',
  'notify.sms',
  'notify.email',
];

describe('CONNECTORS.md', () => {
  it('documents the eleven topics of the brief and seven templates', () => {
    // given the contract as written
    // when
    const topics = Object.keys(contract.topics);
    // then
    expect(topics.sort()).toEqual([...TOPICS].sort());
    expect(Object.keys(contract.templates)).toHaveLength(7);
    expect(contract.topics['pensions.issue-certificate'].inputs).toContainEqual({ name: 'purpose', optional: true });
  });
});

describe('the notification templates', () => {
  it('are each used by some procedure', () => {
    // given every process
    const xml = listSamples()
      .map((id) => loadSample(id).xml)
      .join('\n');
    // when
    const unused = Object.keys(contract.templates).filter(
      (t) => !xml.includes(`&#34;${t}&#34;`) && !xml.includes(`&quot;${t}&quot;`) && !xml.includes(`"${t}"`),
    );
    // then
    expect(unused).toEqual([]);
  });
});

describe.each(listSamples())('%s keeps to CONNECTORS.md', (id) => {
  const pkg = loadSample(id);

  it('maps only documented inputs, catches only documented errors and names only documented templates', async () => {
    // given the process
    const loaded = await loadBpmn(pkg.xml);
    if (!loaded.ok) throw loaded.error;
    const model = loaded.value.processes[0];
    const problems: string[] = [];
    // when every service task is compared with its topic's contract
    for (const node of Object.values(model.nodes).filter((n) => n.topic)) {
      const topic = contract.topics[node.topic!];
      if (!topic) {
        problems.push(`${node.id}: topic ${node.topic} is not documented`);
        continue;
      }
      const mapped = node.inputs.map((m) => m.name);
      for (const m of mapped)
        if (!topic.inputs.some((i) => i.name === m))
          problems.push(`${node.id}: input ${m} is not documented for ${node.topic}`);
      for (const i of topic.inputs)
        if (!i.optional && !mapped.includes(i.name))
          problems.push(`${node.id}: required input ${i.name} is not mapped`);
      for (const b of node.boundaries.map((id) => model.nodes[id]).filter((b) => b.event === 'error')) {
        if (!topic.errors.includes(b.errorCode!))
          problems.push(`${b.id}: ${b.errorCode} is not a documented error of ${node.topic}`);
      }
      const template = node.inputs.find((m) => m.name === 'template')?.expression ?? '';
      // the values the expression can give: a literal, or the branches of an if-then-else
      for (const [, name] of template.matchAll(/(?:^=\s*|\bthen\s+|\belse\s+)"([^"]+)"/g)) {
        if (!contract.templates[name]) problems.push(`${node.id}: template ${name} is not documented`);
        else if (!contract.templates[name].channels.includes(node.topic!.replace('notify.', '')))
          problems.push(`${node.id}: template ${name} is not sent by ${node.topic}`);
      }
    }
    // then
    expect(problems).toEqual([]);
  });

  it('simulates connectors in its scenarios only with documented outputs and errors', () => {
    // given the scenarios
    const problems: string[] = [];
    // when
    for (const { file, scenario } of pkg.scenarios) {
      scenario.steps.forEach((action, i) => {
        if ('step' in action) return;
        const topic = contract.topics[action.connector];
        if (!topic) return problems.push(`${file} step ${i + 1}: ${action.connector} is not documented`);
        if (action.outcome === 'complete') {
          for (const name of Object.keys(action.variables ?? {}))
            if (!topic.outputs.includes(name))
              problems.push(`${file} step ${i + 1}: ${name} is not an output of ${action.connector}`);
        }
        if (action.outcome === 'bpmnError' && !topic.errors.includes(action.errorCode))
          problems.push(`${file} step ${i + 1}: ${action.errorCode} is not an error of ${action.connector}`);
      });
    }
    // then
    expect(problems).toEqual([]);
  });
});
