// The entry of a scoring thread (threads.ts). The server runs its TypeScript through tsx's
// loader; a worker thread does not inherit loader hooks registered with `--import`, so it
// registers them itself and then loads the TypeScript entry it was given.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
