import type { Channel, Language, StepText } from '@cauce/schemas';
import { LANGUAGES } from '../LintContext';
import { is, type CauceRuleFactory } from './CauceRule';
import { stepOf } from './stepOf';

/**
 * `cauce/text-languages`: a procedure speaks all five languages (es, ca, eu, gl, en). For each step
 * and each channel it is performed on, every language has the title and text, and the field labels
 * and option labels the reference (es) has. One finding per step, language and channel, listing
 * what is missing. A step with no text at all in es is `cauce/text-key`'s finding.
 * @public
 */
export const textLanguages: CauceRuleFactory = ({ context }) => ({
  check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) return;
    const { key, channels } = stepOf(node, context);
    const es = context.texts.es;
    const reference = es.status === 'ok' ? es.texts.steps[key] : undefined;
    for (const lang of LANGUAGES) {
      const file = `texts/${lang}.json`;
      const entry = context.texts[lang];
      if (entry.status === 'invalid') continue;
      if (entry.status === 'missing') {
        if (lang !== 'es')
          reporter.report(node.id, `step '${key}' has no text in ${lang}: ${file} is missing`, ['textKey']);
        continue;
      }
      const text = entry.texts.steps[key];
      if (!text) {
        if (lang !== 'es') reporter.report(node.id, `step '${key}' has no text in ${file}`, ['textKey']);
        continue;
      }
      for (const channel of channels) {
        const missing = missingIn(text, reference, channel, lang);
        if (missing.length)
          reporter.report(node.id, `step '${key}' in ${file} lacks ${missing.join(', ')} (${channel})`, ['textKey']);
      }
    }
  },
});

// helpers

function missingIn(text: StepText, reference: StepText | undefined, channel: Channel, lang: Language): string[] {
  const own = text[channel];
  if (!own) return ['the text'];
  if (lang === 'es' || !reference?.[channel]) return [];
  const missing: string[] = [];
  for (const [field, ref] of Object.entries(reference[channel]!.fields ?? {})) {
    if (!ref) continue;
    const mine = own.fields?.[field];
    if (ref.label && !mine?.label) missing.push(`the label of '${field}'`);
    if (ref.help && !mine?.help) missing.push(`the help of '${field}'`);
    for (const option of Object.keys(ref.options ?? {})) {
      if (!mine?.options?.[option]) missing.push(`option '${option}' of '${field}'`);
    }
  }
  return missing;
}
