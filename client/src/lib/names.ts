/** The name to greet someone by: the first word of their full name, ignoring any "(…)" note. */
export function firstName(fullName: string | null): string | null {
  const first = (fullName ?? '').replace(/\(.*?\)/g, '').trim().split(/\s+/)[0];
  return first ? first : null;
}
