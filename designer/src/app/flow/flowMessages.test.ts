import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@cauce/schemas/browser';
import { flowMessages, flowText } from './flowMessages';

describe('the flow’s strings', () => {
  it('have exactly the reference keys in every language', () => {
    // when
    const reference = Object.keys(flowMessages.es).sort();
    // then
    for (const language of LANGUAGES) expect(Object.keys(flowMessages[language]).sort()).toEqual(reference);
  });

  it('fill placeholders and fall back to Spanish for an unknown language', () => {
    // then
    expect(flowText('en', 'flow.error', { error: 'bad XML' })).toBe('The diagram cannot be opened: bad XML');
    expect(flowText('fr', 'flow.undo')).toBe('Deshacer');
  });
});
