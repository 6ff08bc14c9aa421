import type { FieldError } from '../contract';
import type { T } from '../i18n';

/**
 * The GOV.UK error summary: at the top of `main`, `role="alert"` so it is announced on load (no script needed),
 * one link per problem to the field's input (`href="#<id>"`). `target` maps an error's field path to the id on
 * this page; problems without a field of their own point at the first field.
 * @internal
 */
export function ErrorSummary(props: { errors: FieldError[]; t: T; target: (field: string) => string }) {
  if (!props.errors.length) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} data-error-summary="">
      <h2 className="error-summary-title" id="error-summary-title">{props.t('errorSummaryTitle')}</h2>
      <ul className="error-summary-list">
        {props.errors.map((e, i) => (
          <li key={i}><a href={`#${props.target(e.field)}`}>{e.message}</a></li>
        ))}
      </ul>
    </div>
  );
}

/** The message above a field in error, with a visually hidden "Error:" for screen readers. @internal */
export function ErrorMessage(props: { id: string; message: string; t: T }) {
  return (
    <p id={props.id} className="error-message">
      <span className="visually-hidden">{props.t('errorPrefix')} </span>{props.message}
    </p>
  );
}
