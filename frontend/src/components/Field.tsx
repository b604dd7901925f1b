import type { ChangeEvent, ReactNode } from 'react';

// Form controls with their label, hint and error tied together for assistive technology:
// the error is referenced by aria-describedby and the control gets aria-invalid.

interface BaseProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  className?: string;
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** A FieldShell control's ARIA attributes: required unless optional; invalid and described by hint and error. */
function controlAria({ id, hint, error, optional }: BaseProps) {
  return {
    'aria-invalid': error ? true : undefined,
    'aria-required': optional ? undefined : true,
    'aria-describedby': describedBy(id, hint, error),
  } as const;
}

function FieldShell({
  id,
  label,
  hint,
  error,
  optional,
  className,
  children,
}: BaseProps & { children: ReactNode }) {
  return (
    <div className={['field', error ? 'field--error' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field__label">
        {label}
        {optional ? <span className="field__optional"> (valgfri)</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? <FieldError id={`${id}-error`} message={error} /> : null}
      {children}
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} className="field__error">
      <span className="visually-hidden">Fejl: </span>
      {message}
    </p>
  );
}

interface TextFieldProps extends BaseProps {
  name: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'time' | 'datetime-local' | 'tel' | 'email' | 'password';
  inputMode?: 'text' | 'numeric' | 'tel';
  autoComplete?: string;
  maxLength?: number;
  width?: 'short' | 'medium' | 'full';
  max?: string;
  autoCapitalize?: 'off' | 'none' | 'sentences';
}

export function TextField(props: TextFieldProps) {
  const {
    id,
    name,
    value,
    onChange,
    type = 'text',
    inputMode,
    autoComplete = 'off',
    maxLength,
    width,
    max,
    autoCapitalize,
  } = props;
  return (
    <FieldShell {...props}>
      <input
        id={id}
        name={name}
        type={type}
        className={`input${width ? ` input--${width}` : ''}`}
        value={value}
        onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
        inputMode={inputMode}
        autoComplete={autoComplete}
        maxLength={maxLength}
        max={max}
        autoCapitalize={autoCapitalize}
        spellCheck={false}
        {...controlAria(props)}
      />
    </FieldShell>
  );
}

interface TextAreaFieldProps extends BaseProps {
  name: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
}

export function TextAreaField(props: TextAreaFieldProps) {
  const { id, name, value, onChange, rows = 3 } = props;
  return (
    <FieldShell {...props}>
      <textarea
        id={id}
        name={name}
        className="input input--full"
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...controlAria(props)}
      />
    </FieldShell>
  );
}

interface SelectFieldProps extends BaseProps {
  name: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  /** Text of the empty first option; none if omitted. */
  placeholder?: string;
  disabled?: boolean;
}

export function SelectField(props: SelectFieldProps) {
  const { id, name, value, onChange, options, placeholder, disabled } = props;
  return (
    <FieldShell {...props}>
      <select
        id={id}
        name={name}
        className="input select"
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        {...controlAria(props)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

interface RadioGroupProps {
  id: string;
  name: string;
  legend: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  error?: string | undefined;
  hint?: string;
}

/** A fieldset of radio buttons. Focus for the error summary goes to the first radio button. */
export function RadioGroup({ id, name, legend, value, onChange, options, error, hint }: RadioGroupProps) {
  const described = describedBy(id, hint, error);
  return (
    <fieldset
      className={['field', 'radio-group', error ? 'field--error' : ''].filter(Boolean).join(' ')}
      aria-describedby={described}
    >
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? <FieldError id={`${id}-error`} message={error} /> : null}
      {options.map((o, index) => (
        <div className="radio" key={o.value}>
          <input
            type="radio"
            id={index === 0 ? id : `${id}-${o.value}`}
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          <label htmlFor={index === 0 ? id : `${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

interface CheckboxGroupProps {
  id: string;
  name: string;
  legend: string;
  /** The checked values. */
  value: readonly string[];
  onChange: (value: string[]) => void;
  options: readonly { value: string; label: string; description?: string }[];
  error?: string | undefined;
  hint?: string;
}

/**
 * A fieldset of checkboxes for a list of values. Focus for the error summary goes to the first
 * checkbox (its id is the group's id). The checked values keep the options' order.
 */
export function CheckboxGroup({ id, name, legend, value, onChange, options, error, hint }: CheckboxGroupProps) {
  const described = describedBy(id, hint, error);
  const toggle = (option: string, checked: boolean) => {
    const chosen = new Set(value);
    if (checked) chosen.add(option);
    else chosen.delete(option);
    onChange(options.map((o) => o.value).filter((v) => chosen.has(v)));
  };
  return (
    <fieldset
      className={['field', 'checkbox-group', error ? 'field--error' : ''].filter(Boolean).join(' ')}
      aria-describedby={described}
    >
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? <FieldError id={`${id}-error`} message={error} /> : null}
      {options.map((o, index) => {
        const optionId = index === 0 ? id : `${id}-${o.value.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
        return (
          <div className="checkbox" key={o.value}>
            <input
              type="checkbox"
              id={optionId}
              name={name}
              value={o.value}
              checked={value.includes(o.value)}
              onChange={(e) => toggle(o.value, e.target.checked)}
              aria-describedby={o.description ? `${optionId}-description` : undefined}
            />
            <label htmlFor={optionId}>{o.label}</label>
            {o.description ? (
              <p id={`${optionId}-description`} className="checkbox__description">
                {o.description}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}

interface CheckboxProps {
  id: string;
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}

/** One checkbox with its label (and hint) after it. */
export function Checkbox({ id, name, label, checked, onChange, hint }: CheckboxProps) {
  return (
    <div className="field checkbox">
      <input
        type="checkbox"
        id={id}
        name={name}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="checkbox__description">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
