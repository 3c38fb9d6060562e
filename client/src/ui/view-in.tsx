import { useState } from 'react';
import type { QuestionLanguage } from '../data/learning/question-language.ts';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * The language a question is shown in, per question as on NTA's "View In": the interface
 * language when the question has Hindi, else English. Changing it never touches the answer.
 */
export function useViewIn(hasHindi: boolean): [QuestionLanguage, (l: QuestionLanguage) => void] {
  const { lang } = useI18n();
  const [chosen, setChosen] = useState<QuestionLanguage | null>(null);
  const shown: QuestionLanguage = hasHindi ? (chosen ?? (lang === 'hi' ? 'hi' : 'en')) : 'en';
  return [shown, setChosen];
}

/** "View in: English | हिन्दी"; a question without Hindi says it is in English only. */
export function ViewInSwitch({ hasHindi, value, onChange }: { hasHindi: boolean; value: QuestionLanguage; onChange: (l: QuestionLanguage) => void }) {
  const { t } = useI18n();
  if (!hasHindi) {
    return (
      <p className="view-in muted small" data-view-in="en-only">
        {t.viewIn.englishOnly}
      </p>
    );
  }
  return (
    <label className="view-in small">
      <span>{t.viewIn.label}</span>{' '}
      <select className="input view-in__select" value={value} onChange={(e) => onChange(e.target.value === 'hi' ? 'hi' : 'en')}>
        <option value="en" lang="en">
          English
        </option>
        <option value="hi" lang="hi">
          हिन्दी
        </option>
      </select>
    </label>
  );
}
