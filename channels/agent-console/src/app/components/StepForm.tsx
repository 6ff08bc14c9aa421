import { fieldsOf, leaves, readAnswers, type StepField } from '@cauce/forms';
import type { ReactNode } from 'react';
import type { StepView } from '../api/types';
import { useT } from '../i18n/useT';
import { useCommands } from '../store/useStore';
import { ErrorSummary } from './ErrorSummary';

type Step = NonNullable<StepView['step']>;

/**
 * The step's questions as a form rendered from the one field model (@cauce/forms), labels from the view. Dense for
 * agents: a choice is radios up to five options and a select past them; yes/no is one checkbox. Inputs are
 * uncontrolled (local UI) and prefilled with the answers the view carries; on submit the answers are read back typed
 * by the form — radio and select post their enum values — and sent; the server validates and returns field errors.
 */
export function StepForm(props: { view: StepView; step: Step; busy: boolean }): ReactNode {
  const t = useT();
  const commands = useCommands();
  const { view, step } = props;
  const fields = fieldsOf(step.form, step.labels, {
    answers: view.answers,
    errors: view.errors,
    radiosUpTo: 5,
    yesNoAs: 'checkbox',
  });
  const all = leaves(fields);
  const groups = fields.filter((f) => f.kind === 'group');
  const labels = Object.fromEntries([...all, ...groups].map((f) => [f.path, f.label]));
  const canBack = view.actions.includes('back') && (view.review ?? []).some((r) => r.changeable);
  return (
    <form
      id="step-form"
      data-primary
      noValidate
      aria-labelledby="questions-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (!props.busy) void commands.submit(readAnswers(fields, new FormData(e.currentTarget)));
      }}
    >
      <ErrorSummary errors={view.errors} labels={labels} fields={new Set([...all, ...groups].map((f) => f.path))} />
      <h3 id="questions-title">{t('session.questions')}</h3>
      {fields.length === 0 && <p className="hint">{t('session.noQuestions')}</p>}
      {fields.map((f) => (
        <Field key={f.path} field={f} />
      ))}
      <div className="buttons">
        <button type="submit" className="primary" disabled={props.busy} aria-keyshortcuts="Alt+N">
          {t('session.next')} <kbd aria-hidden="true">Alt+N</kbd>
        </button>
        {canBack && (
          <button type="button" disabled={props.busy} aria-keyshortcuts="Alt+B" onClick={() => void commands.back()}>
            {t('session.back')} <kbd aria-hidden="true">Alt+B</kbd>
          </button>
        )}
      </div>
      <p className="hint">{t('session.shortcuts')}</p>
    </form>
  );
}

function Field({ field }: { field: StepField }): ReactNode {
  const { id, error, value } = field;
  const required = field.requirement === 'required';
  const helpId = field.hint ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  const common = {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    'aria-required': required || undefined,
  } as const;
  const help = field.hint && (
    <p id={helpId} className="hint">
      {field.hint}
    </p>
  );
  const message = error && (
    <p id={errorId} className="field-error">
      {error}
    </p>
  );
  const label = (
    <>
      {field.label}
      {required && (
        <span className="required" aria-hidden="true">
          {' '}
          *
        </span>
      )}
    </>
  );

  if (field.kind === 'group') {
    return (
      <fieldset className="group" id={id} tabIndex={-1} aria-describedby={describedBy}>
        <legend>{label}</legend>
        {help}
        {message}
        {field.children.map((c) => (
          <Field key={c.path} field={c} />
        ))}
      </fieldset>
    );
  }
  if (field.kind === 'choices' || (field.control === 'radios' && (field.kind === 'choice' || field.kind === 'yesNo'))) {
    const type = field.kind === 'choices' ? 'checkbox' : 'radio';
    const chosen = ([] as unknown[]).concat(value ?? []).map(String);
    return (
      <fieldset
        className={`choice${error ? ' invalid' : ''}`}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      >
        <legend>{label}</legend>
        {help}
        {message}
        {field.options.map((o, i) => (
          <div className="option" key={o.value}>
            <input
              type={type}
              id={i === 0 ? id : `${id}-${i}`}
              name={field.path}
              value={o.value}
              defaultChecked={chosen.includes(o.value)}
              aria-invalid={error ? true : undefined}
            />
            <label htmlFor={i === 0 ? id : `${id}-${i}`}>{o.label}</label>
          </div>
        ))}
      </fieldset>
    );
  }
  if (field.kind === 'yesNo') {
    return (
      <div className={`field option${error ? ' invalid' : ''}`}>
        <input type="checkbox" id={id} name={field.path} value="true" defaultChecked={value === true} {...common} />
        <label htmlFor={id}>{label}</label>
        {help}
        {message}
      </div>
    );
  }
  const text = value === undefined || value === null ? '' : String(value);
  return (
    <div className={`field${error ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {help}
      {message}
      {field.kind === 'choice' ? (
        <select id={id} name={field.path} defaultValue={text} {...common}>
          <option value="">—</option>
          {field.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : field.kind === 'textarea' ? (
        <textarea id={id} name={field.path} defaultValue={text} rows={3} maxLength={field.maxLength} {...common} />
      ) : (
        <input
          id={id}
          name={field.path}
          type={field.kind === 'date' ? 'date' : 'text'}
          inputMode={field.kind === 'number' ? 'decimal' : undefined}
          defaultValue={text}
          maxLength={field.maxLength}
          autoComplete="off"
          spellCheck={field.sensitive ? false : undefined}
          {...common}
        />
      )}
    </div>
  );
}
