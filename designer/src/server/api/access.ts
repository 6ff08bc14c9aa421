import type { Role } from '@cauce/schemas';

/** What a route does: reads procedures, or changes them. Every designer route declares one (`config.access`). @public */
export type DesignerAccess = 'read' | 'write';

/**
 * Who may do what in the designer, decided on the server for every route: specialists read and write, supervisors
 * read only; agents, citizens and every other role are refused (CAUCE_ERR_DESIGNER_FORBIDDEN).
 * @public
 */
export const DESIGNER_ACCESS: Partial<Record<Role, DesignerAccess>> = { specialist: 'write', supervisor: 'read' };
