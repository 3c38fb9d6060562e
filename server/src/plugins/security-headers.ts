import type { IncomingMessage, ServerResponse } from 'node:http';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * The headers helmet sets for `options`, computed once. With static options (no per-request
 * directive functions, no nonces) helmet's output does not depend on the request; @fastify/helmet
 * nevertheless rebuilt helmet's middleware, parsing every CSP directive, on every request (6 %
 * of the server's CPU per API request under load).
 */
export function helmetHeaders(options: Readonly<HelmetOptions>): ReadonlyMap<string, string> {
  const csp = options.contentSecurityPolicy;
  const directives = typeof csp === 'object' && csp.directives ? Object.values(csp.directives) : [];
  if (directives.some((v) => typeof v === 'function' || (Array.isArray(v) && v.some((e) => typeof e === 'function')))) {
    throw new Error('security headers: a CSP directive computed per request is not supported');
  }
  const headers = new Map<string, string>();
  const res = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers.set(name.toLowerCase(), String(value));
    },
    removeHeader(name: string) {
      headers.delete(name.toLowerCase());
    },
  };
  let failure: unknown = null;
  helmet(options)({} as IncomingMessage, res as unknown as ServerResponse, (error?: unknown) => {
    if (error) failure = error;
  });
  if (failure) throw failure instanceof Error ? failure : new Error('helmet refused its options');
  for (const value of headers.values()) if (typeof value !== 'string') throw new Error('helmet gave a non-static header');
  return headers;
}

/** Helmet's security headers on every response, as @fastify/helmet set them (onRequest, on the raw response). */
export const securityHeadersPlugin = fp<{ helmet: HelmetOptions }>(
  async (app, options) => {
    const headers = [...helmetHeaders(options.helmet)];
    app.addHook('onRequest', (_request, reply, done) => {
      for (const [name, value] of headers) reply.raw.setHeader(name, value);
      done();
    });
  },
  { name: 'security-headers' },
);
