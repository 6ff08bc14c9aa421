import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyContext } from '../LintContext';
import { runRule } from './runRule';
import { textKey } from './textKey';

const fixture = readFileSync(new URL('./textKey.bpmn', import.meta.url), 'utf8');
const text = { agent: { title: 'T', text: 'x' } };

describe('cauce/text-key', () => {
  it('reports steps whose key (textKey, else id) is not in texts/es.json', async () => {
    // given
    const texts = {
      ...emptyContext().texts,
      es: { status: 'ok' as const, texts: { steps: { ById: text, SharedKey: text } } },
    };
    // when
    const reports = await runRule(textKey, fixture, { texts });
    // then
    expect(reports).toEqual([{ id: 'NoText', message: "texts/es.json has no step 'NoText' (the reference language)" }]);
  });

  it('reports every step when texts/es.json is missing, none when it is invalid', async () => {
    // given / when
    const missing = await runRule(textKey, fixture);
    const invalid = await runRule(textKey, fixture, { texts: { ...emptyContext().texts, es: { status: 'invalid' } } });
    // then
    expect(missing.map((r) => r.id)).toEqual(['ById', 'ByKey', 'NoText']);
    expect(missing[1].message).toContain("'SharedKey'");
    expect(invalid).toEqual([]);
  });
});
