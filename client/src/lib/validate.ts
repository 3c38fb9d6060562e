/**
 * Form validation with the shared zod schemas (the same ones the server applies). zod is about
 * 40 KB gzip, so it loads in its own chunk: fetched when the visitor starts on the form (a field
 * takes focus; later focuses reuse the same load), never before the first screen is up, and
 * awaited by the submit if it is not in yet.
 */
// The schema module itself, not the package entry: that one also carries the engine and content.
const loadSchemas = () => import('@cr/shared/schemas/api');

export function preloadValidation(): void {
  // Offline before it was cached: the submit's own load reports the failure.
  loadSchemas().catch(() => undefined);
}

export async function validateLogin(input: unknown) {
  return (await loadSchemas()).loginBodySchema.safeParse(input);
}

export async function validateSignup(input: unknown) {
  return (await loadSchemas()).signupBodySchema.safeParse(input);
}
