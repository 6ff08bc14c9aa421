import { bpmnMessagesEs } from './bpmnMessagesEs';
import { cauceMessages } from './cauceMessages';

/** The panel languages: Spanish is the reference, English the libraries' own. @public */
export type PanelLanguage = 'es' | 'ca' | 'eu' | 'gl' | 'en';

/**
 * bpmn-js's `translate(template, replacements)` for a language: Cauce's strings in all five, the libraries'
 * strings in Spanish (other languages keep the libraries' English), `{name}` replacements filled in.
 * @public
 */
export function createTranslate(language: PanelLanguage = 'es') {
  return (template: string, replacements: Record<string, unknown> = {}): string => {
    const own = cauceMessages[template]?.[language];
    const text = own ?? (language === 'es' ? bpmnMessagesEs[template] : undefined) ?? template;
    return text.replace(/{([^}]+)}/g, (whole, key: string) =>
      key in replacements ? String(replacements[key]) : whole,
    );
  };
}
