/** English strings of the `plan` namespace (merged into en.ts): today's plan and study settings. */
export const planEn = {
  minutes: (n: number) => `${n} min`,
  summary: (planned: number, budget: number) => `${planned} of your ${budget} minutes planned today`,
  deferred: (n: number) =>
    n === 1 ? '1 review moved to another day: today’s time goes to what you are most likely to forget.' : `${n} reviews moved to other days: today’s time goes to what you are most likely to forget.`,
  heldBack: {
    phase: 'Final sprint: today a review adds more marks by exam day than a new concept would.',
    backlog: 'No new concepts today: clear the due reviews first.',
    load: 'No new concepts today: your reviews already fill much of the time you set.',
  } as Record<string, string>,
  triaged: (n: number) =>
    n === 1
      ? 'Your due reviews would take more than two days of your time: 1 review worth the fewest exam marks moves to a later day, before you would likely forget it.'
      : `Your due reviews would take more than two days of your time: ${n} reviews worth the fewest exam marks move to later days, each before you would likely forget it.`,
  reason: {
    due: (recallPct: number) => `Due: about ${recallPct}% chance you still remember it`,
    covers: (n: number) => (n === 1 ? 'also counts as the review of 1 earlier concept' : `also counts as the reviews of ${n} earlier concepts`),
    coversOnly: (n: number) => `Not due yet, but practising it reviews ${n} due earlier concepts at once`,
    strengthen: (recallPct: number) => `Strengthen: about ${recallPct}% recall now, reviewed before it falls due`,
    weak: (masteryPct: number) => `Practise again: ${masteryPct}% mastery so far, not learned yet`,
    newMastered: 'New: you have shown what it builds on',
    newFoundation: 'New: a starting point, it needs nothing earlier',
    examDay: 'worth more marks on exam day than another review',
    unlocks: (n: number) => (n === 1 ? 'opens 1 more concept' : `opens ${n} more concepts`),
  },
  settings: {
    heading: 'Daily study plan',
    lead: 'How long you want to study each day, and how much you want to remember. Your plan fits these.',
    minutesLabel: 'Minutes per day',
    minutesHint: (min: number, max: number) => `${min}–${max} minutes. Leave empty to use the default for your preparation phase.`,
    retentionLabel: 'How much to remember',
    retentionHint: 'Higher means more reviews. The default aims at 90% recall.',
    retentionDefault: 'Default (90%)',
    retentionOption: (pct: number) => `${pct}% recall`,
    save: 'Save',
    saved: 'Saved. Your plan now uses these settings.',
    invalidMinutes: (min: number, max: number) => `Enter a whole number of minutes from ${min} to ${max}, or leave it empty.`,
    saveFailed: 'Could not save your settings on this device.',
  },
};
