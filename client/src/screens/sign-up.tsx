import { useRef, useState, type FormEvent } from 'react';
import { isMinor } from '@cr/shared/schemas/privacy-basics';
import { ApiError } from '../data/account/api.ts';
import { session } from '../data/account/current-session.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { errorText, fieldText } from '../lib/error-text.ts';
import { defaultExamTarget, issuesByField, tomorrow } from '../lib/form.ts';
import { preloadValidation, validateSignup } from '../lib/validate.ts';
import { Link } from '../router.tsx';
import { Field } from '../ui/field.tsx';
import { PublicLayout } from './public-layout.tsx';

type Form = {
  full_name: string;
  email: string;
  password: string;
  standard: '11' | '12';
  exam_target: string;
  coaching_center: string;
  phone: string;
  date_of_birth: string;
  guardian_email: string;
};
type FieldName = keyof Form;
/** Screen order, so focus goes to the first invalid field a reader meets. */
const ORDER: FieldName[] = ['full_name', 'email', 'password', 'standard', 'exam_target', 'date_of_birth', 'guardian_email', 'coaching_center', 'phone'];

/** `hasProfiles`: the device has profiles, so offer the way back to "Who's studying?". */
export function SignUp({ onSignedUp, hasProfiles = false }: { onSignedUp: () => void; hasProfiles?: boolean }) {
  const { t } = useI18n();
  const [form, setForm] = useState<Form>(() => ({
    full_name: '',
    email: '',
    password: '',
    standard: '12',
    exam_target: defaultExamTarget(12, Date.now()),
    coaching_center: '',
    phone: '',
    date_of_birth: '',
    guardian_email: '',
  }));
  const [examTouched, setExamTouched] = useState(false);
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const refs = useRef<Partial<Record<FieldName, HTMLInputElement | null>>>({});

  const set = (name: FieldName) => (value: string) => setForm((f) => ({ ...f, [name]: value }));
  const bind = (name: FieldName) => ({
    value: form[name],
    onChange: set(name),
    error: errors[name],
    inputRef: (el: HTMLInputElement | null) => {
      refs.current[name] = el;
    },
  });

  function chooseStandard(standard: '11' | '12') {
    setForm((f) => ({ ...f, standard, exam_target: examTouched ? f.exam_target : defaultExamTarget(standard === '11' ? 11 : 12, Date.now()) }));
  }

  function showErrors(next: Record<string, string>) {
    setErrors(next);
    const first = ORDER.find((name) => next[name]);
    if (first) refs.current[first]?.focus();
    else if (Object.keys(next).length > 0) setFormError(Object.values(next)[0] ?? null);
  }

  /** Under 18 on today's date: the guardian's e-mail is asked (the server decides on its own clock). */
  const minor = form.date_of_birth !== '' && isMinor(form.date_of_birth, new Date().toISOString().slice(0, 10));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    setFormError(null);
    setPending(true);
    const optional = (v: string) => (v.trim() === '' ? undefined : v);
    const parsed = await validateSignup({
      email: form.email,
      password: form.password,
      standard: Number(form.standard),
      exam_target: form.exam_target,
      full_name: optional(form.full_name),
      phone: optional(form.phone),
      coaching_center: optional(form.coaching_center),
      date_of_birth: optional(form.date_of_birth),
      guardian_email: minor ? optional(form.guardian_email) : undefined,
    }).catch(() => null);
    if (!parsed) {
      // The validation chunk could not load: offline before it was ever fetched.
      setPending(false);
      setFormError(t.errors.code.NETWORK);
      return;
    }
    const found = parsed.success ? {} : issuesByField(parsed.error.issues, (field, message) => fieldText(t, field, message));
    // The server checks this too, against its own clock; catching it here saves a round trip.
    if (!found.exam_target && form.exam_target < tomorrow(Date.now())) found.exam_target = t.errors.field.exam_target;
    if (minor && !form.guardian_email.trim()) found.guardian_email = t.privacy.guardianRequired;
    if (!parsed.success || Object.keys(found).length > 0) {
      setPending(false);
      showErrors(found);
      return;
    }
    setErrors({});
    try {
      await session.signUp(parsed.data);
      onSignedUp();
    } catch (error) {
      setPending(false);
      if (error instanceof ApiError && error.code === 'EMAIL_TAKEN') {
        showErrors({ email: errorText(t, error) });
      } else if (error instanceof ApiError && error.code === 'VALIDATION_ERROR' && error.field) {
        showErrors(Object.fromEntries(Object.entries(error.fieldErrors()).map(([f, e]) => [f, fieldText(t, f, e.message)])));
      } else {
        setFormError(errorText(t, error));
      }
    }
  }

  return (
    <PublicLayout>
      <section className="card auth-card" aria-labelledby="signup-title">
        <h1 id="signup-title">{t.auth.signUpTitle}</h1>
        <p className="lead">{t.auth.signUpLead}</p>
        {formError ? (
          <div className="notice notice--error" role="alert">
            {formError}
          </div>
        ) : null}
        <form onSubmit={(event) => void submit(event)} onFocus={preloadValidation} noValidate aria-busy={pending}>
          <Field label={t.auth.fullName} autoComplete="name" optional {...bind('full_name')} />
          <Field
            label={t.auth.email}
            type="email"
            autoComplete="email"
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            required
            {...bind('email')}
          />
          <Field label={t.auth.password} type="password" autoComplete="new-password" hint={t.auth.passwordHint} minLength={8} required {...bind('password')} />
          <fieldset className={`choice${errors.standard ? ' field--invalid' : ''}`} aria-describedby={errors.standard ? 'standard-error' : undefined}>
            <legend>{t.auth.standard}</legend>
            <div className="choice__options">
              {(['11', '12'] as const).map((value) => (
                <label key={value} className="choice__option">
                  <input
                    type="radio"
                    name="standard"
                    value={value}
                    checked={form.standard === value}
                    onChange={() => chooseStandard(value)}
                    ref={value === '11' ? (el) => void (refs.current.standard = el) : undefined}
                  />
                  <span>{value === '11' ? t.auth.class11 : t.auth.class12}</span>
                </label>
              ))}
            </div>
            {errors.standard ? (
              <p className="field__error" id="standard-error">
                {errors.standard}
              </p>
            ) : null}
          </fieldset>
          <Field
            label={t.auth.examTarget}
            type="date"
            min={tomorrow(Date.now())}
            hint={t.auth.examTargetHint}
            required
            {...bind('exam_target')}
            onChange={(value) => {
              setExamTouched(true);
              set('exam_target')(value);
            }}
          />
          <Field label={t.privacy.dateOfBirth} type="date" max={new Date().toISOString().slice(0, 10)} hint={t.privacy.dateOfBirthHint} {...bind('date_of_birth')} />
          {minor ? (
            <Field label={t.privacy.guardianEmail} type="email" autoComplete="off" inputMode="email" hint={t.privacy.guardianEmailHint} required {...bind('guardian_email')} />
          ) : null}
          <details className="more" open={Boolean(errors.coaching_center || errors.phone) || undefined}>
            <summary>{t.auth.moreAboutYou}</summary>
            <Field label={t.auth.coachingCenter} autoComplete="organization" optional {...bind('coaching_center')} />
            <Field label={t.auth.phone} type="tel" autoComplete="tel" inputMode="tel" optional {...bind('phone')} />
          </details>
          <button type="submit" className="button button--primary button--block" disabled={pending}>
            {pending ? t.auth.submittingSignUp : t.auth.submitSignUp}
          </button>
        </form>
        <p className="muted small">
          {t.privacy.signupConsent} <Link to="/privacy">{t.privacy.noticeLink}</Link>
        </p>
        <p className="auth-card__switch">
          {t.auth.haveAccount} <Link to="/signin">{t.auth.toSignIn}</Link>
        </p>
        {hasProfiles ? (
          <p className="auth-card__switch">
            <Link to="/">{t.profiles.backToProfiles}</Link>
          </p>
        ) : null}
      </section>
    </PublicLayout>
  );
}
