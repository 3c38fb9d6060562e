/** A place in the admission queue: `admitted` resolves when a slot is free; `leave()` frees it (or leaves the queue). */
export interface AdmissionTicket {
  readonly admitted: Promise<void>;
  leave(): void;
}

/**
 * Bounds how many heavy first syncs (a device downloading a whole bucket from scratch) send data
 * at once; the rest wait in arrival order. In a rush every device would otherwise read and write
 * its megabytes at the same time: each gets a slower share, buffers pile up in memory and the
 * event loop is busy with all of them. With a bound, devices finish one after another instead
 * of all late, and requests that are not first syncs (health, sign-in, uploads, live streams)
 * never wait here.
 */
export class Admission {
  private active = 0;
  private readonly queue: Array<() => void> = [];
  /** Most tickets ever waiting at once (what a rush looked like). */
  peakWaiting = 0;
  /** Tickets admitted after waiting. */
  admittedAfterWait = 0;
  /** Tickets whose slot was taken back after maxHoldMs. */
  expired = 0;

  /**
   * @param limit tickets admitted at once
   * @param maxHoldMs how long one ticket keeps its slot (ms): a device that stops reading, or a
   *   very slow one, goes on downloading after that but no longer holds the queue up, so a few
   *   stalled clients cannot block every new device's first sync.
   */
  constructor(
    readonly limit: number,
    private readonly maxHoldMs = 60_000,
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`admission limit must be a positive integer, got ${limit}`);
  }

  get running(): number {
    return this.active;
  }

  get waiting(): number {
    return this.queue.length;
  }

  enter(): AdmissionTicket {
    let state: 'waiting' | 'in' | 'out' = 'waiting';
    let resolve!: () => void;
    let timer: NodeJS.Timeout | null = null;
    const admitted = new Promise<void>((r) => (resolve = r));
    const free = () => {
      if (timer) clearTimeout(timer);
      if (state === 'in') {
        this.active -= 1;
        this.next();
      }
    };
    const admit = () => {
      state = 'in';
      this.active += 1;
      timer = setTimeout(() => {
        free();
        state = 'out';
        this.expired += 1;
      }, this.maxHoldMs).unref();
      resolve();
    };
    if (this.active < this.limit) admit();
    else {
      this.queue.push(admit);
      this.peakWaiting = Math.max(this.peakWaiting, this.queue.length);
    }
    return {
      admitted,
      leave: () => {
        if (state === 'in') free();
        else if (state === 'waiting') {
          const i = this.queue.indexOf(admit);
          if (i >= 0) this.queue.splice(i, 1);
        }
        state = 'out';
      },
    };
  }

  private next(): void {
    while (this.active < this.limit) {
      const admit = this.queue.shift();
      if (!admit) return;
      this.admittedAfterWait += 1;
      admit();
    }
  }
}
