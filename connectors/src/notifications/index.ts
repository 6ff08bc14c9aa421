export { renderMessage, SMS_MAX_LENGTH, type RenderedMessage } from './renderMessage';
export {
  MESSAGE_TEMPLATES,
  MESSAGE_LANGUAGES,
  REJECTION_REASONS,
  EMAIL_FRAME,
  type MessageTemplate,
  type MessageLanguage,
} from './messageTemplates';
