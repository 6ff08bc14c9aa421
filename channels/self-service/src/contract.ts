/** The session-service contract these pages render, from @cauce/channels' public surface. @internal */
export type { Channel, FieldError, Language, SessionService, StepView, Viewer } from '../../src/index';
