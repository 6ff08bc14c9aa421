import { useEffect, type ReactNode } from 'react';
import type { StepView } from '../api/types';
import { useT } from '../i18n/useT';
import { useCommands } from '../store/useStore';
import { ErrorSummary } from './ErrorSummary';
import { fieldId } from '@cauce/forms';

/**
 * Identification as the view asks it: level 1 the protocol questions (checked against the corporate record), level
 * 2 a one-time code sent by SMS or email and read back by the caller; level 3 (video) is not done here.
 */
export function IdentifyPanel(props: { view: StepView; busy: boolean }): ReactNode {
  const t = useT();
  const commands = useCommands();
  const { view, busy } = props;
  const id = view.identification;
  const labels = Object.fromEntries((id.questions ?? []).map((q) => [q.id, q.label]));
  const errorOf = (field: string) => view.errors.find((e) => e.field === field)?.message;
  // once a code is sent, the agent types it next: focus goes to its input
  useEffect(() => {
    if (id.otpSentTo) document.getElementById(fieldId('code'))?.focus();
  }, [id.otpSentTo]);

  if (id.method === 'protocol') {
    return (
      <form
        data-primary
        noValidate
        aria-labelledby="protocol-title"
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          const answers = Object.fromEntries(
            (id.questions ?? []).map((q) => [q.id, String(data.get(q.id) ?? '').trim()]),
          );
          if (!busy) void commands.identify({ method: 'protocol', answers });
        }}
      >
        <ErrorSummary errors={view.errors} labels={labels} fields={new Set(Object.keys(labels))} />
        <h3 id="protocol-title">{t('identify.protocol')}</h3>
        {id.attemptsLeft !== undefined && <p className="hint">{t('identify.attempts', { n: id.attemptsLeft })}</p>}
        {(id.questions ?? []).map((q) => {
          const error = errorOf(q.id);
          return (
            <div key={q.id} className={`field${error ? ' invalid' : ''}`}>
              <label htmlFor={fieldId(q.id)}>{q.label}</label>
              {error && (
                <p id={`${fieldId(q.id)}-error`} className="field-error">
                  {error}
                </p>
              )}
              <input
                id={fieldId(q.id)}
                name={q.id}
                autoComplete="off"
                spellCheck={false}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${fieldId(q.id)}-error` : undefined}
              />
            </div>
          );
        })}
        <div className="buttons">
          <button type="submit" className="primary" disabled={busy} aria-keyshortcuts="Alt+N">
            {t('identify.check')} <kbd aria-hidden="true">Alt+N</kbd>
          </button>
        </div>
      </form>
    );
  }

  if (id.method === 'otp' || id.needed === 2) {
    const codeError = errorOf('code');
    return (
      <div>
        <ErrorSummary
          errors={view.errors}
          labels={{ code: t('identify.code') }}
          fields={new Set(id.otpSentTo ? ['code'] : [])}
        />
        <h3>{t('identify.otp')}</h3>
        <p>{t('identify.otpIntro')}</p>
        <div className="buttons">
          <button
            type="button"
            disabled={busy}
            onClick={() => void commands.identify({ method: 'otp-send', channel: 'sms' })}
          >
            {t('identify.sendSms')}
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => void commands.identify({ method: 'otp-send', channel: 'email' })}
          >
            {t('identify.sendEmail')}
          </button>
        </div>
        {id.otpSentTo && (
          <form
            data-primary
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              if (!busy)
                void commands.identify({
                  method: 'otp',
                  code: String(new FormData(e.currentTarget).get('code') ?? ''),
                });
            }}
          >
            <p role="status">{t('identify.otpSentTo', { to: id.otpSentTo })}</p>
            {id.attemptsLeft !== undefined && <p className="hint">{t('identify.attempts', { n: id.attemptsLeft })}</p>}
            <div className={`field${codeError ? ' invalid' : ''}`}>
              <label htmlFor={fieldId('code')}>{t('identify.code')}</label>
              {codeError && (
                <p id="f-code-error" className="field-error">
                  {codeError}
                </p>
              )}
              <input
                id={fieldId('code')}
                name="code"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={8}
                aria-invalid={codeError ? true : undefined}
                aria-describedby={codeError ? 'f-code-error' : undefined}
              />
            </div>
            <div className="buttons">
              <button type="submit" className="primary" disabled={busy} aria-keyshortcuts="Alt+N">
                {t('identify.otpCheck')} <kbd aria-hidden="true">Alt+N</kbd>
              </button>
            </div>
          </form>
        )}
      </div>
    );
  }

  return <p>{t('identify.video')}</p>;
}
