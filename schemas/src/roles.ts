import common from '../json/common.json';
import type { Role } from './generated/common';

/**
 * Every role a viewer can have (`common.json#/$defs/role`, from which the `Role` type is generated): citizen,
 * agent-l1, agent-l2, supervisor, specialist, integrator, admin. The channels' CHECK constraints on roles take it
 * from here (`ViewerRole`, the roles a form can name, is a subset of it). @public
 */
export const ROLES = common.$defs.role.enum as readonly Role[];
