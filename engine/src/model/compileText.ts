import type { CompileContext } from './CompileContext';

/**
 * A constant, or `=FEEL` (`${path}` becomes `=path`, other JUEL is reported): mappings and task attributes alike.
 * @internal
 */
export function compileText(el: any, value: string | undefined, what: string, ctx: CompileContext): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (text.trim().startsWith('=') || text.includes('${') || text.includes('#{')) {
    const expression = ctx.checkExpression(el, text.trim(), what);
    return expression === undefined ? undefined : `=${expression.replace(/^=/, '')}`;
  }
  return text;
}
