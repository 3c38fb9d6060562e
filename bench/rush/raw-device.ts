/**
 * A lean raw protocol device for the rush bench: POST /sync/stream, NDJSON lines parsed as they
 * arrive, nothing retained but counters (a thousand devices each receiving the ~13k-row content
 * bucket would otherwise hold gigabytes in the bench process). It records when the first
 * `checkpoint_complete` arrived and lets the caller wait for a data op with a given object id.
 */
export interface RawDeviceOptions {
  url: string;
  token: string;
  /** Bucket positions the device already holds (a device reconnecting after its first sync). */
  buckets?: Array<{ name: string; after: string }>;
}

type Watch = { objectId: string; resolve: (atMs: number) => void };

export class RawDevice {
  readonly startedAt = performance.now();
  completedAt: number | null = null;
  ops = 0;
  /** Bytes of the response body received. */
  bytes = 0;
  lines = 0;
  status = 0;
  error: unknown = null;
  private watches: Watch[] = [];
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

  private onLine(text: string): void {
    this.lines += 1;
    // Cheap pre-checks: parsing every content line in full is the client's cost, not the server's,
    // and it shares the machine with the server.
    if (text.startsWith('{"data"')) {
      if (this.watches.length === 0) {
        // Counted without parsing: inside a JSON string a quote is escaped, so `"op_id":` occurs
        // once per op.
        for (let i = text.indexOf('"op_id":'); i >= 0; i = text.indexOf('"op_id":', i + 8)) this.ops += 1;
        return;
      }
      const line = JSON.parse(text) as { data: { data: Array<{ object_id: string | null }> } };
      this.ops += line.data.data.length;
      const now = performance.now();
      const ids = new Set(line.data.data.map((o) => o.object_id));
      this.watches = this.watches.filter((w) => {
        if (!ids.has(w.objectId)) return true;
        w.resolve(now);
        return false;
      });
    } else if (text.startsWith('{"checkpoint_complete"') && this.completedAt === null) {
      this.completedAt = performance.now();
      for (const w of this.completeWaiters) w();
      this.completeWaiters = [];
    }
  }

  private async run(opts: RawDeviceOptions): Promise<void> {
    const res = await fetch(`${opts.url}/sync/stream`, {
      method: 'POST',
      headers: { authorization: `Token ${opts.token}`, 'content-type': 'application/json', accept: 'application/x-ndjson' },
      body: JSON.stringify({ buckets: opts.buckets ?? [], include_checksum: true, raw_data: true }),
      signal: this.controller.signal,
    });
    this.status = res.status;
    if (!res.ok || !res.body) throw new Error(`sync stream refused: ${res.status}`);
    const decoder = new TextDecoder();
    let rest = '';
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      this.bytes += chunk.byteLength;
      rest += decoder.decode(chunk, { stream: true });
      let nl = rest.indexOf('\n');
      let start = 0;
      while (nl >= 0) {
        if (nl > start) this.onLine(rest.slice(start, nl));
        start = nl + 1;
        nl = rest.indexOf('\n', start);
      }
      rest = rest.slice(start);
    }
  }
}
