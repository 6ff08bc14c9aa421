import { describe, expect, it } from 'vitest';
import { jsonSchemas } from './index';
import { CHANNELS } from './channels';
import { LANGUAGES } from './languages';
import { ROLES } from './roles';
import { SERVICE_REQUEST_STATES } from './serviceRequestStates';

describe('the vocabulary', () => {
  it('is the enums of common.json, es first', () => {
    // given
    const defs = jsonSchemas.common.$defs;
    // then
    expect(LANGUAGES).toEqual(defs.language.enum);
    expect(LANGUAGES[0]).toBe('es');
    expect(ROLES).toEqual(defs.role.enum);
    expect(CHANNELS).toEqual(defs.channel.enum);
    expect(SERVICE_REQUEST_STATES).toEqual(defs.serviceRequestState.enum);
  });

  it('names only roles of Role as the roles a form can show a field to', () => {
    // given
    const viewerRoles = jsonSchemas.common.$defs.viewerRole.enum;
    // then
    expect(viewerRoles.filter((role) => !(ROLES as readonly string[]).includes(role))).toEqual([]);
  });
});
