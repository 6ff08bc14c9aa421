/**
 * The shapes the console exchanges with `/api`. The step view and the service's results come from the channels
 * contract (channels/src/contract.ts, type-only: nothing of it is bundled), so a change there breaks this build.
 */
import type { Language, Role, SessionService, StepView } from '@cauce/channels/contract';

export type { Language, Role, StepView };
export type CatalogueEntry = Awaited<ReturnType<SessionService['catalogue']>>[number];
export type FolderEntry = Awaited<ReturnType<SessionService['citizenFolder']>>[number];
export type QueueEntry = Awaited<ReturnType<SessionService['queue']>>[number];
export type RequestStatus = Awaited<ReturnType<SessionService['requestStatus']>>;
export type IdentifyInput = Parameters<SessionService['identify']>[2];

/** A contact-centre user as `/api/auth/login` returns it. */
export interface StaffUser {
  id: string;
  role: Role;
  name: string;
}

/** What `/api/auth/login` returns. */
export interface LoginResult {
  token: string;
  user: StaffUser;
  expiresAt: string;
}
