/**
 * Form validation with the shared zod schemas (the same ones the server applies). zod is about
 * 40 KB gzip, so it loads in its own chunk: fetched while the form is being filled in, never
 * blocking the first screen.
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
