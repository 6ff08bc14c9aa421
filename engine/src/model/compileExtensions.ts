import type { CompileContext } from './CompileContext';
import { compileText } from './compileText';
import type { CallMapping, FlowNode, Mapping } from './ProcessModel';

/**
 * Compiles an element's camunda extension elements onto its node: input/output mappings, call activity in/out
 * mappings; listeners and connectors are reported (they run code). Cauce's own extension elements are the step's
 * business (`compileStep`), camunda:properties an end event's (`readCauceEndEvent`); the rest carries no behaviour.
 * @internal
 */
export function compileExtensions(el: any, node: FlowNode, ctx: CompileContext): void {
  for (const ext of el.extensionElements?.values ?? []) {
    switch (ext.$type) {
      case 'camunda:InputOutput':
        // Camunda 7 refuses both at deploy time; the interpreter would skip them silently
        if (node.type.endsWith('Gateway'))
          ctx.report(
            el,
            'camunda:inputOutput on a gateway is not supported (Camunda 7 refuses it too); map variables on an activity',
          );
        if (node.type === 'endEvent' && ext.outputParameters?.length)
          ctx.report(el, 'output parameters on an end event are not supported (Camunda 7 refuses them too)');
        node.inputs = (ext.inputParameters ?? []).map((p: any) => compileMapping(el, p, ctx));
        node.outputs = (ext.outputParameters ?? []).map((p: any) => compileMapping(el, p, ctx));
        break;
      case 'camunda:In':
      case 'camunda:Out':
        (ext.$type === 'camunda:In' ? node.callIn : node.callOut).push(compileCallMapping(el, ext, ctx));
        break;
      case 'camunda:ExecutionListener':
      case 'camunda:TaskListener':
        ctx.report(
          el,
          `${ext.$type.replace('camunda:', '')} is not supported (listeners run code; use an external task)`,
        );
        break;
      case 'camunda:Connector':
        ctx.report(el, 'camunda:connector is not supported; use camunda:type="external"');
        break;
      default:
        break; // properties, form data, failedJobRetryTimeCycle, cauce:FieldVisibility… carry no behaviour here
    }
  }
}

// helpers

function compileMapping(el: any, p: any, ctx: CompileContext): Mapping {
  const def = p.definition;
  if (def) {
    if (def.$type === 'camunda:Script' && (def.scriptFormat ?? '').toLowerCase() === 'feel') {
      return {
        name: p.name,
        expression: `=${ctx.checkExpression(el, def.value ?? '', `mapping ${p.name}`) ?? 'null'}`,
      };
    }
    ctx.report(
      el,
      `mapping ${p.name}: ${def.$type.replace('camunda:', '')} ${def.scriptFormat ?? ''} is not supported; write a FEEL expression (=…)`,
    );
    return { name: p.name };
  }
  if (p.value === undefined) return { name: p.name };
  return { name: p.name, expression: compileText(el, String(p.value), `mapping ${p.name}`, ctx) };
}

function compileCallMapping(el: any, ext: any, ctx: CompileContext): CallMapping {
  const mapping: CallMapping = {
    source: ext.source,
    target: ext.target,
    all: ext.variables === 'all',
    local: ext.local,
  };
  if (ext.sourceExpression)
    mapping.sourceExpression = ctx.checkExpression(el, ext.sourceExpression, 'sourceExpression');
  if (ext.businessKey) mapping.businessKey = ctx.checkExpression(el, ext.businessKey, 'businessKey');
  return mapping;
}
