import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../data/account/api.ts';
import { session } from '../data/account/current-session.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { codeText, errorText, fieldText } from '../lib/error-text.ts';
import { issuesByField } from '../lib/form.ts';
import { preloadValidation, validateLogin } from '../lib/validate.ts';
import { PIN_CHANGED } from '../data/account/session.ts';
import { Link } from '../router.tsx';
import { Field } from '../ui/field.tsx';
import { PublicLayout } from './public-layout.tsx';
import { takeSignInHint } from './profiles/device-profiles.ts';

/**
 * `reason`: why an earlier session ended on its own (TOKEN_REUSED, …), shown once. A profile that
 * needs its password again (too many wrong PINs) arrives with its email filled in.
 * `hasProfiles`: the device has profiles, so offer the way back to "Who's studying?".
 */
export function SignIn({ reason, onSignedIn, hasProfiles = false }: { reason: string | null; onSignedIn: () => void; hasProfiles?: boolean }) {
  const { t } = useI18n();
  const [hint] = useState(takeSignInHint);
  const [email, setEmail] = useState(hint?.email ?? '');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(hint ? t.profiles[hint.message] : reason && reason !== PIN_CHANGED ? codeText(t, reason) : null);
  /** The password was right but the account is scheduled for deletion: offer to cancel it. */
  const [pendingDeletion, setPendingDeletion] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const focusFirst = (errors: Record<string, string>) => (errors.email ? emailRef : passwordRef).current?.focus();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    setFormError(null);
    setPending(true);
    const parsed = await validateLogin({ email, password }).catch(() => null);
    if (!parsed) {
      setPending(false);
      setFormError(t.errors.code.NETWORK);
      return;
    }
    if (!parsed.success) {
      setPending(false);
      const errors = issuesByField(parsed.error.issues, (field, message) => fieldText(t, field, message));
      setFieldErrors(errors);
      focusFirst(errors);
      return;
    }
    setFieldErrors({});
    try {
      await session.signIn(parsed.data);
      onSignedIn();
    } catch (error) {
      setPending(false);
      if (error instanceof ApiError && error.code === 'ACCOUNT_DELETION_PENDING') {
        setPendingDeletion(true);
        return;
      }
      const byField = error instanceof ApiError && error.code === 'VALIDATION_ERROR' ? error.fieldErrors() : {};
      const errors = Object.fromEntries(Object.entries(byField).map(([f, e]) => [f, fieldText(t, f, e.message)]));
      setFieldErrors(errors);
      if (Object.keys(errors).length > 0) focusFirst(errors);
      else setFormError(errorText(t, error));
    }
  }

  async function cancelDeletion() {
    setPending(true);
    setFormError(null);
    try {
      await session.cancelDeletion({ email, password });
      onSignedIn();
    } catch (error) {
      setPending(false);
      setFormError(errorText(t, error));
    }
  }

  return (
    <PublicLayout>
      <section className="card auth-card" aria-labelledby="signin-title">
        <h1 id="signin-title">{t.auth.signInTitle}</h1>
        <p className="lead">{t.auth.signInLead}</p>
        {formError ? (
          <div className="notice notice--error" role="alert">
            {formError}
          </div>
        ) : null}
        {pendingDeletion ? (
          <div className="notice stack" role="alert" data-testid="deletion-pending">
            <strong>{t.privacy.pendingTitle}</strong>
            <p>{t.privacy.pendingLead}</p>
            <button type="button" className="button button--primary" disabled={pending} onClick={() => void cancelDeletion()}>
              {pending ? t.privacy.cancelling : t.privacy.cancelDeletion}
            </button>
          </div>
        ) : null}
        <form onSubmit={(event) => void submit(event)} onFocus={preloadValidation} noValidate aria-busy={pending}>
          <Field
            label={t.auth.email}
            type="email"
            value={email}
            onChange={setEmail}
            error={fieldErrors.email}
            inputRef={emailRef}
            autoComplete="username"
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            required
          />
          <Field
            label={t.auth.password}
            type="password"
            value={password}
            onChange={setPassword}
            error={fieldErrors.password}
            inputRef={passwordRef}
            autoComplete="current-password"
            required
          />
          <button type="submit" className="button button--primary button--block" disabled={pending}>
            {pending ? t.auth.submittingSignIn : t.auth.submitSignIn}
          </button>
        </form>
        <p className="auth-card__switch">
          {t.auth.noAccount} <Link to="/signup">{t.auth.toSignUp}</Link>
        </p>
        {hasProfiles ? (
          <p className="auth-card__switch">
            <Link to="/">{t.profiles.backToProfiles}</Link>
          </p>
        ) : null}
        <p className="auth-card__switch">
          <Link to="/privacy">{t.privacy.noticeLink}</Link>
        </p>
        <p className="auth-card__demo">{t.auth.demoHint}</p>
      </section>
    </PublicLayout>
  );
}
