import type { PassThrough } from 'node:stream';
import { encodeLine } from './line-encoding.ts';
import type { LineSink } from './stream-session.ts';

/** Lines below this size wait in the sink until the session's step ends (see flush). */
const SMALL_LINE_BYTES = 16 * 1024;
/** Most bytes of small lines held before they are written anyway. */
const MAX_HELD_BYTES = 64 * 1024;

/**
 * A stream's lines onto its HTTP response. Small lines (keepalive, checkpoint_diff, a few changed
 * rows, checkpoint_complete) are held and written together when the session's step ends, so a
 * write fanned out to many streams costs each one write to its socket instead of three; large
 * lines (data batches of a first sync, shared by many streams) go at once, uncopied.
 */
export class ResponseSink implements LineSink {
  private held: Uint8Array[] = [];
  private heldBytes = 0;
  private ended = false;

  constructor(
    private readonly out: PassThrough,
    private readonly bson: boolean,
  ) {}

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

  async write(line: Record<string, unknown>): Promise<void> {
    if (this.ended) return;
    const chunk = encodeLine(line, this.bson);
    if (chunk.byteLength < SMALL_LINE_BYTES && this.heldBytes + chunk.byteLength <= MAX_HELD_BYTES) {
      this.held.push(chunk);
      this.heldBytes += chunk.byteLength;
      return;
    }
    await this.flush();
    await this.push(chunk);
  }

  async flush(): Promise<void> {
    if (this.held.length === 0) return;
    const chunk = this.held.length === 1 ? this.held[0]! : Buffer.concat(this.held, this.heldBytes);
    this.held = [];
    this.heldBytes = 0;
    await this.push(chunk);
  }

  private async push(chunk: Uint8Array): Promise<void> {
    if (this.ended || this.out.write(chunk)) return;
    await new Promise<void>((resolve) => {
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
