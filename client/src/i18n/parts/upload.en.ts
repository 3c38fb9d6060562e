/** English strings of the `upload` namespace (merged into en.ts): why the server refused a write. */
export const uploadEn = {
  /**
   * Plain-language reason per refusal code of POST /sync/upload (docs/sync-upload.md); the
   * server's own detail is shown after it. Unknown codes fall back to the code itself.
   */
  reason: {
    SEALED_QUESTIONS: 'This paper uses questions of a benchmark whose answers are not released yet, so it cannot be scored',
    BAD_TEXT: 'An answer contained characters that cannot be saved (or was far too large)',
    FORBIDDEN: 'It belongs to another account',
    NOT_FOUND: 'The test it belongs to is not on the server',
    VALIDATION: 'A value was not in the expected form',
    HLC_FROM_FUTURE: 'This device’s clock is set far ahead; correct the date and time',
    CONSTRAINT: 'The server could not store it',
    OP_NOT_ALLOWED: 'This change is not allowed',
    TABLE_NOT_WRITABLE: 'This change is not allowed',
  } as Readonly<Record<string, string>>,
};
