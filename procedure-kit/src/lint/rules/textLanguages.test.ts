import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StepTexts } from '@cauce/schemas';
import type { LanguageTexts } from '../LintContext';
import { runRule } from './runRule';
import { textLanguages } from './textLanguages';

const fixture = readFileSync(new URL('./textLanguages.bpmn', import.meta.url), 'utf8');
const ok = (texts: StepTexts): LanguageTexts => ({ status: 'ok', texts });
const both = (fields = {}) => ({ agent: { title: 'T', text: 'x', fields }, web: { title: 'T', text: 'x', fields } });
const labelled = { answer: { label: 'Respuesta', options: { yes: 'Sí', no: 'No' } } };

describe('cauce/text-languages', () => {
  it('accepts a step with every text in all five languages', async () => {
    // given
    const all = ok({ steps: { AgentOnly: { agent: { title: 'T', text: 'x' } }, BothChannels: both(labelled) } });
    // when
    const reports = await runRule(textLanguages, fixture, { texts: { es: all, ca: all, eu: all, gl: all, en: all } });
    // then
    expect(reports).toEqual([]);
  });

  it('reports a missing file, a missing step, a missing channel and labels es has', async () => {
    // given
    const es = ok({ steps: { AgentOnly: { agent: { title: 'T', text: 'x' } }, BothChannels: both(labelled) } });
    const ca = ok({
      steps: { AgentOnly: { agent: { title: 'T', text: 'x' } }, BothChannels: { agent: both(labelled).agent } },
    });
    const eu = ok({ steps: { BothChannels: both({ answer: { label: 'Erantzuna', options: { yes: 'Bai' } } }) } });
    // when
    const reports = await runRule(textLanguages, fixture, {
      texts: { es, ca, eu, gl: { status: 'missing' }, en: { status: 'invalid' } },
    });
    // then
    expect(reports).toEqual([
      { id: 'AgentOnly', message: "step 'AgentOnly' has no text in texts/eu.json" },
      { id: 'AgentOnly', message: "step 'AgentOnly' has no text in gl: texts/gl.json is missing" },
      { id: 'BothChannels', message: "step 'BothChannels' in texts/ca.json lacks the text (web)" },
      { id: 'BothChannels', message: "step 'BothChannels' in texts/eu.json lacks option 'no' of 'answer' (agent)" },
      { id: 'BothChannels', message: "step 'BothChannels' in texts/eu.json lacks option 'no' of 'answer' (web)" },
      { id: 'BothChannels', message: "step 'BothChannels' has no text in gl: texts/gl.json is missing" },
    ]);
  });

  it('uses the procedure channels for a step without cauce:channels', async () => {
    // given a procedure published on the agent console only
    const es = ok({
      steps: { AgentOnly: { agent: { title: 'T', text: 'x' } }, BothChannels: { agent: { title: 'T', text: 'x' } } },
    });
    // when
    const reports = await runRule(textLanguages, fixture, {
      channels: ['agent'],
      texts: { es, ca: es, eu: es, gl: es, en: es },
    });
    // then
    expect(reports).toEqual([]);
  });
});
