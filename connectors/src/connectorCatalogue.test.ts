import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateConnectorTemplate } from '@cauce/schemas';
import { describe, expect, it } from 'vitest';
import { CONNECTORS } from './connectorCatalogue';
import { connectorFolders, connectorsRoot } from './generateConnectorTypes';
import { MESSAGE_TEMPLATES } from './notifications';

describe('the connector catalogue', () => {
  it('has every connector folder once, named after its topic', () => {
    // given
    const folders = connectorFolders();
    // when
    const entries = CONNECTORS;
    // then
    expect(entries.map((e) => e.name).sort()).toEqual(folders);
    for (const e of entries) expect(e.topic.replace('.', '-'), e.name).toBe(e.name);
    expect(new Set(entries.map((e) => e.topic)).size).toBe(entries.length);
  });

  it.each(CONNECTORS.map((c) => [c.name, c] as const))(
    '%s: its template is a valid connector template that binds every input, output and error',
    (_, c) => {
      // given
      const raw = JSON.parse(readFileSync(join(connectorsRoot, c.name, 'template.json'), 'utf8'));
      // when
      const checked = validateConnectorTemplate(raw);
      // then
      expect(checked.ok ? [] : checked.problems).toEqual([]);
      const bound = (type: string) => c.template.properties.filter((p) => p.binding.type === type);
      expect(
        bound('camunda:inputParameter')
          .map((p) => (p.binding as { name: string }).name)
          .sort(),
      ).toEqual(Object.keys(c.inputs.properties ?? {}).sort());
      expect(
        bound('camunda:outputParameter')
          .map((p) => (p.binding as { source: string }).source)
          .sort(),
      ).toEqual(
        Object.keys(c.outputs.properties ?? {})
          .map((n) => `\${${n}}`)
          .sort(),
      );
      expect(
        (c.template.scopes ?? []).map(
          (s) => s.properties.find((p) => p.binding.type === 'property' && p.binding.name === 'errorCode')?.value,
        ),
      ).toEqual([...c.errorCodes]);
    },
  );

  it.each(CONNECTORS.map((c) => [c.name, c] as const))(
    '%s: its README names every input, output and error code',
    (_, c) => {
      // given
      const readme = readFileSync(join(connectorsRoot, c.name, 'README.md'), 'utf8');
      // when
      const names = [
        ...Object.keys(c.inputs.properties ?? {}),
        ...Object.keys(c.outputs.properties ?? {}),
        ...c.errorCodes,
        c.topic,
      ];
      // then
      for (const name of names) expect(readme, name).toContain(`\`${name}\``);
    },
  );
});

describe('procedures/CONNECTORS.md (the contract with the sample procedures)', () => {
  const contract = readContract(readFileSync(join(connectorsRoot, '..', 'procedures', 'CONNECTORS.md'), 'utf8'));

  it('lists exactly the catalogue topics', () => {
    expect(Object.keys(contract.topics).sort()).toEqual(CONNECTORS.map((c) => c.topic).sort());
  });

  it.each(CONNECTORS.map((c) => [c.topic, c] as const))(
    '%s: inputs, required ones, outputs and errors match it',
    (topic, c) => {
      // given
      const expected = contract.topics[topic]!;
      // when
      const inputs = Object.keys(c.inputs.properties ?? {});
      // then
      expect(inputs.sort()).toEqual(expected.inputs.map((i) => i.name).sort());
      expect([...(c.inputs.required ?? [])].sort()).toEqual(
        expected.inputs
          .filter((i) => !i.optional)
          .map((i) => i.name)
          .sort(),
      );
      expect(Object.keys(c.outputs.properties ?? {}).sort()).toEqual([...expected.outputs].sort());
      expect([...c.errorCodes].sort()).toEqual([...expected.errors].sort());
    },
  );

  it('names the message templates the workers word, with their params and channels', () => {
    // given
    const sms = CONNECTORS.find((c) => c.topic === 'notify.sms')!;
    const email = CONNECTORS.find((c) => c.topic === 'notify.email')!;
    const enumOf = (c: typeof sms) => ((c.inputs.properties?.template as { enum: string[] }).enum ?? []).slice().sort();
    // then
    expect(Object.keys(MESSAGE_TEMPLATES).sort()).toEqual(Object.keys(contract.templates).sort());
    for (const [name, t] of Object.entries(contract.templates)) {
      expect([...MESSAGE_TEMPLATES[name]!.params].sort(), name).toEqual([...t.params].sort());
      expect(Boolean(MESSAGE_TEMPLATES[name]!.sms), `${name} by sms`).toBe(t.channels.includes('sms'));
      expect(Boolean(MESSAGE_TEMPLATES[name]!.email), `${name} by email`).toBe(t.channels.includes('email'));
    }
    expect(enumOf(sms)).toEqual(
      Object.keys(MESSAGE_TEMPLATES)
        .filter((n) => MESSAGE_TEMPLATES[n]!.sms)
        .sort(),
    );
    expect(enumOf(email)).toEqual(
      Object.keys(MESSAGE_TEMPLATES)
        .filter((n) => MESSAGE_TEMPLATES[n]!.email)
        .sort(),
    );
  });

  it('covers every topic the sample procedures call', () => {
    // given
    const topics = new Set<string>();
    for (const folder of [
      'european-health-card',
      'claim-status',
      'change-of-address',
      'change-of-bank-details',
      'benefit-certificate',
      'appointment-booking',
    ]) {
      const xml = readFileSync(join(connectorsRoot, '..', 'procedures', folder, 'process.bpmn'), 'utf8');
      for (const m of xml.matchAll(/camunda:topic="([^"]+)"/g)) topics.add(m[1]!);
    }
    // then
    for (const topic of topics)
      expect(
        CONNECTORS.map((c) => c.topic),
        topic,
      ).toContain(topic);
  });
});

// helpers

interface Contract {
  topics: Record<string, { inputs: Array<{ name: string; optional: boolean }>; outputs: string[]; errors: string[] }>;
  templates: Record<string, { channels: string[]; params: string[] }>;
}

/** The two tables of CONNECTORS.md: `| topic | inputs | outputs | BPMN errors |` and `| template | sent by | params | … |`. */
function readContract(markdown: string): Contract {
  const names = (cell: string | undefined) => [...(cell ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
  const out: Contract = { topics: {}, templates: {} };
  let table: 'topics' | 'templates' | undefined;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      table = undefined;
      continue;
    }
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells[0] === 'topic') table = 'topics';
    else if (cells[0] === 'template') table = 'templates';
    else if (table && !/^-+$/.test(cells[0]!)) {
      const key = names(cells[0])[0];
      if (!key) continue;
      if (table === 'topics') {
        out.topics[key] = {
          inputs: names(cells[1]).map((n) => ({ name: n.replace(/\?$/, ''), optional: n.endsWith('?') })),
          outputs: names(cells[2]),
          errors: names(cells[3]),
        };
      } else {
        out.templates[key] = { channels: cells[1]!.split(',').map((c) => c.trim()), params: names(cells[2]) };
      }
    }
  }
  return out;
}
