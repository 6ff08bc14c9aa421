import type { ReactNode } from 'react';
import type { StepView } from '../api/types';
import { useT } from '../i18n/useT';

/** The procedure's steps: done, current (aria-current="step") and to do. */
export function ProgressList(props: { progress: StepView['progress']; id?: string }): ReactNode {
  const t = useT();
  const titleId = `${props.id ?? 'progress'}-title`;
  return (
    <section className="progress" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('progress.title')}</h2>
      {props.progress.total > 0 && (
        <p className="hint">{t('progress.count', { done: props.progress.done, total: props.progress.total })}</p>
      )}
      <ol>
        {props.progress.steps.map((s) => (
          <li key={s.id} className={`progress-${s.state}`} aria-current={s.state === 'current' ? 'step' : undefined}>
            <span aria-hidden="true" className="mark">
              {s.state === 'done' ? '✓' : s.state === 'current' ? '▶' : '○'}
            </span>{' '}
            {s.title}
            <span className="visually-hidden"> ({t(`progress.${s.state}`)})</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
