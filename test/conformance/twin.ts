import { exhaustive } from '@cauce/schemas';
/**
 * FEEL twins of corpus files, built in memory: the files in ../shared/corpora stay untouched. Each edit names
 * the element it changes and why, and must match exactly where it says, so a changed corpus file fails loudly
 * instead of silently running something else. README.md lists the same edits, file by file.
 */

/** One in-memory edit of a corpus file. */
export type Edit =
  | { kind: 'script'; id: string; feel: string; resultVariable?: string; why: string }
  | { kind: 'condition'; id: string; feel: string; why: string }
  | { kind: 'text'; find: string; replace: string; count?: number; why: string };

const CAMUNDA_NS = 'http://camunda.org/schema/1.0/bpmn';

/** A script task becomes a FEEL script task (scriptFormat="feel"), optionally writing its value to a variable. */
export function script(id: string, feel: string, why: string, resultVariable?: string): Edit {
  return { kind: 'script', id, feel, why, resultVariable };
}

/** A sequence flow's condition body becomes FEEL; a `language` attribute is dropped (FEEL is the default). */
export function condition(id: string, feel: string, why: string): Edit {
  return { kind: 'condition', id, feel, why };
}

/** Any other exact text (JUEL `${…}` in attributes, a mapping script, a timer value), `count` times (default 1). */
export function text(find: string, replace: string, why: string, count = 1): Edit {
  return { kind: 'text', find, replace, why, count };
}

/** Applies edits in order; throws when an edit does not find exactly what it expects. */
export function twin(xml: string, edits: Edit[]): string {
  let out = xml;
  for (const edit of edits) {
    switch (edit.kind) {
      case 'text': {
        const found = out.split(edit.find).length - 1;
        if (found !== (edit.count ?? 1))
          throw new Error(`twin: '${edit.find}' found ${found} times, expected ${edit.count ?? 1}`);
        out = out.split(edit.find).join(edit.replace);
        break;
      }
      case 'script':
        out = withElement(out, 'scriptTask', edit.id, (open, body) => {
          let tag = open.replace(/scriptFormat="[^"]*"/, 'scriptFormat="feel"');
          if (edit.resultVariable !== undefined) {
            const attr = `camunda:resultVariable="${edit.resultVariable}"`;
            const ns = out.includes(`xmlns:camunda="${CAMUNDA_NS}"`) ? '' : ` xmlns:camunda="${CAMUNDA_NS}"`;
            tag = /camunda:resultVariable="[^"]*"/.test(tag)
              ? tag.replace(/camunda:resultVariable="[^"]*"/, attr)
              : tag.replace(/>$/, `${ns} ${attr}>`);
          }
          const script = /(<(?:\w+:)?script>)[\s\S]*?(<\/(?:\w+:)?script>)/;
          if (!script.test(body)) throw new Error(`twin: script task ${edit.id} has no script body`);
          return tag + body.replace(script, (_, a: string, b: string) => `${a}${escapeXml(edit.feel)}${b}`);
        });
        break;
      case 'condition':
        out = withElement(out, 'sequenceFlow', edit.id, (open, body) => {
          const expression = /(<(?:\w+:)?conditionExpression[^>]*>)[\s\S]*?(<\/(?:\w+:)?conditionExpression>)/;
          if (!expression.test(body)) throw new Error(`twin: sequence flow ${edit.id} has no condition`);
          return (
            open +
            body.replace(
              expression,
              (_, a: string, b: string) => `${a.replace(/\s+language="[^"]*"/, '')}${escapeXml(edit.feel)}${b}`,
            )
          );
        });
        break;
      default:
        return exhaustive(edit, 'edit');
    }
  }
  return out;
}

// helpers
/** Finds `<prefix:tag id="id" …>…</prefix:tag>` exactly once and replaces it with what `change` returns. */
function withElement(xml: string, tag: string, id: string, change: (openTag: string, rest: string) => string): string {
  const open = new RegExp(`<(\\w+:)?${tag}\\s+id="${id}"[^>]*>`, 'g');
  const matches = [...xml.matchAll(open)];
  if (matches.length !== 1) throw new Error(`twin: ${tag} ${id} found ${matches.length} times`);
  const start = matches[0].index!;
  const openTag = matches[0][0];
  if (openTag.endsWith('/>')) throw new Error(`twin: ${tag} ${id} is empty`);
  const close = `</${matches[0][1] ?? ''}${tag}>`;
  const end = xml.indexOf(close, start) + close.length;
  return xml.slice(0, start) + change(openTag, xml.slice(start + openTag.length, end)) + xml.slice(end);
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
