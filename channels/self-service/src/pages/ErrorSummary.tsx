import type { FieldError } from '../contract';
import type { T } from '../i18n';

/**
 * The GOV.UK error summary: at the top of `main`, `role="alert"` so it is announced on load (no script needed),
 * one link per problem to the field's input (`href="#<id>"`). `target` maps an error's field path to the id on
 * this page; problems without a field of their own point at the first field.
 * @internal
 */
export function ErrorSummary(props: {
  errors: FieldError[];
  t: T;
  target: (field: string) => string;
  label?: (field: string) => string | undefined;
}) {
  if (!props.errors.length) return null;
  return (
    <div
      className="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      data-error-summary=""
    >
      <h2 className="error-summary-title" id="error-summary-title">
        {props.t('errorSummaryTitle')}
      </h2>
      <ul className="error-summary-list">
        {props.errors.map((e, i) => (
          <li key={i}>
            <a href={`#${props.target(e.field)}`}>{summaryText(e, props.label?.(e.field))}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A summary entry must make sense on its own ("Código postal: el formato no es válido"), while the message beside
 * the field need not repeat its label: the field's label goes first unless the message already names it.
 * @internal
 */
export function summaryText(error: FieldError, label: string | undefined): string {
  if (!label || error.message.toLowerCase().includes(label.toLowerCase())) return error.message;
  const message = /^\p{Lu}\p{Ll}/u.test(error.message)
    ? error.message.charAt(0).toLowerCase() + error.message.slice(1)
    : error.message;
  return `${label.replace(/[?¿:]+/g, '').trim()}: ${message}`;
}

/** The message above a field in error, with a visually hidden "Error:" for screen readers. @internal */
export function ErrorMessage(props: { id: string; message: string; t: T }) {
  return (
    <p id={props.id} className="error-message">
      <span className="visually-hidden">{props.t('errorPrefix')} </span>
      {props.message}
    </p>
  );
}
