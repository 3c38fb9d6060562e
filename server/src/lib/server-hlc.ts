import { randomBytes } from 'node:crypto';
import { formatHlc } from '@cr/shared/engine/hlc';

// Node id of this server process in HLC stamps.
const NODE = `srv-${randomBytes(4).toString('hex')}`;
let lastMs = 0;
let counter = 0;

/**
 * An HLC stamp from the server's clock: `<13-digit ms>:<4 base-36 counter>:<node>`, the same
 * fixed-width format devices use, so text order is causal order. Monotonic within the process.
 */
export function serverHlc(nowMs: number = Date.now()): string {
  if (nowMs > lastMs) {
    lastMs = nowMs;
    counter = 0;
  } else {
    counter += 1;
  }
  return formatHlc({ wallMs: lastMs, counter, node: NODE });
}
