import { CauceError } from '../errors';
import { Errors } from '../errorCodes';
import { feelSyntaxError, isJuel } from '../feel/Feel';
import { compileProcess } from './compileProcess';
import { lineIndex } from './lineIndex';
import { createModdle } from './moddle';
import type { ProcessModel } from './ProcessModel';

/** An element the engine cannot execute, with where to find it. @public */
export interface Unsupported {
  elementId?: string;
  type: string;
  line?: number;
  reason: string;
  /** when the element could run but one of its settings is invalid: that setting (`cauce:channels`, `camunda:property serviceRequestState`) */
  setting?: string;
}

export interface LoadedBpmn {
  processes: ProcessModel[];
  /** ids of processes marked isExecutable="false", stored but not started */
  nonExecutable: string[];
  warnings: string[];
}

/**
 * Parses and compiles a BPMN 2.0 resource. Refuses DOCTYPE/entities before parsing (no XXE, no
 * entity expansion), malformed XML, and any element inside an executable process that the engine
 * cannot execute — all of them at once, each with id, type and line.
 * @public
 */
export async function loadBpmn(
  xml: string,
  resourceName = 'process.bpmn',
): Promise<{ ok: true; value: LoadedBpmn } | { ok: false; error: CauceError; unsupported?: Unsupported[] }> {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return { ok: false, error: Errors.bpmnDoctype(resourceName) };
  let parsed;
  try {
    parsed = await createModdle().fromXML(xml, 'bpmn:Definitions');
  } catch (error) {
    return { ok: false, error: Errors.bpmnMalformed(resourceName, firstLine(error)) };
  }
  const definitions = parsed.rootElement;
  if (!definitions || definitions.$type !== 'bpmn:Definitions') {
    return { ok: false, error: Errors.bpmnMalformed(resourceName, 'the root element is not bpmn:definitions') };
  }
  const lines = lineIndex(xml);
  const unsupported: Unsupported[] = [];
  const report = (element: any, reason: string, setting?: string) => {
    const elementId = element?.id as string | undefined;
    unsupported.push({
      elementId,
      type: element?.$type ?? 'unknown',
      line: elementId ? lines.get(elementId) : undefined,
      reason,
      ...(setting ? { setting } : {}),
    });
  };
  const errors = new Map<string, string>();
  for (const root of definitions.rootElements ?? []) {
    if (root.$type === 'bpmn:Error') errors.set(root.id, root.errorCode ?? root.id);
  }
  const processes: ProcessModel[] = [];
  const nonExecutable: string[] = [];
  for (const root of definitions.rootElements ?? []) {
    if (root.$type !== 'bpmn:Process') continue;
    if (root.isExecutable === false) {
      nonExecutable.push(root.id);
      continue;
    }
    processes.push(
      compileProcess(root, {
        report,
        errors,
        checkExpression: (el, text, what) => checkExpression(report, el, text, what),
      }),
    );
  }
  if (unsupported.length > 0) {
    const list = unsupported
      .map((u) => `${u.elementId ?? '?'} (${u.type}, line ${u.line ?? '?'}): ${u.reason}`)
      .join('; ');
    return { ok: false, error: Errors.bpmnUnsupported(resourceName, list, unsupported), unsupported };
  }
  const warnings = (parsed.warnings ?? []).map((w: { message: string }) => w.message);
  return { ok: true, value: { processes, nonExecutable, warnings } };
}

// helpers
function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0].slice(0, 300);
}

/** Expressions are FEEL; JUEL `${…}` is accepted only as a plain variable path, which FEEL reads the same. */
function checkExpression(
  report: (el: any, reason: string) => void,
  element: any,
  text: string | undefined,
  what: string,
): string | undefined {
  if (text === undefined) return undefined;
  let expression = text.trim();
  if (isJuel(expression)) {
    const inner = expression.replace(/^[$#]\{\s*|\s*\}$/g, '');
    if (!/^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/.test(inner)) {
      report(
        element,
        `${what} ${expression} is JUEL; write it in FEEL (e.g. =${inner.replace(/&&/g, 'and').replace(/\|\|/g, 'or')})`,
      );
      return undefined;
    }
    expression = inner;
  }
  const problem = feelSyntaxError(expression);
  if (problem) {
    report(element, `${what} ${expression} is not valid FEEL: ${problem}`);
    return undefined;
  }
  return expression;
}
