import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { databasesUnderTest, deploy, Engine, loadBpmn, type Db, type ProcessModel } from '@cauce/engine';
import {
  connectorContract,
  flowCoverage,
  interpolate,
  runScenario,
  simulateConnector,
  type CompleteExternal,
  type ProcedurePackage,
  type StepContext,
} from '@cauce/procedure-kit';
import { LANGUAGES } from '@cauce/schemas';
import { listSamples, loadSample, samplesRoot } from './index';

const contract = connectorContract(readFileSync(join(samplesRoot, 'CONNECTORS.md'), 'utf8'));

describe.each(databasesUnderTest())('scenarios on $name', (database) => {
  describe.each(listSamples())('%s', (id) => {
    const pkg = loadSample(id);
    const taken = new Set<string>();
    let db: Db;
    let engine: Engine;
    let model: ProcessModel;
    let definitionId: string;

    beforeAll(async () => {
      db = await database.open();
      engine = new Engine({ db, clock: () => new Date('2026-03-02T09:00:00Z') });
      definitionId = (await deploy(engine, { name: id, resources: [{ name: pkg.processFile, content: pkg.xml }] }))
        .definitions[0].id;
      const loaded = await loadBpmn(pkg.xml);
      if (!loaded.ok) throw loaded.error;
      model = loaded.value.processes[0];
    });
    afterAll(() => db?.close());

    it.each(pkg.scenarios.map((s) => ({ ...s, label: s.file.replace('scenarios/', '') })))(
      '$label',
      async ({ scenario }) => {
        // given the scenario, and a check that every text of each step it answers can be filled in
        const unfilled: string[] = [];
        const onStep = (ctx: StepContext) => {
          unfilled.push(...unfilledTexts(pkg, ctx));
        };
        // and a check that every connector call gets the inputs CONNECTORS.md promises
        const missingInputs: string[] = [];
        const completeExternal: CompleteExternal = async (e, task, action, ctx) => {
          for (const input of contract.topics[task.topicName]?.inputs ?? []) {
            const value = task.variables[input.name]?.value;
            if (!input.optional && (value === undefined || value === null || value === ''))
              missingInputs.push(`${task.activityId}: ${input.name}`);
            if (input.name === 'template' && !contract.templates[String(value)])
              missingInputs.push(`${task.activityId}: template ${String(value)}`);
          }
          await simulateConnector(e, task, action, ctx);
        };
        // when
        const result = await runScenario(engine, pkg, scenario, { definitionId, onStep, completeExternal });
        result.flowsTaken.forEach((f) => taken.add(f));
        // then
        expect(result.problems).toEqual([]);
        expect(unfilled).toEqual([]);
        expect(missingInputs).toEqual([]);
      },
    );

    it('takes every sequence flow across its scenarios', () => {
      // given the flows the scenarios above took
      // when
      const coverage = flowCoverage(model, taken);
      // then
      console.log(
        `${id}: ${coverage.covered}/${coverage.total} sequence flows (${coverage.percent}%) over ${pkg.scenarios.length} scenarios`,
      );
      expect(coverage.missing).toEqual([]);
    });
  });
});

// helpers
/** Placeholders of the step's texts (every language, the answering channel) that the step's variables cannot fill. */
function unfilledTexts(pkg: ProcedurePackage, ctx: StepContext): string[] {
  const out: string[] = [];
  const key = ctx.step.textKey ?? ctx.action.step;
  for (const lang of LANGUAGES) {
    const text = pkg.texts[lang]?.steps[key]?.[ctx.channel];
    if (!text) continue;
    const parts = [text.title, text.text, ...Object.values(text.fields ?? {}).map((f) => f?.help ?? '')];
    for (const part of parts) {
      for (const path of interpolate(part, ctx.variables).missing)
        out.push(`${lang} ${key}.${ctx.channel}: {{${path}}}`);
    }
  }
  return out;
}
