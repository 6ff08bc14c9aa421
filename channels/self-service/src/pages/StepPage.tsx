import { randomUUID } from 'node:crypto';
import { fieldsOf } from '@cauce/forms';
import type { StepView } from '../contract';
import { errorTarget, fieldLabel, Fields } from '../form/Fields';
import type { PageField } from '../form/pageField';
import { ErrorSummary } from './ErrorSummary';
import { Csrf, Layout, Paragraphs, type Shell } from './Layout';
import { SessionActions, sessionPath } from './SessionActions';

/**
 * The fields of a view's step (none when it has no step), with the answers and errors the view carries: choices as
 * radios up to seven options, yes/no as two radios labelled in the page's language.
 * @internal
 */
export function stepFields(view: StepView, shell: Shell): PageField[] {
  if (!view.step) return [];
  return fieldsOf(view.step.form, view.step.labels, {
    answers: view.answers,
    errors: view.errors,
    radiosUpTo: 7,
    yesNoAs: 'radios',
    yesNo: { yes: shell.t('yes'), no: shell.t('no') },
  });
}

/**
 * One step on one page: the procedure as caption, the step title as the only h1, the step's text, its fields, one
 * "Continue" button. After a refused POST: the error summary first, every field's message, the answers as posted.
 * The form carries the CSRF token, the step id (a stale form is recognised) and a fresh submission id (a double
 * click is applied once). "Back" posts to the previous step the citizen may still change.
 * @internal
 */
export function StepPage(props: { shell: Shell; view: StepView }) {
  const { shell, view } = props;
  const { t } = shell;
  const step = view.step!;
  const fields = stepFields(view, shell);
  const path = sessionPath(shell.base, view.sessionId);
  const back = view.actions.includes('back') ? previousChangeable(view) : undefined;
  return (
    <Layout
      shell={shell}
      page="step"
      title={step.title}
      errors={view.errors.length > 0}
      procedureTitle={view.procedure.title}
      reference={view.reference}
    >
      {back ? (
        <form method="post" action={`${path}/cambiar`} className="back-form">
          <Csrf shell={shell} />
          <button type="submit" className="back-link" name="toStep" value={back}>
            {t('back')}
          </button>
        </form>
      ) : null}
      <ErrorSummary
        errors={view.errors}
        t={t}
        target={(field) => errorTarget(fields, field)}
        label={(field) => fieldLabel(fields, field)}
      />
      <span className="caption">{view.procedure.title}</span>
      <h1 className="heading-l">{step.title}</h1>
      {view.revising ? <p className="inset">{t('revisingNote')}</p> : null}
      <Paragraphs text={step.text} />
      <form method="post" action={`${path}/respuesta`} noValidate>
        <Csrf shell={shell} />
        <input type="hidden" name="stepId" value={step.id} />
        <input type="hidden" name="submissionId" value={randomUUID()} />
        <Fields fields={fields} t={t} />
        <button type="submit" className="button" data-prevent-double-click="">
          {t('continue')}
        </button>
      </form>
      <SessionActions shell={shell} view={view} />
    </Layout>
  );
}

// helpers
/** The last step before the one shown that may still be changed (review is in answer order). */
function previousChangeable(view: StepView): string | undefined {
  const review = view.review ?? [];
  const shownAt = view.revising ? review.findIndex((r) => r.stepId === view.step?.id) : review.length;
  const before = review.slice(0, shownAt < 0 ? review.length : shownAt);
  return [...before].reverse().find((r) => r.changeable && r.fields.length > 0)?.stepId;
}
