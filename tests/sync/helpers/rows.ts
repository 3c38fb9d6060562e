import { randomBytes } from 'node:crypto';
import { formatHlc } from '@cr/shared/engine/hlc';

let counter = 0;

/** A UUIDv7 (time-ordered), as devices generate for events. */
export function uuidv7(nowMs = Date.now()): string {
  const b = randomBytes(16);
  b.writeUIntBE(nowMs, 0, 6);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x70;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** An HLC stamp in the shared fixed-width format. */
export function hlc(node: string, wallMs = Date.now()): string {
  counter = (counter + 1) % 36 ** 4;
  return formatHlc({ wallMs, counter, node });
}

export function attemptRow(studentId: string, node: string, questionId = 'Q-C0') {
  return {
    id: uuidv7(),
    student_id: studentId,
    question_id: questionId,
    concept_id: 'C0',
    answer: '4',
    is_correct: 1,
    response_time_ms: 1234,
    device_time: new Date().toISOString(),
    hlc: hlc(node),
  };
}
