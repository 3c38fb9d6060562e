import { ENGINE_ERROR_CODES, EngineError } from './errors.ts';

/**
 * Hybrid logical clock (Kulkarni et al. 2014) for ordering events across devices whose wall
 * clocks are not trusted.
 *
 * Wire format (fixed width, so byte-wise string order == HLC order in Postgres `text` with
 * `COLLATE "C"`, SQLite and JavaScript `<`):
 *
 *     <wall ms: 13 decimal digits, zero-padded>:<counter: 4 base-36 digits, lower case>:<node id>
 *     e.g. 1767225600000:000a:dev-7f3c
 *
 * - wall: Unix epoch milliseconds (fits until the year 2286).
 * - counter: 0 … 36^4 − 1 (1,679,615) events within the same wall millisecond.
 * - node: 1–64 chars of [A-Za-z0-9_-] (a device or server id; no `:`), breaks exact ties.
 */
export interface Hlc {
  /** Unix epoch milliseconds. */
  readonly wallMs: number;
  /** Logical counter within one wall millisecond. */
  readonly counter: number;
  /** Node (device/server) id. */
  readonly node: string;
}

/** Largest counter value that fits the 4-digit base-36 field. */
export const HLC_MAX_COUNTER = 36 ** 4 - 1;
/** Largest wall time (ms) that fits 13 decimal digits. */
export const HLC_MAX_WALL_MS = 9_999_999_999_999;
/** Default tolerated lead of a remote clock over ours, in ms (1 minute). */
export const HLC_DEFAULT_MAX_DRIFT_MS = 60_000;

const HLC_PATTERN = /^(\d{13}):([0-9a-z]{4}):([A-Za-z0-9_-]{1,64})$/;
const NODE_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

function invalid(message: string): EngineError {
  return new EngineError(ENGINE_ERROR_CODES.HLC_INVALID, message);
}

/** Serialise an HLC to its fixed-width string form; throws `HLC_INVALID` if a field is out of range. */
export function formatHlc(hlc: Hlc): string {
  if (!Number.isInteger(hlc.wallMs) || hlc.wallMs < 0 || hlc.wallMs > HLC_MAX_WALL_MS) {
    throw invalid(`hlc wall ms out of range: ${hlc.wallMs}`);
  }
  if (!Number.isInteger(hlc.counter) || hlc.counter < 0 || hlc.counter > HLC_MAX_COUNTER) {
    throw invalid(`hlc counter out of range: ${hlc.counter}`);
  }
  if (!NODE_PATTERN.test(hlc.node)) throw invalid(`hlc node id invalid: "${hlc.node}"`);
  return `${hlcLowerBound(hlc.wallMs)}:${hlc.counter.toString(36).padStart(4, '0')}:${hlc.node}`;
}

/** Digits of the wall-time field: the first HLC_WALL_DIGITS characters of a stamp are its epoch ms (SQL may cut them with `left(hlc, 13)`). */
export const HLC_WALL_DIGITS = 13;

/** Wall time (epoch ms) of a well-formed HLC string, without parsing the rest (hot loops). */
export function hlcWallMs(text: string): number {
  return Number(text.slice(0, HLC_WALL_DIGITS));
}

/** The smallest string that sorts at or below every HLC stamp of wall time `wallMs` or later (range scans on text). */
export function hlcLowerBound(wallMs: number): string {
  return String(wallMs).padStart(HLC_WALL_DIGITS, '0');
}

/** Parse the string form; throws `HLC_INVALID` on anything that `formatHlc` would not produce. */
export function parseHlc(text: string): Hlc {
  const m = HLC_PATTERN.exec(text);
  if (!m) throw invalid(`not an HLC string: "${text}"`);
  return { wallMs: Number(m[1]), counter: parseInt(m[2] as string, 36), node: m[3] as string };
}

/** True when `text` is a well-formed HLC string. */
export function isHlc(text: string): boolean {
  return HLC_PATTERN.test(text);
}

/** Total order on HLCs: wall, then counter, then node. Returns −1, 0 or 1. */
export function compareHlc(a: Hlc, b: Hlc): number {
  if (a.wallMs !== b.wallMs) return a.wallMs < b.wallMs ? -1 : 1;
  if (a.counter !== b.counter) return a.counter < b.counter ? -1 : 1;
  return a.node < b.node ? -1 : a.node > b.node ? 1 : 0;
}

/** The zero clock for a node: use it as the initial local state. */
export function initialHlc(node: string): Hlc {
  if (!NODE_PATTERN.test(node)) throw invalid(`hlc node id invalid: "${node}"`);
  return { wallMs: 0, counter: 0, node };
}

function tick(wallMs: number, counter: number, node: string): Hlc {
  if (counter > HLC_MAX_COUNTER) {
    throw new EngineError(ENGINE_ERROR_CODES.HLC_OVERFLOW, `hlc counter overflow at ${wallMs} ms`);
  }
  return { wallMs, counter, node };
}

/**
 * Timestamp a local event (or an outgoing message). `nowMs` is the local wall clock in epoch ms,
 * passed in so the function stays pure. The result is strictly greater than `local`.
 */
export function hlcSend(local: Hlc, nowMs: number): Hlc {
  if (nowMs > local.wallMs) return tick(nowMs, 0, local.node);
  return tick(local.wallMs, local.counter + 1, local.node);
}

/**
 * Merge a received timestamp into the local clock. The result is strictly greater than both
 * `local` and `remote`. Throws `HLC_DRIFT` when `remote` leads `nowMs` (epoch ms) by more than
 * `maxDriftMs` (ms), so one device with a wrong clock cannot drag every replica into the future.
 */
export function hlcReceive(
  local: Hlc,
  remote: Hlc,
  nowMs: number,
  maxDriftMs: number = HLC_DEFAULT_MAX_DRIFT_MS,
): Hlc {
  if (remote.wallMs - nowMs > maxDriftMs) {
    throw new EngineError(
      ENGINE_ERROR_CODES.HLC_DRIFT,
      `remote clock ${remote.wallMs} ms leads local ${nowMs} ms by more than ${maxDriftMs} ms`,
    );
  }
  const wall = Math.max(local.wallMs, remote.wallMs, nowMs);
  if (wall === local.wallMs && wall === remote.wallMs) {
    return tick(wall, Math.max(local.counter, remote.counter) + 1, local.node);
  }
  if (wall === local.wallMs) return tick(wall, local.counter + 1, local.node);
  if (wall === remote.wallMs) return tick(wall, remote.counter + 1, local.node);
  return tick(wall, 0, local.node);
}

/**
 * Order of two HLC strings without parsing them: the fixed-width form makes code-unit order equal
 * to HLC order (see the wire format above), so this is the comparison every replica and every
 * SQL `COLLATE "C"` agrees on. Returns −1, 0 or 1.
 */
export function compareHlcStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when the HLC string `a` is stamped strictly after `b`. */
export function hlcAfter(a: string, b: string): boolean {
  return a > b;
}
