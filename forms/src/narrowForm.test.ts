import type { FormField } from '@cauce/schemas';
import { describe, expect, it } from 'vitest';
import { narrowForm } from './narrowForm';

const form: FormField = {
  type: 'object',
  required: ['resolution', 'notes', 'contact'],
  properties: {
    resolution: { type: 'string', enum: ['a', 'b'] },
    notes: { type: 'string', 'x-cauce-visibleTo': ['agent-l1', 'agent-l2'] },
    internal: { type: 'string', 'x-cauce-channels': ['agent'] },
    contact: {
      type: 'object',
      required: ['phone', 'checkedBy'],
      properties: { phone: { type: 'string' }, checkedBy: { type: 'string', 'x-cauce-visibleTo': ['agent-l2'] } },
    },
  },
};

describe('narrowForm', () => {
  it('removes what the channel or the role may not see, also from required', () => {
    // when
    const web = narrowForm(form, { channel: 'web', role: 'citizen' });
    // then
    expect(web.fields).toEqual(['resolution', 'contact', 'contact.phone']);
    expect(web.schema.required).toEqual(['resolution', 'contact']);
    expect((web.schema.properties as any).contact.required).toEqual(['phone']);
  });

  it('lets the step override the form and keeps hints other than visibility', () => {
    // when
    const l1 = narrowForm(form, {
      channel: 'agent',
      role: 'agent-l1',
      visibility: [
        { field: 'contact.checkedBy', roles: ['agent-l1'] },
        { field: 'notes', roles: ['agent-l2'] },
      ],
    });
    // then
    expect(l1.fields).toEqual(['resolution', 'internal', 'contact', 'contact.phone', 'contact.checkedBy']);
    expect(JSON.stringify(l1.schema)).not.toContain('x-cauce-visibleTo');
    expect((l1.schema.properties as any).internal['x-cauce-channels']).toEqual(['agent']);
  });
});
