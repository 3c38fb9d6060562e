import { frameChunk, GzipMember, isShared } from './gzip-frames.ts';
import { encodeLine } from './line-encoding.ts';
import type { LineSink } from './stream-session.ts';

/** Lines below this size wait in the sink until the session's step ends (see flush). */
const SMALL_LINE_BYTES = 16 * 1024;
/** Most bytes of small lines held before they are written anyway. */
const MAX_HELD_BYTES = 64 * 1024;

/** The HTTP response (node's ServerResponse) the lines are written to. */
export interface ResponseOut {
  write(chunk: Uint8Array): boolean;
  on(event: 'drain' | 'close', listener: () => void): unknown;
  off(event: 'drain' | 'close', listener: () => void): unknown;
  destroy(): unknown;
  /** True once the response's socket is gone: a write then returns false and no 'drain' follows. */
  readonly destroyed?: boolean;
}

const DONE: Promise<void> = Promise.resolve();

/** The last join: the streams of a fan-out flush the same shared lines one after another. */
let lastJoin: { parts: Uint8Array[]; bytes: Buffer } | null = null;

/**
 * The held lines as one chunk. Lines shared by many streams are encoded once (encodeLine), so
 * the streams of a fan-out hold the very same parts and the one joined chunk is reused.
 */
function joined(parts: Uint8Array[], total: number): Buffer {
  const last = lastJoin;
  if (last && last.parts.length === parts.length && last.parts.every((p, i) => p === parts[i])) return last.bytes;
  const bytes = Buffer.concat(parts, total);
  lastJoin = { parts, bytes };
  return bytes;
}

/**
 * A stream's lines onto its HTTP response, written straight to the response (no stream piped in
 * between: a fan-out to 10,000 streams pays for one `res.write` each, not a pipe's three hops). Small lines (keepalive, checkpoint_diff, a few changed
 * rows, checkpoint_complete) are held and written together when the session's step ends, so a
 * write fanned out to many streams costs each one write to its socket instead of three; large
 * lines (data batches of a first sync, shared by many streams) go at once, uncopied.
 */
export class ResponseSink implements LineSink {
  private held: Uint8Array[] = [];
  private heldBytes = 0;
  private ended = false;
  /** The stream's gzip framing when the client accepts it (Content-Encoding: gzip), else null. */
  private readonly gzip: GzipMember | null;

  constructor(
    private readonly out: ResponseOut,
    private readonly bson: boolean,
    opts: { gzip?: boolean } = {},
  ) {
    this.gzip = opts.gzip ? new GzipMember() : null;
  }

  get closed(): boolean {
    return this.ended;
  }

  /** The client went away: nothing more is written, and a write waiting for 'drain' is released. */
  close(): void {
    this.ended = true;
    this.held = [];
    this.heldBytes = 0;
    this.out.destroy();
  }

  /** Not async: a held line (most lines of a fan-out) costs no promise of its own. */
  write(line: Record<string, unknown>): Promise<void> {
    if (this.ended) return DONE;
    const chunk = encodeLine(line, this.bson);
    if (chunk.byteLength < SMALL_LINE_BYTES && this.heldBytes + chunk.byteLength <= MAX_HELD_BYTES) {
      this.held.push(chunk);
      this.heldBytes += chunk.byteLength;
      return DONE;
    }
    return this.flushThenPush(chunk, this.gzip !== null && isShared(line));
  }

  private async flushThenPush(chunk: Uint8Array, shared: boolean): Promise<void> {
    await this.flush();
    await this.push(chunk, shared);
  }

  flush(): Promise<void> {
    if (this.held.length === 0) return DONE;
    const chunk = this.held.length === 1 ? this.held[0]! : joined(this.held, this.heldBytes);
    this.held = [];
    this.heldBytes = 0;
    return this.push(chunk);
  }

  /**
   * The last bytes of the body (a gzip stream's trailer), after the held lines; nothing more may
   * be written. Call before ending the response.
   */
  async finish(): Promise<void> {
    await this.flush();
    if (this.gzip && !this.ended) await this.send(this.gzip.end());
    this.ended = true;
  }

  /** `shared`: a line every stream sends alike (gzip compresses only those, once; see gzip-frames.ts). */
  private push(chunk: Uint8Array, shared = false): Promise<void> {
    const gzip = this.gzip;
    if (this.ended) return DONE;
    if (!gzip) return this.send(chunk);
    // A large shared chunk may wait for its compression (once per line, on the thread pool); the
    // member counts it and the bytes go out in one synchronous step, so the order holds (the
    // session awaits each write, so no two pushes of a stream overlap).
    const framed = frameChunk(chunk, shared);
    if (!(framed instanceof Promise)) return this.send(gzip.take(framed));
    return framed.then((ready) => (this.ended ? undefined : this.send(gzip.take(ready))));
  }

  private send(bytes: Uint8Array): Promise<void> {
    if (this.ended || this.out.write(bytes) || this.out.destroyed === true) return DONE;
    return new Promise<void>((resolve) => {
      const done = () => {
        this.out.off('drain', done);
        this.out.off('close', done);
        resolve();
      };
      this.out.on('drain', done);
      this.out.on('close', done);
    });
  }
}
