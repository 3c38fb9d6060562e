import { useId, useState, type InputHTMLAttributes, type Ref } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  optional?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled input whose hint and error are announced with it (aria-describedby). */
export function Field({ label, value, onChange, error, hint, optional, inputRef, type = 'text', ...rest }: FieldProps) {
  const { t } = useI18n();
  const id = useId();
  const [revealed, setRevealed] = useState(false);
  const isPassword = type === 'password';
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="field__optional"> ({t.auth.optional})</span> : null}
      </label>
      <div className={isPassword ? 'field__control field__control--password' : 'field__control'}>
        <input
          id={id}
          ref={inputRef}
          type={isPassword && revealed ? 'text' : type}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          {...rest}
        />
        {isPassword ? (
          <button type="button" className="field__reveal" aria-pressed={revealed} aria-controls={id} onClick={() => setRevealed((r) => !r)}>
            {revealed ? t.auth.hidePassword : t.auth.showPassword}
          </button>
        ) : null}
      </div>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
