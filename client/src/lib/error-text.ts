import type { Messages } from '../i18n/en.ts';
import { ApiError } from '../data/account/api.ts';

const hasKey = <T extends object>(obj: T, key: string): key is Extract<keyof T, string> => Object.prototype.hasOwnProperty.call(obj, key);

/** A sentence for the student about a failed request, in their language. */
export function errorText(t: Messages, error: unknown): string {
  if (error instanceof ApiError) {
    if (hasKey(t.errors.code, error.code)) return t.errors.code[error.code];
    if (error.field && hasKey(t.errors.field, error.field)) return t.errors.field[error.field];
  }
  return t.errors.generic;
}

/** A sentence for an error code (e.g. why a session ended), or the generic one. */
export function codeText(t: Messages, code: string): string {
  return hasKey(t.errors.code, code) ? t.errors.code[code] : t.errors.generic;
}

/** The inline message for one input field: our translation when we have one, else the API's words. */
export function fieldText(t: Messages, field: string, apiMessage: string): string {
  return hasKey(t.errors.field, field) ? t.errors.field[field] : apiMessage;
}
