import { describe, expect, it } from 'vitest';
import { jsonLines, lineOfPointer } from './jsonLines';

describe('jsonLines', () => {
  it('maps pointers to the line of their key or value', () => {
    // given
    const text =
      '{\n  "steps": {\n    "A/b": {\n      "agent": { "title": "x" }\n    }\n  },\n  "list": [\n    1,\n    "two"\n  ]\n}\n';
    // when
    const result = jsonLines(text);
    // then
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.lines.get('/steps')).toBe(2);
    expect(result.lines.get('/steps/A~1b')).toBe(3);
    expect(result.lines.get('/steps/A~1b/agent/title')).toBe(4);
    expect(result.lines.get('/list/1')).toBe(9);
    expect(lineOfPointer(result.lines, '/steps/A~1b/web/title')).toBe(3);
  });

  it('gives the line of a syntax error', () => {
    // given
    const text = '{\n  "a": 1,\n  "b": ,\n}';
    // when
    const result = jsonLines(text);
    // then
    expect(result).toMatchObject({ ok: false, line: 3 });
  });
});
