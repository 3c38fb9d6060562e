/**
 * Form validation with the shared zod schemas (the same ones the server applies). zod is about
 * 40 KB gzip, so it loads in its own chunk: fetched once the visitor starts on the form (its first
 * focus), never before the first screen is up, and awaited by the submit if it is not in yet.
 */
// The schema module itself, not the package entry: that one also carries the engine and content.
const loadSchemas = () => import('@cr/shared/schemas/api');

export function preloadValidation(): void {
  void loadSchemas();
}

export async function validateLogin(input: unknown) {
  return (await loadSchemas()).loginBodySchema.safeParse(input);
}

export async function validateSignup(input: unknown) {
  return (await loadSchemas()).signupBodySchema.safeParse(input);
}
