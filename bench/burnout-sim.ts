/**
 * Burnout detection on simulated students with known ground truth. One line per figure.
 *
 *   node --import tsx bench/burnout-sim.ts [students] [seed]
 */
import { assessBurnout, BURNOUT_ALERT_THRESHOLD, computeSignals, precisionRecall, simulateStudents } from '../shared/src/engine/index.ts';

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

// The same seed with 15 % rushed guessers (answers in seconds, accuracy near chance) added.
const mixed = simulateStudents(seed, count, 0.3, undefined, undefined, 0.15);
const mixedRisk = mixed.map((s) => assessBurnout(s.input).burnoutRisk.score >= BURNOUT_ALERT_THRESHOLD);
const rushedIdx = mixed.map((s, i) => (computeSignals(s.input).rushedGuessing.figure > 0.5 && s.burningOut ? i : -1)).filter((i) => i >= 0);
const mixedPr = precisionRecall(mixed.map((s) => s.burningOut), mixedRisk);
console.log(`rushed guessers ${rushedIdx.length}, flagged ${rushedIdx.filter((i) => mixedRisk[i]).length}`);
console.log(`precision with rushed guessers ${mixedPr.precision.toFixed(3)}`);
console.log(`recall with rushed guessers ${mixedPr.recall.toFixed(3)}`);
