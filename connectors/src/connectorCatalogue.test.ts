import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateConnectorTemplate } from '@cauce/schemas';
import { describe, expect, it } from 'vitest';
import { CONNECTORS } from './connectorCatalogue';
import { connectorFolders, connectorsRoot } from './generateConnectorTypes';

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
