import type { StepView } from '../contract';
import type { T } from '../i18n';

/**
 * Answers as a GOV.UK summary list: one row per answered field (label, answer) grouped under each step's title.
 * With `change`, each row of a step the citizen may still change ends in a "Change" button (visually hidden
 * text names the question) that posts `toStep` — a button in the one form that wraps the list, so going back
 * is a CSRF-protected POST that works without JavaScript.
 * @internal
 */
export function SummaryList(props: {
  review: NonNullable<StepView['review']>;
  t: T;
  change?: boolean;
  headingLevel?: 2 | 3;
}) {
  const { t } = props;
  const H = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <>
      {props.review
        .filter((r) => r.fields.length)
        .map((r, i) => (
          <section key={`${r.stepId}-${i}`} className="summary-section">
            <H className="heading-m">{r.title}</H>
            <dl className="summary">
              {r.fields.map((f) => (
                <div className="summary-row" key={f.field}>
                  <dt className="summary-key">{f.label}</dt>
                  <dd className="summary-value">{f.text === '' ? t('notAnswered') : f.text}</dd>
                  {props.change ? (
                    <dd className="summary-action">
                      {r.changeable ? (
                        <button type="submit" className="link-button" name="toStep" value={r.stepId}>
                          {t('change')}
                          <span className="visually-hidden"> {f.label}</span>
                        </button>
                      ) : (
                        <span className="hint-inline">{t('notChangeable')}</span>
                      )}
                    </dd>
                  ) : null}
                </div>
              ))}
            </dl>
          </section>
        ))}
    </>
  );
}
