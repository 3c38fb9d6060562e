import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ApiError } from '@cr/shared';

export interface Envelope<T> {
  status: 'success' | 'error' | 'processing';
  data: T | null;
  metadata: { timestamp: string; request_id: string; response_time_ms: number; cache_hit: boolean };
  errors: ApiError[];
}

function metadata(request: FastifyRequest, reply: FastifyReply, cacheHit: boolean) {
  return {
    timestamp: new Date().toISOString(),
    request_id: String(request.id),
    response_time_ms: Math.round(reply.elapsedTime * 100) / 100,
    cache_hit: cacheHit,
  };
}

/** The seed's success envelope around `data`. */
export function ok<T>(request: FastifyRequest, reply: FastifyReply, data: T, opts: { cacheHit?: boolean } = {}): Envelope<T> {
  return { status: 'success', data, metadata: metadata(request, reply, opts.cacheHit ?? false), errors: [] };
}

export function failure(request: FastifyRequest, reply: FastifyReply, errors: ApiError[]): Envelope<null> {
  return { status: 'error', data: null, metadata: metadata(request, reply, false), errors };
}
