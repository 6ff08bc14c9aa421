import type { Channel, FormField, Role, ViewerRole } from '@cauce/schemas';

type Schema = Record<string, unknown>;

/** Who sees a step's form: the channel it is shown on and the viewer's role. @public */
export interface Audience {
  channel: Channel;
  role: Role;
  /** the step's cauce:FieldVisibility (field path → roles); overrides the form's x-cauce-visibleTo */
  visibility?: Array<{ field: string; roles: string[] }>;
}

/**
 * The step's JSON Schema narrowed to one channel and one role: fields whose `x-cauce-channels` leave the channel
 * out, or whose visibility (the step's cauce:FieldVisibility, else the form's `x-cauce-visibleTo`) leaves the
 * role out, are removed — from `properties` and from `required`, at every level of object fields. Returns the
 * narrowed schema and the dotted paths of the fields that remain (what a submit may carry).
 * @public
 */
export function narrowForm(form: FormField, audience: Audience): { schema: FormField; fields: string[] } {
  const fields: string[] = [];
  const schema = narrowObject(form, '', audience, fields);
  return { schema, fields };
}

// helpers
function narrowObject(node: Schema, prefix: string, audience: Audience, fields: string[]): Schema {
  const properties = node.properties as Record<string, Schema> | undefined;
  if (!properties) return { ...node };
  const kept: Record<string, Schema> = {};
  for (const [name, field] of Object.entries(properties)) {
    const path = prefix ? `${prefix}.${name}` : name;
    if (!visible(field, path, audience)) continue;
    fields.push(path);
    const { ['x-cauce-visibleTo']: _roles, ...rest } = field;
    kept[name] = rest.properties ? narrowObject(rest, path, audience, fields) : rest;
  }
  const out: Schema = { ...node, properties: kept };
  if (Array.isArray(node.required)) out.required = (node.required as string[]).filter((name) => name in kept);
  return out;
}

function visible(field: Schema, path: string, audience: Audience): boolean {
  const channels = field['x-cauce-channels'] as string[] | undefined;
  if (channels && !channels.includes(audience.channel)) return false;
  const role = visibilityRole(audience.role);
  if (!role) return false;
  const override = audience.visibility?.find((v) => v.field === path);
  const roles = override ? override.roles : (field['x-cauce-visibleTo'] as string[] | undefined);
  return !roles || roles.includes(role);
}

/** The vocabulary role (common.json viewerRole) a viewer role counts as: staff who design or run the product see
 * what a supervisor sees; an integrator sees no field. */
function visibilityRole(role: Role): ViewerRole | undefined {
  if (role === 'admin' || role === 'specialist') return 'supervisor';
  if (role === 'integrator') return undefined;
  return role;
}
