import { describe, expect, it } from 'vitest';
import { fieldsOf } from './fieldsOf';
import { findField } from './findField';
import { EVERY_KIND, EVERY_KIND_LABELS } from './fixtures/everyKind';
import { leaves } from './leaves';

describe('findField and leaves', () => {
  it('find a field at any depth, and list the fields that take answers themselves', () => {
    // given
    const fields = fieldsOf(EVERY_KIND, EVERY_KIND_LABELS);
    // then
    expect(findField(fields, 'newAddress.floor')?.label).toBe('Piso');
    expect(findField(fields, 'newAddress')?.kind).toBe('group');
    expect(findField(fields, 'nowhere')).toBeUndefined();
    expect(leaves(fields).map((f) => f.path)).toEqual([
      'officeId',
      'preferredDate',
      'topics',
      'wantsCallback',
      'callbackPhone',
      'notes',
      'newAddress.street',
      'newAddress.floor',
      'newAddress.postcode',
      'children',
      'email',
      'internalNote',
    ]);
  });
});
