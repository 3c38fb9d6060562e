import { createServer, type Server, type Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';

/**
 * Serves one embedded PGlite over the Postgres wire protocol so that `pg` pools (ours and
 * pg-boss's) can share it exactly as they would share a real server.
 *
 * PGlite is a single backend session. The multiplexer in `@electric-sql/pglite-socket` queues
 * individual protocol messages, so two connections' extended-query messages interleave
 * (Parse of one, Bind of another: "bind message supplies 2 parameters, but prepared statement
 * requires 3"). Here a connection owns the backend for a whole message group — from its first
 * message up to a Sync or simple Query after which no transaction is open — so groups and
 * transactions never interleave.
 *
 * Invariant: while a connection holds `owner`, no other connection's message reaches PGlite.
 */
export class PgliteWireServer {
  private server: Server | null = null;
  /** A client connection, or an in-process holder of `exclusive` (backups). */
  private owner: object | null = null;
  private readonly waiters: Array<{ conn: object; resolve: () => void }> = [];
  private readonly connections = new Set<Connection>();

  constructor(readonly db: PGlite) {}

  /** Listens on 127.0.0.1; port 0 picks a free port. Resolves with the bound port. */
  async listen(port = 0, host = '127.0.0.1'): Promise<{ host: string; port: number }> {
    await this.db.waitReady;
    const server = createServer((socket) => {
      const conn = new Connection(this, socket);
      this.connections.add(conn);
      socket.on('close', () => {
        this.connections.delete(conn);
        void this.onClosed(conn);
      });
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    const address = server.address();
    if (address === null || typeof address !== 'object') throw new Error('pglite server has no address');
    return { host, port: address.port };
  }

  async close(): Promise<void> {
    for (const conn of this.connections) conn.socket.destroy();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /**
   * Runs `fn` while no client connection can reach PGlite and no client transaction is open
   * (ownership is only handed over between transactions), so `fn` sees and may copy a
   * consistent database: the backup's snapshot of the data directory is taken this way.
   */
  async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const holder = {};
    await this.acquire(holder);
    try {
      return await fn();
    } finally {
      if (this.owner === holder) this.handOver();
    }
  }

  async acquire(conn: object): Promise<void> {
    if (this.owner === conn) return;
    if (this.owner === null) {
      this.owner = conn;
      return;
    }
    await new Promise<void>((resolve) => this.waiters.push({ conn, resolve }));
  }

  /** Called after a message that ends a group; keeps ownership while a transaction is open. */
  releaseIfIdle(conn: Connection): void {
    if (this.owner !== conn || this.db.isInTransaction()) return;
    this.handOver();
  }

  private handOver(): void {
    const next = this.waiters.shift();
    this.owner = next ? next.conn : null;
    next?.resolve();
  }

  private async onClosed(conn: Connection): Promise<void> {
    const queued = this.waiters.findIndex((w) => w.conn === conn);
    if (queued >= 0) this.waiters.splice(queued, 1);
    if (this.owner !== conn) return;
    // A client that vanished mid-transaction must not leave the single session in it.
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK').catch(() => undefined);
    this.handOver();
  }
}

const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;

class Connection {
  private buffer = Buffer.alloc(0);
  private started = false;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: PgliteWireServer,
    readonly socket: Socket,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.chain = this.chain.then(() => this.drain()).catch(() => {
        socket.destroy();
      });
    });
    socket.on('error', () => socket.destroy());
  }

  private async drain(): Promise<void> {
    for (;;) {
      const message = this.next();
      if (message === null) return;
      await this.handle(message);
    }
  }

  /** Splits off one complete frontend message, or null when more bytes are needed. */
  private next(): { kind: string; bytes: Buffer } | null {
    if (!this.started) {
      if (this.buffer.length < 8) return null;
      const length = this.buffer.readInt32BE(0);
      if (this.buffer.length < length) return null;
      const bytes = this.buffer.subarray(0, length);
      this.buffer = this.buffer.subarray(length);
      return { kind: 'startup', bytes };
    }
    if (this.buffer.length < 5) return null;
    const length = 1 + this.buffer.readInt32BE(1);
    if (this.buffer.length < length) return null;
    const bytes = this.buffer.subarray(0, length);
    this.buffer = this.buffer.subarray(length);
    return { kind: String.fromCharCode(bytes[0] ?? 0), bytes };
  }

  private async handle({ kind, bytes }: { kind: string; bytes: Buffer }): Promise<void> {
    if (kind === 'startup') {
      const code = bytes.readInt32BE(4);
      if (code === SSL_REQUEST || code === GSS_REQUEST) {
        this.socket.write('N');
        return;
      }
      if (code === CANCEL_REQUEST) {
        this.socket.destroy();
        return;
      }
      if (code !== PROTOCOL_3) {
        this.socket.destroy();
        return;
      }
      this.started = true;
    }
    if (kind === 'X') {
      this.socket.end();
      return;
    }
    await this.host.acquire(this);
    const db = this.host.db;
    await db.runExclusive(() =>
      db.execProtocolRawStream(new Uint8Array(bytes), {
        onRawData: (data: Uint8Array) => {
          // `data` is a view into PGlite's wasm heap, reused for the next output: copy it, or a
          // write the socket has not flushed yet sends bytes overwritten meanwhile (garbled frames).
          if (data.length > 0 && this.socket.writable) this.socket.write(Buffer.from(data));
        },
      }),
    );
    // Sync ('S'), a simple Query ('Q') and the startup exchange each end a message group.
    if (kind === 'S' || kind === 'Q' || kind === 'startup') this.host.releaseIfIdle(this);
  }
}
