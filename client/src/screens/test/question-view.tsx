import { useId } from 'react';
import { acceptsTyping, selectedOptions, toggleOption } from '../../data/sittings/tests-answer.ts';
import type { PlayerQuestion } from '../../data/sittings/tests.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { questionIn } from '../../data/learning/question-language.ts';
import { MathText } from '../../ui/math-text.tsx';
import { useViewIn, ViewInSwitch } from '../../ui/view-in.tsx';

/**
 * One question with its answer control: radio buttons (single correct), checkboxes (one or more
 * correct), or a text box (integer / numerical value). `selection` is what is on screen, in the
 * engine's answer format for options ("ABD") and as typed for numbers; saving is the player's.
 */
export function QuestionView({
  question,
  number,
  total,
  selection,
  onChange,
  problem,
}: {
  question: PlayerQuestion;
  number: number;
  total: number;
  selection: string;
  onChange: (next: string) => void;
  problem: string | null;
}) {
  const { t } = useI18n();
  const hintId = useId();
  const problemId = useId();
  const [language, setLanguage] = useViewIn(question.hi !== null);
  const shown = questionIn(language, { text: question.text, options: question.options, explanation: null }, question.hi);
  const chosen = new Set(selectedOptions(selection));
  const isOptions = question.type === 'SINGLE' || question.type === 'MULTI';
  const hint = question.type === 'MULTI' ? t.test.multiHint : question.type === 'INTEGER' ? t.test.integerHint : question.type === 'NUMERIC' ? t.test.numericHint : null;
  return (
    <article className="tq" aria-labelledby={`tq-title-${question.id}`}>
      <h2 id={`tq-title-${question.id}`} className="tq__number" tabIndex={-1} data-question-heading>
        {t.test.questionOf(number, total)}
      </h2>
      <ViewInSwitch hasHindi={question.hi !== null} value={language} onChange={setLanguage} />
      <div className="tq__text" lang={language}>
        <MathText text={shown.text} />
      </div>
      {hint ? (
        <p className="muted small" id={hintId}>
          {hint}
        </p>
      ) : null}
      {isOptions ? (
        <fieldset className="tq__options" aria-describedby={hint ? hintId : undefined}>
          <legend className="visually-hidden">{t.test.optionsLegend}</legend>
          {shown.options.map((o) => (
            <label key={o.key} className={`tq__option${chosen.has(o.key) ? ' tq__option--on' : ''}`}>
              <input
                type={question.type === 'MULTI' ? 'checkbox' : 'radio'}
                name={`answer-${question.id}`}
                value={o.key}
                checked={chosen.has(o.key)}
                onChange={() => onChange(toggleOption(question.type, selection, o.key))}
              />
              <span className="tq__key">{o.key}</span>
              <span className="tq__option-text" lang={language}>
                <MathText text={o.text} inline />
              </span>
            </label>
          ))}
        </fieldset>
      ) : (
        <label className="field tq__typed">
          <span>{t.test.yourAnswer}</span>
          <input
            className="input"
            type="text"
            inputMode={question.type === 'INTEGER' ? 'numeric' : 'decimal'}
            autoComplete="off"
            value={selection}
            aria-invalid={problem ? true : undefined}
            aria-describedby={[hint ? hintId : '', problem ? problemId : ''].filter(Boolean).join(' ') || undefined}
            onChange={(e) => {
              if (acceptsTyping(question.type, e.target.value)) onChange(e.target.value);
            }}
          />
        </label>
      )}
      {problem ? (
        <p className="notice notice--error" id={problemId} role="alert">
          {problem}
        </p>
      ) : null}
    </article>
  );
}
