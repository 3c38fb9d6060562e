import { deserialize } from 'bson';

// Protocol lines are loosely shaped JSON; tests index into them freely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Line = Record<string, any>;

/**
 * A minimal protocol client: opens POST /sync/stream and yields parsed lines (NDJSON or BSON).
 * Used for raw protocol assertions and for the fan-out bench; correctness tests use the real SDK.
 */
export class LightStream {
  readonly lines: Line[] = [];
  status = 0;
  contentType = '';
  /** The response's Content-Encoding ('' when none): fetch decodes gzip before the lines are read. */
  contentEncoding = '';
  error: unknown = null;
  private readonly controller = new AbortController();
  private listeners: Array<(line: Line) => void> = [];
  done: Promise<void>;

  /** `acceptEncoding`: the Accept-Encoding to send (default: fetch's own, `gzip, deflate`). */
  constructor(url: string, token: string, body: Record<string, unknown> = {}, opts: { bson?: boolean; acceptEncoding?: string } = {}) {
    this.done = this.run(url, token, body, opts.bson ?? false, opts.acceptEncoding).catch((error: unknown) => {
      this.error = error;
    });
  }

  onLine(fn: (line: Line) => void): void {
    this.listeners.push(fn);
  }

  close(): void {
    this.controller.abort();
  }

  /** Resolves with the first line (already received or future) matching `pred`. */
  waitFor(pred: (line: Line) => boolean, timeoutMs = 10_000): Promise<Line> {
    const found = this.lines.find(pred);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching line in ${timeoutMs} ms; status ${this.status}, content-encoding '${this.contentEncoding}', ${this.lines.length} lines, error ${this.error === null ? 'none' : this.error instanceof Error ? this.error.message : JSON.stringify(this.error)}; last: ${JSON.stringify(this.lines.slice(-5))}`)), timeoutMs);
      this.onLine((line) => {
        if (pred(line)) {
          clearTimeout(timer);
          resolve(line);
        }
      });
    });
  }

  private async run(url: string, token: string, body: Record<string, unknown>, bson: boolean, acceptEncoding: string | undefined): Promise<void> {
    const res = await fetch(`${url}/sync/stream`, {
      method: 'POST',
      headers: {
        authorization: `Token ${token}`,
        'content-type': 'application/json',
        accept: bson ? 'application/vnd.powersync.bson-stream;q=0.9,application/x-ndjson;q=0.8' : 'application/x-ndjson',
        ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }),
      },
      body: JSON.stringify({ buckets: [], include_checksum: true, raw_data: true, ...body }),
      signal: this.controller.signal,
    });
    this.status = res.status;
    this.contentType = res.headers.get('content-type') ?? '';
    this.contentEncoding = res.headers.get('content-encoding') ?? '';
    if (!res.body) return;
    let buffer = Buffer.alloc(0);
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        let line: Line | null;
        if (this.contentType.includes('bson')) {
          if (buffer.length < 4) break;
          const size = buffer.readInt32LE(0);
          if (buffer.length < size) break;
          line = deserialize(buffer.subarray(0, size));
          buffer = buffer.subarray(size);
        } else {
          const nl = buffer.indexOf(10);
          if (nl < 0) break;
          const text = buffer.subarray(0, nl).toString('utf8');
          buffer = buffer.subarray(nl + 1);
          line = text.trim() ? (JSON.parse(text) as Line) : null;
        }
        if (!line) continue;
        this.lines.push(line);
        for (const fn of this.listeners) fn(line);
      }
    }
  }
}
