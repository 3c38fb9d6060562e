/** Error codes the engine raises; a stable `as const` map so callers can switch on them. */
export const ENGINE_ERROR_CODES = {
  HLC_INVALID: 'HLC_INVALID',
  HLC_DRIFT: 'HLC_DRIFT',
  HLC_OVERFLOW: 'HLC_OVERFLOW',
  GRAPH_INVALID: 'GRAPH_INVALID',
  INPUT_INVALID: 'INPUT_INVALID',
} as const;
export type EngineErrorCode = (typeof ENGINE_ERROR_CODES)[keyof typeof ENGINE_ERROR_CODES];

/** The one error type thrown by the engine; `details` lists every problem found, not just the first. */
export class EngineError extends Error {
  readonly code: EngineErrorCode;
  readonly details: readonly string[];

  constructor(code: EngineErrorCode, message: string, details: readonly string[] = []) {
    super(message);
    this.name = 'EngineError';
    this.code = code;
    this.details = details;
  }
}
