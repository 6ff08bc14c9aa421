import type { Role } from '../api/types';

/** What a role may do in the designer. @public */
export type Access = 'write' | 'read' | 'none';

/**
 * The designer's rule, as the server applies it (docs/designer.md "Roles"): specialists read and write,
 * supervisors only read, everyone else (agents, citizens…) has no access. The page only mirrors the server, which
 * refuses on its own.
 * @public
 */
export function accessOf(role: Role | undefined): Access {
  if (role === 'specialist') return 'write';
  if (role === 'supervisor') return 'read';
  return 'none';
}
