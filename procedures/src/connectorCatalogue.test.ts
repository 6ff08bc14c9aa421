import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONNECTORS, MESSAGE_TEMPLATES } from '@cauce/connectors';
import { connectorContract } from '@cauce/procedure-kit';
import { listSamples, loadSample, samplesRoot } from './index';

const contract = connectorContract(readFileSync(join(samplesRoot, 'CONNECTORS.md'), 'utf8'));

describe('the connector catalogue (@cauce/connectors) keeps to CONNECTORS.md', () => {
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
    for (const id of listSamples()) {
      for (const m of loadSample(id).xml.matchAll(/camunda:topic="([^"]+)"/g)) topics.add(m[1]!);
    }
    // then
    for (const topic of topics)
      expect(
        CONNECTORS.map((c) => c.topic),
        topic,
      ).toContain(topic);
  });
});
