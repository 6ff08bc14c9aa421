import type { CauceRuleFactory } from './CauceRule';
import { connectorTopic } from './connectorTopic';
import { feelSyntax } from './feelSyntax';
import { formFile } from './formFile';
import { gatewayDefault } from './gatewayDefault';
import { textKey } from './textKey';
import { textLanguages } from './textLanguages';
import { unreachable } from './unreachable';
import { userTaskForm } from './userTaskForm';

/**
 * Cauce's bpmnlint rules by name, as the rules of a plugin (`cauce/<name>` in a config). Also the entry of
 * `@cauce/procedure-kit/rules`, which a browser bundle may import (the designer, through bpmn-js-bpmnlint): nothing
 * it imports needs Node (index.test.ts bundles it for the browser).
 * @public
 */
export const cauceRules: Record<string, CauceRuleFactory> = {
  'user-task-form': userTaskForm,
  'form-file': formFile,
  'text-key': textKey,
  'text-languages': textLanguages,
  'connector-topic': connectorTopic,
  'feel-syntax': feelSyntax,
  unreachable,
  'gateway-default': gatewayDefault,
};

/**
 * `plugin:cauce/recommended`. gateway-default is a warning: its test of "may all be false" is a
 * heuristic; everything else breaks the procedure at run time.
 * @public
 */
export const cauceRecommended = {
  rules: {
    'user-task-form': 'error',
    'form-file': 'error',
    'text-key': 'error',
    'text-languages': 'error',
    'connector-topic': 'error',
    'feel-syntax': 'error',
    unreachable: 'error',
    'gateway-default': 'warn',
  },
} as const;
