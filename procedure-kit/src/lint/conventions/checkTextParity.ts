import type { Finding } from '../Finding';
import { pointerKey } from '../jsonDocument';
import { lineOfPointer } from '../jsonLines';
import { LANGUAGES } from '../LintContext';
import type { ConventionsInput } from './ConventionsInput';

/**
 * A procedure speaks all five languages, and says the same things in each: every texts file is
 * there, and has exactly the keys of texts/es.json (the reference). A key es has and another
 * language lacks, or the reverse, is reported once, at its topmost key; a missing common text is
 * checkTexts's finding. Findings are errors in the texts file.
 * @internal
 */
export function checkTextParity(input: ConventionsInput, findings: Finding[]): void {
  const es = input.texts.get('es');
  const reference = es?.value ? keyPaths(es.value) : undefined;
  for (const lang of LANGUAGES) {
    const file = `texts/${lang}.json`;
    const doc = input.texts.get(lang);
    if (!doc) {
      findings.push({
        file,
        elementId: null,
        line: 1,
        rule: 'package/texts',
        message: `${file} is missing: a procedure speaks ${LANGUAGES.join(', ')}`,
        severity: 'error',
      });
      continue;
    }
    if (!doc.value || !reference || lang === 'es') continue;
    const own = keyPaths(doc.value);
    const problem = (pointer: string, message: string) =>
      findings.push({
        file,
        elementId: null,
        line: lineOfPointer(doc.lines, pointer),
        rule: 'package/texts',
        message,
        severity: 'error',
        path: pointer,
      });
    for (const path of topmost(reference, own))
      if (!path.startsWith('/common/')) problem(path, `${path} is in texts/es.json but missing here`);
    for (const path of topmost(own, reference)) problem(path, `${path} is not in texts/es.json`);
  }
}

// helpers

/** Every key path of a JSON value (`/steps/ConfirmRequest/web/title`), objects and leaves alike. */
function keyPaths(value: unknown, at = ''): Set<string> {
  const paths = new Set<string>();
  if (!value || typeof value !== 'object' || Array.isArray(value)) return paths;
  for (const [key, child] of Object.entries(value)) {
    if (at === '' && (key === 'language' || key === '$schema')) continue;
    const path = `${at}/${pointerKey(key)}`;
    paths.add(path);
    for (const p of keyPaths(child, path)) paths.add(p);
  }
  return paths;
}

/** The paths of `from` that `other` lacks, leaving out those under a path already listed. */
function topmost(from: Set<string>, other: Set<string>): string[] {
  const lacking = [...from].filter((p) => !other.has(p));
  return lacking.filter((p) => !lacking.some((q) => p.startsWith(`${q}/`)));
}
