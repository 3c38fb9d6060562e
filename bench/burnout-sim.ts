/**
 * Burnout detection on simulated students with known ground truth. One line per figure.
 *
 *   node --import tsx bench/burnout-sim.ts [students] [seed]
 */
import { assessBurnout, BURNOUT_ALERT_THRESHOLD, precisionRecall, simulateStudents } from '../shared/src/engine/index.ts';

const count = Number(process.argv[2] ?? 1000);
const seed = Number(process.argv[3] ?? 2026);
const students = simulateStudents(seed, count);
const risk = students.map((s) => assessBurnout(s.input).burnoutRisk.score);
const truth = students.map((s) => s.burningOut);
const { precision, recall } = precisionRecall(truth, risk.map((r) => r >= BURNOUT_ALERT_THRESHOLD));
console.log(`students ${count} (burning out ${truth.filter(Boolean).length})`);
console.log(`alert threshold ${BURNOUT_ALERT_THRESHOLD}`);
console.log(`precision ${precision.toFixed(3)}`);
console.log(`recall ${recall.toFixed(3)}`);
