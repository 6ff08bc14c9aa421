import type { Problem } from './problems';
import type { ConnectorTemplate, TemplateProperty } from './generated/connector-template';
import type { FormSchema } from './generated/form';
import { compileFormData } from './formDataAjv';

/**
 * Rules across parts of a connector template that JSON Schema cannot state. Runs after the schema
 * passed, so the shape is known. @internal
 */
export function checkConnectorTemplate(t: ConnectorTemplate): Problem[] {
  const problems: Problem[] = [];
  const scopeIds = new Set((t.scopes ?? []).map((s) => s.id));
  const documented = t['x-cauce-errors'] && new Set(t['x-cauce-errors'].map((e) => e.code));
  const inputs = declared(t['x-cauce-inputs']);
  const outputs = declared(t['x-cauce-outputs']);

  t['x-cauce-errors']?.forEach((e, i) => {
    if (t['x-cauce-errors']!.findIndex((o) => o.code === e.code) !== i) {
      problems.push({ path: `/x-cauce-errors/${i}/code`, message: `error code '${e.code}' is documented twice` });
    }
  });
  t.properties.forEach((p, i) => {
    const b = p.binding;
    const at = `/properties/${i}`;
    if (b.type === 'property' && b.name === 'camunda:topic' && !nonEmpty(p.value)) {
      problems.push({ path: `${at}/value`, message: 'the topic belongs to the worker: give camunda:topic a value' });
    }
    if (b.type === 'camunda:errorEventDefinition' && !scopeIds.has(b.errorRef)) {
      problems.push({ path: `${at}/binding/errorRef`, message: `no bpmn:Error scope with id '${b.errorRef}'` });
    }
    if (b.type === 'camunda:inputParameter' && inputs && !inputs.has(b.name)) {
      problems.push({ path: `${at}/binding/name`, message: `input '${b.name}' is not declared in x-cauce-inputs` });
    }
    const source =
      b.type === 'camunda:outputParameter' ? b.source.match(/^\$\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}$/)?.[1] : undefined;
    if (source !== undefined && outputs && !outputs.has(source)) {
      problems.push({ path: `${at}/binding/source`, message: `output '${source}' is not declared in x-cauce-outputs` });
    }
  });
  (t.scopes ?? []).forEach((scope, s) => {
    const i = scope.properties.findIndex((p) => isBoundTo(p, 'errorCode'));
    const code = i >= 0 ? scope.properties[i]!.value : undefined;
    if (!nonEmpty(code)) {
      problems.push({
        path: `/scopes/${s}/properties`,
        message: `bpmn:Error scope '${scope.id}' needs an errorCode value`,
      });
    } else if (documented && !documented.has(code)) {
      problems.push({
        path: `/scopes/${s}/properties/${i}/value`,
        message: `error code '${code}' is not documented in x-cauce-errors`,
      });
    }
  });
  return problems;
}

/**
 * Rules of a step form beyond its meta-schema: every `required` name is a declared field (at any
 * depth), and the form compiles for answers (known formats, valid patterns). @internal
 */
export function checkFormSchema(form: FormSchema): Problem[] {
  const problems: Problem[] = [];
  checkRequired(form, '', problems);
  if (problems.length) return problems;
  const compiled = compileFormData(form);
  if (!compiled.ok) problems.push({ path: '', message: `the form does not compile: ${compiled.message}` });
  return problems;
}

// helpers

function declared(schema: { properties?: Record<string, unknown> } | undefined): Set<string> | undefined {
  return schema?.properties ? new Set(Object.keys(schema.properties)) : undefined;
}

function nonEmpty(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

function isBoundTo(p: TemplateProperty, name: string): boolean {
  return p.binding.type === 'property' && p.binding.name === name;
}

function checkRequired(
  node: { properties?: Record<string, unknown>; required?: unknown; items?: unknown },
  at: string,
  out: Problem[],
): void {
  const props = node.properties ?? {};
  if (Array.isArray(node.required)) {
    node.required.forEach((name, i) => {
      if (typeof name === 'string' && !(name in props)) {
        out.push({ path: `${at}/required/${i}`, message: `'${name}' is required but not a field of this form` });
      }
    });
  }
  for (const [name, child] of Object.entries(props)) {
    if (child && typeof child === 'object') checkRequired(child as typeof node, `${at}/properties/${name}`, out);
  }
  if (node.items && typeof node.items === 'object') checkRequired(node.items as typeof node, `${at}/items`, out);
}
