import { DAY_MS } from '@cr/shared/time';
/** zod issues → first message per top-level field, through `text` (which may translate it). */
export function issuesByField(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
  text: (field: string, message: string) => string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    if (field && !(field in out)) out[field] = text(field, issue.message);
  }
  return out;
}


/**
 * A sensible first exam date: JEE Main session 1 (late January) of the student's final year.
 * Class 12 sits the next one; class 11 the one a year later. `nowMs` is epoch ms.
 */
export function defaultExamTarget(standard: 11 | 12, nowMs: number): string {
  const now = new Date(nowMs);
  let year = now.getUTCFullYear();
  // Too close to this year's session to prepare for it: aim at the next one.
  if (Date.UTC(year, 0, 22) - nowMs < 30 * DAY_MS) year += 1;
  if (standard === 11) year += 1;
  return `${year}-01-22`;
}

/** Tomorrow as YYYY-MM-DD (UTC), the earliest exam date the server accepts. */
export function tomorrow(nowMs: number): string {
  return new Date(nowMs + DAY_MS).toISOString().slice(0, 10);
}
