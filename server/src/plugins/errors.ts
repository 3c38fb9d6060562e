import fp from 'fastify-plugin';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, type ApiError, type ErrorCode } from '@cr/shared';
import { failure } from './envelope.ts';

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_ERROR',
  FST_ERR_CTP_INVALID_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_VALIDATION: 'VALIDATION_ERROR',
};

/** Fastify's validation entry (fastify-type-provider-zod maps zod issues onto it). */
interface ValidationEntry {
  keyword?: string;
  message?: string;
  instancePath?: string;
  params?: { keys?: string[]; missingProperty?: string };
}

function pathToField(instancePath: string | undefined): string | null {
  const field = (instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
  return field === '' ? null : field;
}

function validationErrors(error: { validation?: unknown[]; validationContext?: string }): ApiError[] {
  const entries = (error.validation ?? []) as ValidationEntry[];
  return entries.map((entry) => {
    const parent = pathToField(entry.instancePath);
    if (entry.keyword === 'unrecognized_keys' || entry.keyword === 'additionalProperties') {
      const keys = entry.params?.keys ?? [];
      const key = keys[0] ?? '';
      return { code: 'UNKNOWN_FIELD', message: `unknown field: ${keys.join(', ')}`, field: parent ? `${parent}.${key}` : key };
    }
    return { code: 'VALIDATION_ERROR', message: entry.message ?? 'invalid value', field: parent ?? entry.params?.missingProperty ?? error.validationContext ?? null };
  });
}

/**
 * One error handler for the whole API: domain errors and client mistakes become a 4xx envelope
 * naming the code and field; anything else is logged and answered with a generic 500 whose
 * message never reaches the client.
 */
export const errorsPlugin = fp(
  async (app) => {
    app.setErrorHandler((error: FastifyError & { validation?: unknown[] }, request, reply) => {
      if (error instanceof DomainError) {
        const errors = error.details.length > 0 ? [...error.details] : [{ code: error.code, message: error.message, field: error.field }];
        return reply.status(error.status).send(failure(request, reply, errors));
      }
      if (hasZodFastifySchemaValidationErrors(error) || Array.isArray(error.validation)) {
        const errors = validationErrors(error);
        if (errors.length === 0) errors.push({ code: 'VALIDATION_ERROR', message: error.message, field: null });
        return reply.status(400).send(failure(request, reply, errors));
      }
      // Safety net: a data exception (SQLSTATE class 22) or integrity violation (23) from the
      // database means input slipped past validation; it is the client's input, not a crash.
      const sqlState = (error as { code?: unknown }).code;
      if (typeof sqlState === 'string' && /^2[23][0-9A-Z]{3}$/.test(sqlState) && !('statusCode' in error && error.statusCode)) {
        request.log.warn({ err: error }, 'database rejected input that validation let through');
        const integrity = sqlState.startsWith('23');
        return reply.status(integrity ? 409 : 400).send(
          failure(request, reply, [{ code: integrity ? 'CONFLICT' : 'VALIDATION_ERROR', message: integrity ? 'conflicts with existing data' : 'invalid value', field: null }]),
        );
      }
      const status = error.statusCode ?? 500;
      if (status >= 400 && status < 500) {
        const code: ErrorCode =
          FASTIFY_CODES[error.code] ?? (status === 429 ? 'RATE_LIMITED' : status === 404 ? 'NOT_FOUND' : status === 405 ? 'METHOD_NOT_ALLOWED' : 'VALIDATION_ERROR');
        return reply.status(status).send(failure(request, reply, [{ code, message: error.message, field: null }]));
      }
      request.log.error({ err: error }, 'unhandled error');
      const unavailable = status === 503;
      return reply.status(unavailable ? 503 : 500).send(
        failure(request, reply, [
          {
            code: unavailable ? 'UNAVAILABLE' : 'INTERNAL',
            message: unavailable ? 'service unavailable, try again shortly' : 'internal error',
            field: null,
          },
        ]),
      );
    });
  },
  { name: 'errors' },
);

/** The 404 envelope for a path no route serves. */
export function notFound(request: FastifyRequest, reply: FastifyReply) {
  return reply
    .status(404)
    .send(failure(request, reply, [{ code: 'NOT_FOUND', message: `no route ${request.method} ${request.url.split('?')[0]}`, field: null }]));
}
