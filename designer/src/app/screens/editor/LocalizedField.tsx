import type { ReactNode } from 'react';
import { LANGUAGES } from '@cauce/schemas/browser';
import { LANGUAGE_NAMES } from '../../i18n/translate';
import { useT } from '../../i18n/useT';
import { useDesigner, useStore } from '../../store/useStore';
import { manifestEdit, manifestValue } from './manifestEdit';

/**
 * One text of the manifest in the five languages (es is the reference), as a group of inputs; a missing translation
 * is marked. Each keystroke is a DraftStore edit (one undo step per field until it loses focus).
 */
export function LocalizedField(props: { path: string[]; legend: string; multiline?: boolean }): ReactNode {
  const t = useT();
  const { draft } = useDesigner();
  const files = useStore(draft, (s) => s.files);
  const readOnly = useStore(draft, (s) => s.readOnly);
  const value = (manifestValue(files, props.path) ?? {}) as Record<string, string>;
  const id = props.path.join('-');
  return (
    <fieldset className="localized" data-path={id}>
      <legend>{props.legend}</legend>
      {LANGUAGES.map((language) => {
        const inputId = `${id}-${language}`;
        const missing = !value[language]?.trim();
        const common = {
          id: inputId,
          lang: language,
          value: value[language] ?? '',
          readOnly,
          'aria-invalid': missing || undefined,
          'aria-describedby': missing ? `${inputId}-missing` : undefined,
          onChange: (e: { target: { value: string } }) =>
            draft.change(manifestEdit(files, [...props.path, language], e.target.value, 'general.edit')),
          onBlur: () => draft.seal(),
        };
        return (
          <p className="field" key={language}>
            <label htmlFor={inputId}>
              {LANGUAGE_NAMES[language]}
              {language === 'es' && <span className="hint-inline"> ({t('general.reference')})</span>}
            </label>
            {props.multiline ? <textarea rows={2} {...common} /> : <input {...common} />}
            {missing && (
              <span className="missing" id={`${inputId}-missing`}>
                {t('general.missing')}
              </span>
            )}
          </p>
        );
      })}
    </fieldset>
  );
}
