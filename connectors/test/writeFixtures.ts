/**
 * Writes each connector's test fixture `<folder>/<folder>.bpmn` from its template (see fixtureBpmn.ts):
 * `npx tsx connectors/test/writeFixtures.ts`. The files are committed; tests only read them.
 */
import { writeFileSync } from 'node:fs';
import { CONNECTORS } from '../src/connectorCatalogue';
import { fixtureBpmn } from './fixtureBpmn';

for (const c of CONNECTORS) {
  const inputs = Object.fromEntries(Object.keys(c.inputs.properties ?? {}).map((name) => [name, `\${${name}}`]));
  const file = new URL(`../${c.name}/${c.name}.bpmn`, import.meta.url);
  writeFileSync(file, fixtureBpmn({ processId: c.name, topic: c.topic, inputs, errorCodes: c.errorCodes }));
  console.log(`wrote ${c.name}/${c.name}.bpmn`);
}
