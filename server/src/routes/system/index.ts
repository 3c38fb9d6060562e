import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { DomainError, envelopeSchema } from '@cr/shared';
import { healthSchema } from '@cr/shared/schemas/api-user';
import type { SigningKeys } from '../../auth/keys.ts';
import { databaseReady } from '../../db/migrate.ts';
import { ok } from '../../plugins/envelope.ts';

/** Liveness, readiness (database reachable and migrated) and the JWKS for token verifiers. */
export const systemRoutes: FastifyPluginAsync<{ pool: pg.Pool; keys: SigningKeys; isReady: () => boolean }> = async (
  base,
  { pool, keys, isReady },
) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const health = envelopeSchema(healthSchema);

  app.get('/health', { config: { access: 'public' }, schema: { tags: ['system'], response: { 200: health } } }, async (request, reply) =>
    ok(request, reply, { status: 'ok' }),
  );

  app.get('/ready', { config: { access: 'public' }, schema: { tags: ['system'], response: { 200: health } } }, async (request, reply) => {
    if (!isReady()) throw new DomainError('UNAVAILABLE', 'starting up or shutting down');
    if (!(await databaseReady(pool))) throw new DomainError('UNAVAILABLE', 'database not reachable');
    return ok(request, reply, { status: 'ready' });
  });

  // Plain JWKS (not enveloped): the PowerSync Service and other verifiers read it as RFC 7517.
  app.get('/.well-known/jwks.json', { config: { access: 'public' }, schema: { tags: ['system'] } }, async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=300');
    return keys.jwks;
  });
};
