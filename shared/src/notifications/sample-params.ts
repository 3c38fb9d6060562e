import type { NotificationParams } from './templates.ts';

/** One realistic parameter set per kind, for tests and previews. */
export const SAMPLE_PARAMS: NotificationParams = {
  reviews_due: { due: 12 },
  benchmark_scheduled: { title: 'December Main', opensAt: '2026-12-13T04:30:00Z', closesAt: '2026-12-13T07:30:00Z' },
  benchmark_opens: { title: 'December Main', closesAt: '2026-12-13T07:30:00Z' },
  benchmark_closing: { title: 'December Main', closesAt: '2026-12-13T07:30:00Z' },
  benchmark_result: { title: 'December Main' },
  message_unread: { from: 'Mrs Rao', minutes: 30, role: 'student', studentId: '00000000-0000-0000-0000-000000000001' },
  streak_at_risk: { streak: 5 },
  coach_digest: { students: 40, inactive: 3, burnout: 1, results: 38, inactiveNames: ['Asha', 'Ravi'], burnoutNames: ['Meena'] },
};
