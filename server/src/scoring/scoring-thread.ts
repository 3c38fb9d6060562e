import { parentPort, workerData } from 'node:worker_threads';
import { openPostgres } from '../db/database.ts';
import { scoringFor } from './scoring.ts';
import type { ThreadError, ThreadReply, ThreadRequest } from './threads.ts';

/**
 * A scoring thread: its own connection to Postgres and its own scoring instance (engine-context
 * cache included), claiming and scoring backlog batches on request. Everything a batch costs in
 * JavaScript (decoding the events, the shared scorer, encoding the writes) runs here, off the
 * server's event loop and beside the other threads. See threads.ts.
 */
const { url } = workerData as { url: string; entry: string };
// One claim at a time per thread: its transaction holds one connection; a second covers the
// rare query made outside it.
const db = openPostgres(url, 2);
const scoring = scoringFor(db.pool);
const port = parentPort!;

port.on('message', (request: ThreadRequest) => {
  if (request.op === 'close') {
    void db.close().finally(() => port.close());
    return;
  }
  scoring.scoreBacklog(request.limit).then(
    (result) => port.postMessage({ id: request.id, result } satisfies ThreadReply),
    (error: unknown) => {
      const e = (error instanceof Error ? error : new Error(String(error))) as Error & Omit<ThreadError, 'message' | 'stack'>;
      const reply: ThreadError = { message: e.message };
      for (const key of ['stack', 'code', 'detail', 'constraint', 'table', 'schema', 'where'] as const) if (typeof e[key] === 'string') reply[key] = e[key];
      port.postMessage({ id: request.id, error: reply } satisfies ThreadReply);
    },
  );
});
