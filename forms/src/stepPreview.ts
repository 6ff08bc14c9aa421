import type { Language, StepView } from '@cauce/schemas';

/**
 * The message the designer posts to the agent console's preview page (`/agente/?vista-previa`, same origin only):
 * the step as a step view would carry it (its form already narrowed, its labels in `language`), for the console to
 * draw with its own StepForm. The page answers `{ type: 'cauce:preview-ready' }` to its parent when it listens.
 * @public
 */
export interface StepPreview {
  type: 'cauce:step-preview';
  language: Language;
  step: NonNullable<StepView['step']>;
  /** answers shown in the fields (none by default) */
  answers?: Record<string, unknown>;
}

/** What the preview page says to its parent once it listens (and again after each draw). @public */
export const PREVIEW_READY = 'cauce:preview-ready';

/**
 * A posted message read as a {@link StepPreview}, or `undefined` when it is anything else (another window's
 * message, a malformed one): the preview page draws nothing it cannot read.
 * @public
 */
export function readStepPreview(data: unknown): StepPreview | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const message = data as Partial<StepPreview>;
  const step = message.step as Partial<StepPreview['step']> | undefined;
  if (message.type !== 'cauce:step-preview' || typeof message.language !== 'string') return undefined;
  if (!step || typeof step.id !== 'string' || typeof step.title !== 'string' || typeof step.text !== 'string')
    return undefined;
  if (!step.form || typeof step.form !== 'object' || !step.labels || typeof step.labels !== 'object') return undefined;
  return message as StepPreview;
}
