/**
 * A lean raw protocol device for the rush bench: POST /sync/stream, the NDJSON body scanned as bytes as it
 * arrive, nothing retained but counters (a thousand devices each receiving the ~13k-row content
 * bucket would otherwise hold gigabytes in the bench process). It records when the first
 * `checkpoint_complete` arrived and lets the caller wait for a data op with a given object id.
 */
import { Agent, request } from 'node:http';
import { constants, createGunzip } from 'node:zlib';

export interface RawDeviceOptions {
  url: string;
  token: string;
  /** Bucket positions the device already holds (a device reconnecting after its first sync). */
  buckets?: Array<{ name: string; after: string }>;
  /** Send `Accept-Encoding: gzip` as a phone's browser does, and decode the body (default true). */
  gzip?: boolean;
}

type Watch = { objectId: string; resolve: (atMs: number) => void };

export class RawDevice {
  readonly startedAt = performance.now();
  completedAt: number | null = null;
  ops = 0;
  /** Bytes of the response body, decoded. */
  bytes = 0;
  /** Bytes of the response body as they came over the wire (compressed when gzip). */
  wireBytes = 0;
  /** The response's Content-Encoding ('' when none). */
  encoding = '';
  lines = 0;
  status = 0;
  error: unknown = null;
  private watches: Watch[] = [];
  private tail: Buffer = Buffer.alloc(0);
  private head: Buffer = Buffer.alloc(0);
  /** The current line's pieces, kept when a watch waited as it began (null: kept, or between lines). */
  private whole: Buffer[] | null = null;
  private inLine = false;
  private completeWaiters: Array<() => void> = [];
  private readonly controller = new AbortController();
  readonly done: Promise<void>;

  constructor(opts: RawDeviceOptions) {
    this.done = this.run(opts).catch((error: unknown) => {
      if (!this.controller.signal.aborted) this.error = error;
    }).finally(() => {
      for (const w of this.completeWaiters) w();
      this.completeWaiters = [];
    });
  }

  /** Why the stream has not completed: its error, or that it is still waiting. */
  failure(): string {
    const why = this.error === null ? 'no checkpoint_complete yet' : this.error instanceof Error ? this.error.message : JSON.stringify(this.error);
    return `status ${this.status}: ${why}`;
  }

  close(): void {
    this.controller.abort();
  }

  /** Resolves at the first checkpoint_complete (or when the stream ends without one). */
  complete(): Promise<void> {
    if (this.completedAt !== null) return Promise.resolve();
    return new Promise((resolve) => this.completeWaiters.push(resolve));
  }

  /** Resolves with the time (performance.now) a data op for `objectId` arrived. */
  waitForObject(objectId: string): Promise<number> {
    return new Promise((resolve) => this.watches.push({ objectId, resolve }));
  }

  /** A whole small line (only kept while a watch waits: the fan-out phase). */
  private onLine(text: string): void {
    if (!text.startsWith('{"data"')) return;
    const line = JSON.parse(text) as { data: { data: Array<{ object_id: string | null }> } };
    const now = performance.now();
    const ids = new Set(line.data.data.map((o) => o.object_id));
    this.watches = this.watches.filter((w) => {
      if (!ids.has(w.objectId)) return true;
      w.resolve(now);
      return false;
    });
  }

  private onLineStart(head: Buffer): void {
    this.lines += 1;
    if (this.completedAt === null && head.subarray(0, COMPLETE.length).equals(COMPLETE)) {
      this.completedAt = performance.now();
      for (const w of this.completeWaiters) w();
      this.completeWaiters = [];
    }
  }

