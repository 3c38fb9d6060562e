import type { Ref } from 'react';
import { Field } from '../../ui/field.tsx';

/** A PIN input: digits only, masked, never offered to the browser's password manager. */
export function PinField({ label, value, onChange, error, hint, inputRef, autoFocus }: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
}) {
  return (
    <Field
      label={label}
      type="password"
      value={value}
      onChange={(next) => onChange(next.replace(/\D/g, '').slice(0, 6))}
      error={error}
      hint={hint}
      inputRef={inputRef}
      inputMode="numeric"
      pattern="[0-9]*"
      maxLength={6}
      autoComplete="off"
      autoFocus={autoFocus}
      required
    />
  );
}

export const PIN_PATTERN = /^\d{4,6}$/;
