import { createEngineContext, type EngineContext, type EngineContextInput } from '@cr/shared/engine/index';

/**
 * The engine context built in a Web Worker (`context-worker.ts`), so the main thread only pays
 * for sending the content rows and receiving the built maps, not for the build itself. Where
 * workers are missing (Node, tests) or the worker fails, it is built here instead.
 */
export function buildEngineContext(input: EngineContextInput): Promise<EngineContext> {
  if (typeof Worker === 'undefined') return Promise.resolve(createEngineContext(input));
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./context-worker.ts', import.meta.url), { type: 'module', name: 'engine-context' });
    } catch {
      resolve(createEngineContext(input));
      return;
    }
    const inThread = () => {
      worker.terminate();
      try {
        resolve(createEngineContext(input));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    worker.onmessage = (event: MessageEvent<{ ok: true; ctx: EngineContext } | { ok: false; error: string }>) => {
      if (!event.data.ok) {
        inThread();
        return;
      }
      worker.terminate();
      resolve(event.data.ctx);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      inThread();
    };
    try {
      worker.postMessage(input);
    } catch {
      inThread();
    }
  });
}
