import type { FormEvent, Ref } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
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

/** The unlock form of the profile picker and the lock overlay: its error, the PIN, "Unlock". */
export function PinUnlockForm({ pin, onPinChange, error, pending, inputRef, onSubmit }: {
  pin: string;
  onPinChange: (value: string) => void;
  error: string | null;
  pending: boolean;
  inputRef: Ref<HTMLInputElement>;
  onSubmit: (event: FormEvent) => Promise<void>;
}) {
  const { t } = useI18n();
  return (
    <>
      {error ? (
        <div className="notice notice--error" role="alert">
          {error}
        </div>
      ) : null}
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={pending}>
        <PinField label={t.profiles.pin} value={pin} onChange={onPinChange} inputRef={inputRef} />
        <button type="submit" className="button button--primary button--block" disabled={pending}>
          {pending ? t.profiles.unlocking : t.profiles.unlock}
        </button>
      </form>
    </>
  );
}
