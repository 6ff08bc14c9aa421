import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { connectorTopic } from './connectorTopic';
import { runRule } from './runRule';

const fixture = readFileSync(new URL('./connectorTopic.bpmn', import.meta.url), 'utf8');

describe('cauce/connector-topic', () => {
  it('reports external tasks whose topic no connector serves', async () => {
    // given a catalogue with one connector
    const topics = new Map([['affiliation.lookup', '/c/affiliation/template.json']]);
    // when
    const reports = await runRule(connectorTopic, fixture, { topics });
    // then
    expect(reports).toEqual([
      { id: 'Unknown', message: "no connector in the catalogue (connectors/) serves topic 'pensions.claim'" },
      { id: 'UnknownSend', message: "no connector in the catalogue (connectors/) serves topic 'sms.send'" },
      { id: 'NoTopic', message: 'external task without camunda:topic: no worker can fetch it' },
      { id: 'Notify', message: "no connector in the catalogue (connectors/) serves topic 'email.send'" },
    ]);
  });

  it('reports every topic against an empty catalogue without failing', async () => {
    // given / when
    const reports = await runRule(connectorTopic, fixture, { topics: new Map() });
    // then
    expect(reports.map((r) => r.id)).toEqual(['Known', 'Unknown', 'UnknownSend', 'NoTopic', 'Notify']);
  });
});
