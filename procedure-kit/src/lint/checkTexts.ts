import { CHANNELS, type FormSchema, type Language, type StepTexts } from '@cauce/schemas';
import type { Finding, Severity } from './Finding';
import { pointerKey, type JsonDocument } from './jsonDocument';
import { lineOfPointer } from './jsonLines';
import { LANGUAGES } from './LintContext';

/**
 * Checks across texts, BPMN and forms that no single schema can: a texts file is named after its
 * `language`; every step key in a texts file belongs to a user task; every field a text labels is
 * a field of that step's form; and every common text of es exists in the other languages.
 * @internal
 */
export function checkTexts(
  input: {
    texts: Map<Language, JsonDocument<StepTexts>>;
    /** text key → forms of the steps using it (valid forms only) */
    formsByKey: Map<string, FormSchema[]>;
    /** how serious texts for a step no user task has are (an error when publishing) */
    unusedKey: Severity;
  },
  findings: Finding[],
): void {
  const es = input.texts.get('es')?.value;
  for (const [lang, doc] of input.texts) {
    const texts = doc.value;
    if (!texts) continue;
    const at = (pointer: string) => lineOfPointer(doc.lines, pointer);
    if (texts.language && texts.language !== lang) {
      findings.push({
        file: doc.file,
        elementId: null,
        line: at('/language'),
        rule: 'package/texts',
        message: `language '${texts.language}' does not match the file name (${lang})`,
        severity: 'error',
        path: '/language',
      });
    }
    for (const [key, step] of Object.entries(texts.steps)) {
      const pointer = `/steps/${pointerKey(key)}`;
      const forms = input.formsByKey.get(key);
      if (!forms) {
        findings.push({
          file: doc.file,
          elementId: key,
          line: at(pointer),
          rule: 'package/texts',
          message: `texts for step '${key}', but no user task has that id or cauce:textKey`,
          severity: input.unusedKey,
          path: pointer,
        });
        continue;
      }
      if (forms.length === 0) continue;
      for (const channel of CHANNELS) {
        for (const field of Object.keys(step?.[channel]?.fields ?? {})) {
          if (forms.some((form) => hasField(form, field))) continue;
          const fieldPointer = `${pointer}/${channel}/fields/${pointerKey(field)}`;
          findings.push({
            file: doc.file,
            elementId: key,
            line: at(fieldPointer),
            rule: 'package/texts',
            message: `a text for field '${field}', which the step's form does not have`,
            severity: 'error',
            path: fieldPointer,
          });
        }
      }
    }
    if (lang === 'es' || !es) continue;
    for (const name of Object.keys(es.common ?? {})) {
      if (texts.common?.[name] !== undefined) continue;
      findings.push({
        file: doc.file,
        elementId: null,
        line: at('/common'),
        rule: 'package/texts',
        message: `common text '${name}' of texts/es.json is missing`,
        severity: 'error',
        path: '/common',
      });
    }
  }
}

// helpers

/** Whether a dotted field path (`address.street`) names a property of the form, through objects and arrays. */
function hasField(form: FormSchema, path: string): boolean {
  let node: any = form;
  for (const part of path.split('.')) {
    while (node?.type === 'array' && node.items) node = node.items;
    node = node?.properties?.[part];
    if (!node) return false;
  }
  return true;
}