  /**
   * Scans the body as bytes: ops are counted by the native search for `"op_id":` (inside a JSON
   * string a quote is escaped, so it occurs once per op) and a line is classified by its first
   * bytes; nothing of a multi-megabyte content line is decoded or copied. Parsing every content
   * line in full is the client's cost, not the server's, and it shares the machine with the server.
   */
  private onChunk(chunk: Buffer): void {
    this.bytes += chunk.byteLength;
    // An `"op_id":` split across two chunks.
    if (this.tail.length > 0) {
      const seam = Buffer.concat([this.tail, chunk.subarray(0, OP_ID.length - 1)]);
      if (seam.indexOf(OP_ID) >= 0) this.ops += 1;
    }
    for (let i = chunk.indexOf(OP_ID); i >= 0; i = chunk.indexOf(OP_ID, i + OP_ID.length)) this.ops += 1;
    this.tail = chunk.subarray(Math.max(0, chunk.length - (OP_ID.length - 1)));
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(10, start);
      const piece = chunk.subarray(start, nl < 0 ? chunk.length : nl);
      if (this.head.length < HEAD_BYTES) this.head = Buffer.concat([this.head, piece.subarray(0, HEAD_BYTES - this.head.length)]);
      if (!this.inLine) {
        this.inLine = true;
        this.whole = this.watches.length > 0 ? [] : null;
      }
      if (this.whole) {
        this.whole.push(Buffer.from(piece));
        if (this.whole.reduce((n, b) => n + b.length, 0) > WHOLE_LINE_BYTES) throw new Error('a watched line is larger than expected');
      }
      if (nl < 0) return;
      if (this.head.length > 0) this.onLineStart(this.head);
      if (this.whole && this.whole.length > 0) this.onLine(Buffer.concat(this.whole).toString('utf8'));
      this.head = Buffer.alloc(0);
      this.whole = null;
      this.inLine = false;
      start = nl + 1;
    }
  }

  /**
   * node:http, not fetch: a fetch body is a web stream whose per-chunk cost (promises, readers)
   * was about 3x node's 'data' events, and ten thousand of these devices share the machine with
   * the server they measure.
   */
  private run(opts: RawDeviceOptions): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const body = JSON.stringify({ buckets: opts.buckets ?? [], include_checksum: true, raw_data: true });
      const req = request(`${opts.url}/sync/stream`, {
        method: 'POST',
        agent: AGENT,
        signal: this.controller.signal,
        headers: {
          authorization: `Token ${opts.token}`,
          'content-type': 'application/json',
          accept: 'application/x-ndjson',
          ...(opts.gzip === false ? {} : { 'accept-encoding': 'gzip' }),
          'content-length': Buffer.byteLength(body),
        },
      });
      req.once('error', reject);
      req.once('response', (res) => {
        this.status = res.statusCode ?? 0;
        if (this.status !== 200) {
          res.resume();
          reject(new Error(`sync stream refused: ${this.status}`));
          return;
        }
        this.encoding = String(res.headers['content-encoding'] ?? '');
        if (this.encoding !== '' && this.encoding !== 'gzip') {
          res.resume();
          reject(new Error(`unexpected content-encoding ${this.encoding}`));
          return;
        }
        res.on('data', (chunk: Buffer) => (this.wireBytes += chunk.byteLength));
        // Each stored or flushed block decodes as it arrives (a live stream's lines are not held back).
        const body = this.encoding === 'gzip' ? res.pipe(createGunzip({ flush: constants.Z_SYNC_FLUSH, finishFlush: constants.Z_SYNC_FLUSH })) : res;
        body.on('data', (chunk: Buffer) => {
          try {
            this.onChunk(chunk);
          } catch (error) {
            req.destroy();
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
        body.once('end', () => resolve());
        body.once('error', reject);
        res.once('error', reject);
        // A body cut off mid-member never ends its decoder: the socket's close ends the device.
        res.once('close', () => (body === res ? resolve() : setImmediate(resolve)));
      });
      req.end(body);
    });
  }
}

/** One socket per device, as separate phones would have; no pool limit. */
const AGENT = new Agent({ keepAlive: false, maxSockets: Infinity });

const OP_ID = Buffer.from('"op_id":');
const COMPLETE = Buffer.from('{"checkpoint_complete"');
/** Bytes of each line's start kept to classify it. */
const HEAD_BYTES = 32;
/** Lines kept whole for a watch; the fan-out's lines are small, a first sync's are not watched. */
const WHOLE_LINE_BYTES = 1024 * 1024;
