import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorRegistry } from '@cauce/engine';
import { LANGUAGES } from '@cauce/schemas';
import { ERROR_MESSAGES } from './errorMessages';
import { designerErrorRegistry, DesignerErrors } from './errors';
import { localizedMessage } from './localizedMessage';

describe('designer error registry', () => {
  it('documents every code in docs/errors.md with its status and message, and nothing else', () => {
    // given
    const doc = readFileSync(new URL('../../../docs/errors.md', import.meta.url), 'utf8');
    const table = doc
      .split('## Designer (`/api/designer`)')[1]
      .split('| code | status | message |')[1]
      .split('\n\n')[0];
    const documented = new Map<string, { status: number; message: string }>();
    for (const m of table.matchAll(/^\|\s*`(CAUCE_ERR_[A-Z0-9_]+)`\s*\|\s*(\d{3})\s*\|\s*(.+?)\s*\|$/gm))
      documented.set(m[1], { status: Number(m[2]), message: m[3] });
    // then
    expect([...documented.keys()].sort()).toEqual([...designerErrorRegistry.keys()].sort());
    for (const spec of designerErrorRegistry.values()) {
      expect(documented.get(spec.code)!.status, spec.code).toBe(spec.statusCode);
      expect(documented.get(spec.code)!.message.startsWith(spec.template), spec.code).toBe(true);
    }
  });

  it('says every code in the five languages with the values of its English template, in the same order', () => {
    // given
    const placeholders = (text: string) => text.split('%s').length - 1;
    // then
    for (const language of LANGUAGES) {
      for (const spec of designerErrorRegistry.values()) {
        const message = ERROR_MESSAGES[language][spec.code];
        expect(message, `${language} ${spec.code}`).toBeTypeOf('string');
        expect(placeholders(message), `${language} ${spec.code}`).toBe(placeholders(spec.template));
      }
      expect(Object.keys(ERROR_MESSAGES[language]).sort(), language).toEqual(Object.keys(ERROR_MESSAGES.es).sort());
      for (const [code, message] of Object.entries(ERROR_MESSAGES[language]))
        expect(placeholders(message), `${language} ${code}`).toBe(placeholders(errorRegistry.get(code)!.template));
    }
  });

  it('fills a translation with the values the English message was filled with', () => {
    // given
    const conflict = DesignerErrors.draftConflict('my-procedure', 'pablo', '2026-01-02T10:00:00.000Z', 7, {});
    // when
    const es = localizedMessage(conflict, 'es');
    const none = localizedMessage(conflict, undefined);
    // then
    expect(es).toBe(
      "El borrador de 'my-procedure' lo guardó entretanto pablo (2026-01-02T10:00:00.000Z, revisión 7): recárguelo o guarde el suyo como copia",
    );
    expect(none).toBe(conflict.message);
  });
});
