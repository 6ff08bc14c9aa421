import type { StepTexts } from '@cauce/schemas';
import { CHANNELS, LANGUAGES, type Channel, type Language } from '@cauce/schemas/browser';

/** What the texts of one language look like to the rules. @public */
export type LanguageTexts = { status: 'missing' } | { status: 'invalid' } | { status: 'ok'; texts: StepTexts };

/**
 * What Cauce's bpmnlint rules know beyond the BPMN: the package's files, its texts, the procedure's
 * channels and the connector catalogue. It reaches each rule as its bpmnlint config (`{ context }`).
 * @public
 */
export interface LintContext {
  /** package-relative POSIX paths of every file present */
  files: ReadonlySet<string>;
  /** texts/<lang>.json of each of the five languages */
  texts: Readonly<Record<Language, LanguageTexts>>;
  /** where the procedure is published (procedure.json); a step without cauce:channels is on these */
  channels: readonly Channel[];
  /** external-task topic → template file of the connector serving it */
  topics: ReadonlyMap<string, string>;
  /** the catalogue folder as the user should read it in messages (`connectors/`) */
  catalogueLabel: string;
}

/** The five languages, the reference (es) first (@cauce/schemas's list). @public */
export { LANGUAGES };

/** An empty context, for rules tested alone. @internal */
export function emptyContext(overrides: Partial<LintContext> = {}): LintContext {
  const missing = { status: 'missing' } as const;
  return {
    files: new Set(),
    texts: Object.fromEntries(LANGUAGES.map((language) => [language, missing])) as LintContext['texts'],
    channels: CHANNELS,
    topics: new Map(),
    catalogueLabel: 'connectors/',
    ...overrides,
  };
}
