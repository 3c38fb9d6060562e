/** English strings of the `screens` namespace (merged into en.ts): predicted rank, honest mastery, burnout care, weekly pattern. */
export const screensEn = {
  rank: {
    heading: 'Predicted all-India rank',
    range: (best: string, worst: string) => `${best} to ${worst}`,
    likely: (rank: string) => `most likely about ${rank}`,
    fromBenchmark: 'From your latest benchmark score, on JEE Main 2024 marks-to-percentile data.',
    estimate: 'Estimate from your weekly and diagnostic tests (not a benchmark yet), on JEE Main 2024 data.',
    percentile: (low: string, high: string) => `National percentile ${low} – ${high}`,
    unknown: 'Appears after your first weekly test or benchmark with at least 20 questions.',
    cohort: (rank: string, size: string, pct: string) => `In your class: rank ${rank} of ${size}, percentile ${pct}`,
    cohortSmall: (size: string, min: string) => `Class rank withheld: only ${size} took it (it means something from ${min}).`,
  },
  mastery: {
    noCorrect: (n: number) => `0 of ${n} correct — no mastery shown yet`,
    evidence: (correct: number, answered: number) => `${correct} of ${answered} correct`,
    lastDays: (days: number) => (days === 0 ? 'last today' : days === 1 ? 'last yesterday' : `last ${days} days ago`),
    noCorrectBand: 'No correct answer yet',
    lockedNoMastery: 'Locked — unlocks when its prerequisites are mastered',
    subjectMeasured: (n: number) => (n === 1 ? 'from 1 concept you answered' : `from ${n} concepts you answered`),
    subjectUnmeasured: 'No answers yet',
  },
  care: {
    heading: 'How you are doing',
    fatigue: 'Tiredness',
    stress: 'Stress',
    risk: 'Burnout risk',
    calm: 'Nothing worrying in how you have studied over the last two weeks.',
    notEnough: 'Study a little more and this card shows how your study habits look.',
    lighterDay: 'Take a lighter day: only your due reviews today, no new topics.',
    breakNow: 'Take a 15-minute break away from the screen before the next question.',
    slowDown: 'Slow down: read each question fully before answering. A skipped question costs nothing; a guess costs a mark.',
    talkCoach: 'Talk to your coach',
    why: 'Why',
    reason: {
      rapidGuessing: (pct: number) => `${pct}% of answers were given in a few seconds`,
      rushedGuessing: (pct: number) => `${pct}% of answers were wrong and given in under 5 seconds`,
      fallingAccuracy: (pct: number) => `accuracy fell by ${pct} points over the last week`,
      lateNight: (pct: number) => `${pct}% of sessions ended between 23:00 and 05:00`,
      longSessions: (pct: number) => `${pct}% of sessions ran longer than 2.5 hours`,
      growingBacklog: (pct: number) => `review backlog grew by ${pct}%`,
      brokenStreak: (days: number) => `a study streak broke ${days} days ago`,
      sessionGaps: (days: number) => `${days} days without study`,
    },
  },
  weekly: {
    mainShape: 'JEE Main pattern: per 25 questions, 20 single-correct and 5 numericals with whole-number answers, +4 / −1.',
    advancedLink: 'Take a JEE Advanced-pattern test instead',
    advancedNote: 'Single- and multi-correct (partial marks), integer and two-decimal answers.',
  },
  bank: {
    waiting: 'Downloading the question bank to this device…',
    downloading: (pct: number) => `Downloading the question bank to this device: ${pct}%`,
  },
  diagnostic: {
    body: (questions: number, minutes: number) =>
      `${questions} questions on the foundation concepts of Mathematics, Physics and Chemistry; the timer gives you ${minutes} minutes. Your plan, reviews and mastery start from it.`,
  },
};
