import { exhaustive } from '@cauce/schemas';
import type { T } from '../i18n';
import { ErrorMessage } from '../pages/ErrorSummary';
import type { FieldSpec } from './fieldModel';
import { valueAt } from './readAnswers';

/** What the fields of one form show: the answers to fill in and the message of each field in error. @internal */
export interface FieldState {
  answers: Record<string, unknown>;
  errors: Map<string, string>;
  t: T;
}

/**
 * A step form's fields as accessible HTML (GOV.UK patterns): every input has a `<label for>`; radio and checkbox
 * groups and object fields are a `fieldset` with a `legend`; hints and error messages are tied to their input
 * (or fieldset) with `aria-describedby`; a field in error has `aria-invalid="true"` on its input(s) and its message
 * above it. Optional fields say so in their label. Values post as the enum values themselves.
 * @internal
 */
export function Fields(props: { fields: FieldSpec[]; state: FieldState }) {
  return (
    <>
      {props.fields.map((f) => (
        <Field key={f.path} field={f} state={props.state} />
      ))}
    </>
  );
}

function Field({ field, state }: { field: FieldSpec; state: FieldState }) {
  switch (field.kind) {
    case 'group':
      return <Group field={field} state={state} />;
    case 'radios':
    case 'checkboxes':
      return <Choices field={field} state={state} />;
    case 'select':
      return <Select field={field} state={state} />;
    case 'textarea':
      return <TextArea field={field} state={state} />;
    case 'text':
    case 'date':
      return <TextInput field={field} state={state} />;
    default:
      return exhaustive(field.kind, 'field kind');
  }
}

function TextInput({ field, state }: { field: FieldSpec; state: FieldState }) {
  const { error, describedBy, value } = common(field, state);
  return (
    <div className={groupClass(error)}>
      <Label field={field} t={state.t} />
      <HintAndError field={field} error={error} t={state.t} />
      <input
        className={`input ${field.width}${error ? ' input-error' : ''}`}
        id={field.id}
        name={field.path}
        type={field.inputType}
        defaultValue={value === undefined || value === null ? '' : String(value)}
        aria-describedby={describedBy}
        aria-invalid={error ? 'true' : undefined}
        autoComplete={field.autocomplete}
        inputMode={field.inputMode}
        spellCheck={field.spellcheck ? undefined : false}
      />
    </div>
  );
}

function TextArea({ field, state }: { field: FieldSpec; state: FieldState }) {
  const { error, describedBy, value } = common(field, state);
  return (
    <div className={groupClass(error)}>
      <Label field={field} t={state.t} />
      <HintAndError field={field} error={error} t={state.t} />
      <textarea
        className={`textarea${error ? ' input-error' : ''}`}
        id={field.id}
        name={field.path}
        rows={5}
        defaultValue={value === undefined || value === null ? '' : String(value)}
        aria-describedby={describedBy}
        aria-invalid={error ? 'true' : undefined}
      />
    </div>
  );
}

function Select({ field, state }: { field: FieldSpec; state: FieldState }) {
  const { error, describedBy, value } = common(field, state);
  return (
    <div className={groupClass(error)}>
      <Label field={field} t={state.t} />
      <HintAndError field={field} error={error} t={state.t} />
      <select
        className={`select${error ? ' input-error' : ''}`}
        id={field.id}
        name={field.path}
        defaultValue={value === undefined || value === null ? '' : String(value)}
        aria-describedby={describedBy}
        aria-invalid={error ? 'true' : undefined}
        autoComplete={field.autocomplete}
      >
        <option value="">{state.t('choose')}</option>
        {field.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Choices({ field, state }: { field: FieldSpec; state: FieldState }) {
  const multiple = field.kind === 'checkboxes';
  const hint = multiple ? [field.hint, state.t('selectAll')].filter(Boolean).join(' ') : field.hint;
  const { error, describedBy, value } = common({ ...field, hint }, state);
  const chosen = new Set(
    (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]).map(String),
  );
  const type = multiple ? 'checkbox' : 'radio';
  return (
    <div className={groupClass(error)}>
      <fieldset className="fieldset" aria-describedby={describedBy}>
        <legend className="legend">
          {field.label}
          {field.optional ? ` ${state.t('optional')}` : ''}
        </legend>
        <HintAndError field={{ ...field, hint }} error={error} t={state.t} />
        <div className={multiple ? 'checkboxes' : 'radios'}>
          {field.options.map((o, i) => {
            const id = i === 0 ? field.id : `${field.id}-${i + 1}`;
            return (
              <div className="choice" key={o.value}>
                <input
                  className="choice-input"
                  id={id}
                  name={field.path}
                  type={type}
                  value={o.value}
                  defaultChecked={chosen.has(o.value)}
                  aria-invalid={error ? 'true' : undefined}
                />
                <label className="choice-label" htmlFor={id}>
                  {o.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

function Group({ field, state }: { field: FieldSpec; state: FieldState }) {
  const { error, describedBy } = common(field, state);
  return (
    <div className={groupClass(error)}>
      <fieldset className="fieldset" aria-describedby={describedBy}>
        <legend className="legend">
          {field.label}
          {field.optional ? ` ${state.t('optional')}` : ''}
        </legend>
        <HintAndError field={field} error={error} t={state.t} />
        <Fields fields={field.children} state={state} />
      </fieldset>
    </div>
  );
}

function Label({ field, t }: { field: FieldSpec; t: T }) {
  return (
    <label className="label" htmlFor={field.id}>
      {field.label}
      {field.optional ? ` ${t('optional')}` : ''}
    </label>
  );
}

function HintAndError({ field, error, t }: { field: FieldSpec; error?: string; t: T }) {
  return (
    <>
      {field.hint ? (
        <div id={`${field.id}-hint`} className="hint">
          {field.hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={`${field.id}-error`} message={error} t={t} /> : null}
    </>
  );
}

// helpers
function common(field: FieldSpec, state: FieldState): { error?: string; describedBy?: string; value: unknown } {
  const error = state.errors.get(field.path);
  const ids = [field.hint ? `${field.id}-hint` : '', error ? `${field.id}-error` : ''].filter(Boolean).join(' ');
  return { error, describedBy: ids || undefined, value: valueAt(state.answers, field.path) };
}

function groupClass(error?: string): string {
  return error ? 'form-group form-group-error' : 'form-group';
}

/**
 * Where an error about `path` should link: the field's own input (the first option of a group of choices, the
 * first input of an object field), else — for a problem with no field of its own — the form's first input.
 * @internal
 */
export function errorTarget(fields: FieldSpec[], path: string): string {
  const found = find(fields, path);
  const target = found ?? fields[0];
  return target ? firstInputId(target) : 'main';
}

/** The label of the field at `path` (for the error summary). @internal */
export function fieldLabel(fields: FieldSpec[], path: string): string | undefined {
  return find(fields, path)?.label;
}

function find(fields: FieldSpec[], path: string): FieldSpec | undefined {
  for (const f of fields) {
    if (f.path === path) return f;
    const inner = find(f.children, path);
    if (inner) return inner;
  }
  return undefined;
}

function firstInputId(field: FieldSpec): string {
  return field.kind === 'group' && field.children.length ? firstInputId(field.children[0]) : field.id;
}
