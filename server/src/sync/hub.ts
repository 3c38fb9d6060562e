/** What one processor batch changed; streams decide from it whether to send a checkpoint. */
export interface ChangeNotice {
  lastOpId: bigint;
  buckets: ReadonlySet<string>;
  paramsChanged: boolean;
  /** Users whose streams must send a checkpoint even if no bucket changed (write checkpoints). */
  users: ReadonlySet<string>;
}

type Listener = (notice: ChangeNotice) => void;

/**
 * In-process fan-out from the processor to live streams. Deliberately not LISTEN/NOTIFY: on
 * PGlite every pool connection shares one session, and one process owns the processor anyway.
 */
export class SyncHub {
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(notice: ChangeNotice): void {
    for (const listener of this.listeners) listener(notice);
  }

  get size(): number {
    return this.listeners.size;
  }
}
