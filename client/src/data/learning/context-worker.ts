import { createEngineContext, type EngineContextInput } from '@cr/shared/engine/index';

/**
 * Builds the engine context off the main thread (`engine-context.ts`): on a slow phone the
 * build is seconds of work that would otherwise block every tap. The context is plain data, so
 * it returns by structured clone. A failure is answered with its message; the caller then builds
 * on the main thread, which throws the engine's own error.
 */
self.onmessage = (event: MessageEvent<EngineContextInput>) => {
  try {
    self.postMessage({ ok: true, ctx: createEngineContext(event.data) });
  } catch (error) {
    self.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
