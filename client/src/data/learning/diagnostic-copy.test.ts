import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.ts';
import { hi } from '../../i18n/hi.ts';
import { DIAGNOSTIC_SIZE } from '../sittings/tests-start.ts';
import { durationForQuestions } from '../sittings/tests-timer.ts';

describe('the diagnostic as the dashboard describes it', () => {
  it('states the real number of questions and the minutes its timer gives, in both languages', () => {
    const minutes = durationForQuestions(DIAGNOSTIC_SIZE) / 60;
    expect(Number.isInteger(minutes)).toBe(true);
    expect(en.dashboard.planEmptyBody).toContain(`${DIAGNOSTIC_SIZE} questions`);
    expect(en.dashboard.planEmptyBody).toContain(`${minutes} minutes`);
    expect(hi.dashboard.planEmptyBody).toContain(`${DIAGNOSTIC_SIZE} प्रश्न`);
    expect(hi.dashboard.planEmptyBody).toContain(`${minutes} मिनट`);
  });
});
