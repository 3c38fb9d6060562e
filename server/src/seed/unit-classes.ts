/**
 * The class (11 or 12) in which each syllabus unit is taught, following the NCERT textbooks the
 * JEE syllabus is drawn from. A unit split across both years is placed where most of it is
 * taught (e.g. "Redox reactions and electrochemistry": electrochemistry is class 12). A class 11
 * benchmark draws only class 11 items; class 12 students sit the whole syllabus, as in the exam.
 * A unit missing here (new content) counts as class 12, so it never reaches a class 11 paper early.
 */
const CLASS_11_UNITS: ReadonlySet<string> = new Set([
  // Mathematics
  'M.U01', 'M.U02', 'M.U04', 'M.U05', 'M.U06', 'M.U10', 'M.U13', 'M.U14',
  // Physics: mechanics, properties of matter, heat, oscillations and waves; experimental skills from the first year
  'P.U01', 'P.U02', 'P.U03', 'P.U04', 'P.U05', 'P.U06', 'P.U07', 'P.U08', 'P.U09', 'P.U10', 'P.U20',
  // Chemistry
  'C.U01', 'C.U02', 'C.U03', 'C.U04', 'C.U06', 'C.U09', 'C.U13', 'C.U14', 'C.U15', 'C.U20',
]);

/** The class a unit belongs to (11 or 12). */
export function classOfUnit(unitId: string): 11 | 12 {
  return CLASS_11_UNITS.has(unitId) ? 11 : 12;
}

/** The (unit id, class) pairs of the known class 11 units, for SQL that needs the same rule. */
export const CLASS_11_UNIT_IDS: readonly string[] = [...CLASS_11_UNITS];
