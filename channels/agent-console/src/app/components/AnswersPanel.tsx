import type { ReactNode } from 'react';
import type { StepView } from '../api/types';
import { useT } from '../i18n/useT';
import { useCommands } from '../store/useStore';

/**
 * The answers already given (on this channel or another before a hand-off), step by step: the agent reads them
 * instead of asking again, and may change a step's answers where the view allows going back.
 */
export function AnswersPanel(props: { view: StepView; busy?: boolean; readOnly?: boolean; id?: string }): ReactNode {
  const t = useT();
  const commands = useCommands();
  const titleId = `${props.id ?? 'answers'}-title`;
  const review = props.view.review ?? [];
  const canBack = !props.readOnly && props.view.actions.includes('back');
  return (
    <section className="panel answers" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('answers.title')}</h2>
      {review.length === 0 ? (
        <p className="hint">{t('answers.none')}</p>
      ) : (
        <>
          <p className="hint">{t('answers.hint')}</p>
          {review.map((r) => (
            <div key={r.stepId} className="answered" data-step={r.stepId}>
              <h3>{r.title}</h3>
              {r.fields.length > 0 && (
                <dl className="data">
                  {r.fields.map((f) => (
                    <div key={f.field}>
                      <dt>{f.label}</dt>
                      <dd>{f.text}</dd>
                    </div>
                  ))}
                </dl>
              )}
              {canBack && r.changeable && (
                <button
                  type="button"
                  className="link"
                  disabled={props.busy}
                  aria-label={t('answers.changeLabel', { title: r.title })}
                  onClick={() => void commands.back(r.stepId)}
                >
                  {t('answers.change')}
                </button>
              )}
            </div>
          ))}
        </>
      )}
    </section>
  );
}
