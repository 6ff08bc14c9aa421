import type { ReactNode } from 'react';
import type { StepView } from '../api/types';
import { useT } from '../i18n/useT';
import { fieldId } from '@cauce/forms';

/**
 * The errors of the last answer, first on the page and focused after a refused submit (GOV.UK pattern): each links
 * to its field; an error about no field (a failed identification) is plain text.
 */
export function ErrorSummary(props: {
  errors: StepView['errors'];
  labels: Record<string, string>;
  fields: Set<string>;
}): ReactNode {
  const t = useT();
  if (!props.errors.length) return null;
  return (
    <div id="error-summary" className="error-summary" tabIndex={-1} aria-labelledby="error-summary-title">
      <h3 id="error-summary-title">{t('errors.title')}</h3>
      <ul>
        {props.errors.map((e, i) => (
          <li key={`${e.field}-${i}`}>
            {props.fields.has(e.field) ? (
              <a
                href={`#${fieldId(e.field)}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(fieldId(e.field))?.focus();
                }}
              >
                {props.labels[e.field] ? `${props.labels[e.field]}: ` : ''}
                {e.message}
              </a>
            ) : (
              e.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
