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

type Watch = { needle: Buffer; onWireAt: number | null; resolve: (at: Arrival) => void };

/** When a watched op arrived (performance.now): decoded by this process, and its bytes on the wire. */
export interface Arrival {
  decodedAt: number;
  /**
   * When the wire chunk holding the op's bytes arrived. A gzip stream carries a live change in a
   * stored block (see server/src/sync/gzip-frames.ts), its bytes verbatim, so they are found before
   * this process's shared decoders (one per device, on one thread pool) get to them; a phone decodes
   * its own. Equal to decodedAt without gzip, or when the bytes straddled two wire chunks.
   */
  onWireAt: number;
}

export class RawDevice {
  readonly startedAt = performance.now();
  completedAt: number | null = null;
  /**
   * When the wire bytes holding the first checkpoint_complete had arrived (performance.now): with
   * gzip, the first sync as the server delivered it, before this process's shared decoder got to
   * it (a phone decodes its own). Equal to completedAt without gzip.
   */
  onWireAt: number | null = null;
  /** Arrival time and running total of the wire bytes, until the first sync is complete. */
  private arrivals: Array<{ at: number; total: number }> = [];
  /** The decoder's input consumed so far (gzip), read when the completing line is decoded. */
  private consumed: () => number = () => this.wireBytes;
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
  /** The current `data` line's pieces, kept when a watch waited as it began (null: not kept, or between lines). */
  private whole: Buffer[] | null = null;
  private wholeBytes = 0;
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

  /** Resolves with the times a data op for `objectId` arrived. */
  waitForObject(objectId: string): Promise<Arrival> {
    // The op's `"object_id":"<id>"` as the server's JSON writes it (ids need no escaping).
    const needle = Buffer.from(`"object_id":${JSON.stringify(objectId)}`);
    return new Promise((resolve) => this.watches.push({ needle, onWireAt: null, resolve }));
  }

  /** A gzip stream's wire chunk: the watched ops whose bytes it holds verbatim (stored blocks). */
  private onWireChunk(chunk: Buffer): void {
    const now = performance.now();
    for (const w of this.watches) if (w.onWireAt === null && chunk.indexOf(w.needle) >= 0) w.onWireAt = now;
  }

  /**
   * A whole `data` line (only kept while a watch waits: the fan-out phase): a watch resolves when
   * an op of its object is in it. Searched as bytes, not parsed: ten thousand of these devices
   * share the machine with the server they measure (a phone parses only its own).
   */
  private onDataLine(line: Buffer): void {
    const now = performance.now();
    this.watches = this.watches.filter((w) => {
      if (line.indexOf(w.needle) < 0) return true;
      w.resolve({ decodedAt: now, onWireAt: w.onWireAt ?? now });
      return false;
    });
  }

  private onLineStart(head: Buffer): void {
    this.lines += 1;
    if (this.completedAt === null && head.subarray(0, COMPLETE.length).equals(COMPLETE)) {
      this.completedAt = performance.now();
      // The wire chunk the decoder was reading when the line came out of it.
      const upTo = this.consumed();
      this.onWireAt = this.arrivals.find((a) => a.total >= upTo)?.at ?? this.completedAt;
      this.arrivals = [];
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
    // An `"op_id":` split across two chunks (the tail is the last 7 bytes of the chunk before).
    if (this.tail.length > 0 && straddles(this.tail, chunk)) this.ops += 1;
    for (let i = chunk.indexOf(OP_ID); i >= 0; i = chunk.indexOf(OP_ID, i + OP_ID.length)) this.ops += 1;
    this.tail = chunk.subarray(Math.max(0, chunk.length - (OP_ID.length - 1)));
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(10, start);
      const piece = chunk.subarray(start, nl < 0 ? chunk.length : nl);
      if (this.head.length < HEAD_BYTES) this.head = this.head.length === 0 ? piece.subarray(0, HEAD_BYTES) : Buffer.concat([this.head, piece.subarray(0, HEAD_BYTES - this.head.length)]);
      if (!this.inLine) {
        this.inLine = true;
        // Kept only for a watch, and only if it can be a data line (its start may be cut off).
        this.whole = this.watches.length > 0 && (this.head.length < DATA.length || this.head.subarray(0, DATA.length).equals(DATA)) ? [] : null;
        this.wholeBytes = 0;
      }
      if (this.whole) {
        // The chunk is not reused by node, but copied anyway: the line may span chunks.
        this.whole.push(Buffer.from(piece));
        this.wholeBytes += piece.length;
        if (this.wholeBytes > WHOLE_LINE_BYTES) throw new Error('a watched line is larger than expected');
      }
      if (nl < 0) {
        // The head may point into this chunk: keep a copy of it only (a small one).
        if (this.head.buffer === chunk.buffer) this.head = Buffer.from(this.head);
        return;
      }
      if (this.head.length > 0) this.onLineStart(this.head);
      if (this.whole && this.whole.length > 0) {
        const line = this.whole.length === 1 ? this.whole[0]! : Buffer.concat(this.whole, this.wholeBytes);
        if (line.subarray(0, DATA.length).equals(DATA)) this.onDataLine(line);
      }
      this.head = EMPTY;
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
        res.on('data', (chunk: Buffer) => {
          this.wireBytes += chunk.byteLength;
          if (this.completedAt === null) this.arrivals.push({ at: performance.now(), total: this.wireBytes });
          if (this.encoding === 'gzip' && this.watches.length > 0) this.onWireChunk(chunk);
        });
        // Each stored or flushed block decodes as it arrives (a live stream's lines are not held back).
        let decoded: NodeJS.ReadableStream = res;
        if (this.encoding === 'gzip') {
          const gunzip = createGunzip({ flush: constants.Z_SYNC_FLUSH, finishFlush: constants.Z_SYNC_FLUSH });
          this.consumed = () => gunzip.bytesWritten;
          decoded = res.pipe(gunzip);
        }
        decoded.on('data', (chunk: Buffer) => {
          try {
            this.onChunk(chunk);
          } catch (error) {
            req.destroy();
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
        decoded.once('end', () => resolve());
        decoded.once('error', reject);
        res.once('error', reject);
        // A body cut off mid-member never ends its decoder: the socket's close ends the device.
        res.once('close', () => (decoded === res ? resolve() : setImmediate(resolve)));
      });
      req.end(body);
    });
  }
}

/** One socket per device, as separate phones would have; no pool limit. */
const AGENT = new Agent({ keepAlive: false, maxSockets: Infinity });

const OP_ID = Buffer.from('"op_id":');
const DATA = Buffer.from('{"data"');
const EMPTY = Buffer.alloc(0);

/** True when `"op_id":` starts in `tail` (the last OP_ID.length - 1 bytes before `chunk`) and ends in `chunk`. */
function straddles(tail: Buffer, chunk: Buffer): boolean {
  for (let k = 1; k < OP_ID.length; k += 1) {
    // The first k bytes of OP_ID end `tail`, the other OP_ID.length - k begin `chunk`.
    if (k > tail.length || OP_ID.length - k > chunk.length) continue;
    let match = true;
    for (let i = 0; i < k && match; i += 1) match = tail[tail.length - k + i] === OP_ID[i];
    for (let i = k; i < OP_ID.length && match; i += 1) match = chunk[i - k] === OP_ID[i];
    if (match) return true;
  }
  return false;
}
const COMPLETE = Buffer.from('{"checkpoint_complete"');
/** Bytes of each line's start kept to classify it. */
const HEAD_BYTES = 32;
/** Lines kept whole for a watch; the fan-out's lines are small, a first sync's are not watched. */
const WHOLE_LINE_BYTES = 1024 * 1024;
