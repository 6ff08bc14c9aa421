import type { Variables } from '../variables/TypedValue';
import type { TokenStateName } from '../vocabulary/TokenStates';

/** What a waiting token waits for; decides which side tables hold its records. */
export type WaitKind =
  'task' | 'external' | 'timer' | 'message' | 'eventGateway' | 'subProcess' | 'call' | 'multiInstance';

export interface Token {
  id: string;
  scope: string;
  node: string;
  state: TokenStateName;
  /** the sequence flow it arrived by (joins count these) */
  via?: string;
  wait?: WaitKind;
  /** has rows in task/external_task/job/event_subscription to delete when it leaves */
  armed?: boolean;
  /** an inner instance of a multi-instance activity */
  iteration?: boolean;
  /** activity-local variables (input mappings) */
  vars?: Variables;
  /** child scope of a subprocess or multi-instance body */
  child?: string;
}

export interface Scope {
  id: string;
  parent?: string;
  node: string;
  kind: 'process' | 'subProcess' | 'multiInstance' | 'iteration';
  /** the token that owns this scope in the parent scope */
  owner?: string;
  vars: Variables;
  mi?: { total: number; next: number; items?: unknown[] };
}

/** The whole runtime state of one instance, stored as one jsonb value. @public */
export interface InstanceData {
  root: string;
  scopes: Record<string, Scope>;
  tokens: Record<string, Token>;
}

/** Variables visible from a token (or the root): innermost scope wins. @public */
export function variablesVisibleFrom(data: InstanceData, tokenId?: string): Variables {
  const token = tokenId ? data.tokens[tokenId] : undefined;
  const chain: Variables[] = [];
  if (token?.vars) chain.push(token.vars);
  let scope: Scope | undefined = data.scopes[token ? token.scope : data.root];
  while (scope) {
    chain.push(scope.vars);
    scope = scope.parent ? data.scopes[scope.parent] : undefined;
  }
  const out: Variables = {};
  for (let i = chain.length - 1; i >= 0; i--) Object.assign(out, chain[i]);
  return out;
}
