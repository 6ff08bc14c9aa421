import { findField } from '@cauce/forms';
import { exhaustive } from '@cauce/schemas';
import type { T } from '../i18n';
import { ErrorMessage } from '../pages/ErrorSummary';
import { lookOf } from './lookOf';
import type { PageField } from './pageField';

/**
 * A step form's fields as accessible HTML (GOV.UK patterns): every input has a `<label for>`; radio and checkbox
 * groups and object fields are a `fieldset` with a `legend`; hints and error messages are tied to their input
 * (or fieldset) with `aria-describedby`; a field in error has `aria-invalid="true"` on its input(s) and its message
 * above it. Optional fields say so in their label. Values post as the enum values themselves; yes/no is two radios.
 * @internal
 */
export function Fields(props: { fields: PageField[]; t: T }) {
  return (
    <>
      {props.fields.map((f) => (
        <Field key={f.path} field={f} t={props.t} />
      ))}
    </>
  );
}

function Field({ field, t }: { field: PageField; t: T }) {
  switch (field.kind) {
    case 'group':
      return <Group field={field} t={t} />;
    case 'choice':
      return field.control === 'select' ? <Select field={field} t={t} /> : <Choices field={field} t={t} />;
    case 'choices':
    case 'yesNo':
      return <Choices field={field} t={t} />;
    case 'textarea':
      return <TextArea field={field} t={t} />;
    case 'text':
    case 'number':
    case 'date':
    case 'email':
    case 'phone':
      return <TextInput field={field} t={t} />;
    default:
      return exhaustive(field.kind, 'field kind');
  }
}

function TextInput({ field, t }: { field: PageField; t: T }) {
  const { error, describedBy, value } = common(field);
  const look = lookOf(field);
  return (
    <div className={groupClass(error)}>
      <Label field={field} t={t} />
      <HintAndError field={field} error={error} t={t} />
      <input
        className={`input ${look.width}${error ? ' input-error' : ''}`}
        id={field.id}
        name={field.path}
        type={look.inputType}
        defaultValue={value === undefined || value === null ? '' : String(value)}
        aria-describedby={describedBy}
        aria-invalid={error ? 'true' : undefined}
        autoComplete={field.autocomplete}
        inputMode={look.inputMode}
        spellCheck={look.spellcheck ? undefined : false}
      />
    </div>
  );
}

function TextArea({ field, t }: { field: PageField; t: T }) {
  const { error, describedBy, value } = common(field);
  return (
    <div className={groupClass(error)}>
      <Label field={field} t={t} />
      <HintAndError field={field} error={error} t={t} />
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

function Select({ field, t }: { field: PageField; t: T }) {
  const { error, describedBy, value } = common(field);
  return (
    <div className={groupClass(error)}>
      <Label field={field} t={t} />
      <HintAndError field={field} error={error} t={t} />
      <select
        className={`select${error ? ' input-error' : ''}`}
        id={field.id}
        name={field.path}
        defaultValue={value === undefined || value === null ? '' : String(value)}
        aria-describedby={describedBy}
        aria-invalid={error ? 'true' : undefined}
        autoComplete={field.autocomplete}
      >
        <option value="">{t('choose')}</option>
        {field.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Choices({ field, t }: { field: PageField; t: T }) {
  const multiple = field.kind === 'choices';
  const hint = multiple ? [field.hint, t('selectAll')].filter(Boolean).join(' ') : field.hint;
  const { error, describedBy, value } = common({ ...field, hint });
  const chosen = new Set(
    (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]).map(String),
  );
  const type = multiple ? 'checkbox' : 'radio';
  return (
    <div className={groupClass(error)}>
      <fieldset className="fieldset" aria-describedby={describedBy}>
        <legend className="legend">
          {field.label}
          {field.requirement === 'optional' ? ` ${t('optional')}` : ''}
        </legend>
        <HintAndError field={{ ...field, hint }} error={error} t={t} />
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

function Group({ field, t }: { field: PageField; t: T }) {
  const { error, describedBy } = common(field);
  return (
    <div className={groupClass(error)}>
      <fieldset className="fieldset" aria-describedby={describedBy}>
        <legend className="legend">
          {field.label}
          {field.requirement === 'optional' ? ` ${t('optional')}` : ''}
        </legend>
        <HintAndError field={field} error={error} t={t} />
        <Fields fields={field.children} t={t} />
      </fieldset>
    </div>
  );
}

function Label({ field, t }: { field: PageField; t: T }) {
  return (
    <label className="label" htmlFor={field.id}>
      {field.label}
      {field.requirement === 'optional' ? ` ${t('optional')}` : ''}
    </label>
  );
}

function HintAndError({ field, error, t }: { field: PageField; error?: string; t: T }) {
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
function common(field: PageField): { error?: string; describedBy?: string; value: unknown } {
  const error = field.error;
  const ids = [field.hint ? `${field.id}-hint` : '', error ? `${field.id}-error` : ''].filter(Boolean).join(' ');
  return { error, describedBy: ids || undefined, value: field.value };
}

function groupClass(error?: string): string {
  return error ? 'form-group form-group-error' : 'form-group';
}

/**
 * Where an error about `path` should link: the field's own input (the first option of a group of choices, the
 * first input of an object field), else — for a problem with no field of its own — the form's first input.
 * @internal
 */
export function errorTarget(fields: PageField[], path: string): string {
  const found = findField(fields, path);
  const target = found ?? fields[0];
  return target ? firstInputId(target) : 'main';
}

/** The label of the field at `path` (for the error summary). @internal */
export function fieldLabel(fields: PageField[], path: string): string | undefined {
  return findField(fields, path)?.label;
}

function firstInputId(field: PageField): string {
  return field.kind === 'group' && field.children.length ? firstInputId(field.children[0]) : field.id;
}
