import { formatHlc, hlcSend, initialHlc, parseHlc, type Hlc } from '@cr/shared/engine/hlc';

/**
 * This device's identity and clocks for events it creates: a per-device HLC node id and the last
 * stamp issued (persisted, so stamps stay strictly increasing across reloads and tabs of one
 * device), and UUIDv7 row ids (time-ordered, generated offline).
 */

const NODE_KEY = 'cr.device-node';
const HLC_KEY = 'cr.hlc';

function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function deviceNode(): string {
  let node = localStorage.getItem(NODE_KEY);
  if (!node || !/^[A-Za-z0-9_-]{1,64}$/.test(node)) {
    node = `web-${randomHex(6)}`;
    localStorage.setItem(NODE_KEY, node);
  }
  return node;
}

/** The next HLC stamp of this device (strictly greater than every stamp it issued before). */
export function nextHlc(nowMs = Date.now()): string {
  const node = deviceNode();
  let last: Hlc = initialHlc(node);
  const stored = localStorage.getItem(HLC_KEY);
  if (stored) {
    try {
      const parsed = parseHlc(stored);
      last = { ...parsed, node };
    } catch {
      // A corrupt stamp only loses monotonicity against itself; the wall clock takes over.
    }
  }
  const stamp = formatHlc(hlcSend(last, nowMs));
  localStorage.setItem(HLC_KEY, stamp);
  return stamp;
}

/** A UUIDv7 (RFC 9562): 48-bit epoch ms, version 7, variant 10, random rest. */
export function uuidv7(nowMs = Date.now()): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  let ms = nowMs;
  for (let i = 5; i >= 0; i -= 1) {
    b[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x70;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
