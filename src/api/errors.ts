/** JSON errors for the API: the AppError catalogue's stable codes as {error: {code, message, where}}. */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isAppError } from '../platform/errors.ts';

export interface ApiErrorJson {
  error: { code: string; message: string; where: string | null };
}

interface ValidationIssue {
  instancePath?: string;
  params?: Record<string, unknown>;
  message?: string;
}

function validationWhere(error: FastifyError): string | null {
  const issue = (error.validation as ValidationIssue[] | undefined)?.[0];
  if (!issue) return null;
  const missing = typeof issue.params?.missingProperty === 'string' ? issue.params.missingProperty : undefined;
  const path = (issue.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
  return missing ?? (path || null);
}

/** Status and JSON for any error thrown while answering an API request. */
export function apiError(error: unknown): { status: number; body: ApiErrorJson; log: boolean } {
  if (isAppError(error)) {
    return { status: error.status, body: { error: { code: error.code, message: error.message, where: error.where ?? null } }, log: error.status >= 500 };
  }
  const e = error as Partial<FastifyError> & { statusCode?: number };
  if (e.validation) {
    const where = validationWhere(e as FastifyError);
    const context = e.validationContext ?? 'request';
    const issue = e.validation[0] as ValidationIssue | undefined;
    const allowed = Array.isArray(issue?.params?.allowedValues) ? ` (${(issue.params.allowedValues as unknown[]).join(', ')})` : '';
    const what = context === 'querystring' ? 'query parameter' : context === 'params' ? 'path parameter' : context;
    return { status: 400, body: { error: { code: 'input.invalid', message: `${what}${where ? ` "${where}"` : ''} ${issue?.message ?? 'is invalid'}${allowed}`, where } }, log: false };
  }
  if (e.statusCode === 429) {
    return { status: 429, body: { error: { code: 'rate_limited', message: e.message ?? 'too many requests', where: null } }, log: false };
  }
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return { status: e.statusCode, body: { error: { code: e.statusCode === 404 ? 'not_found' : 'input.invalid', message: e.message ?? 'bad request', where: null } }, log: false };
  }
  const code = typeof (error as { code?: unknown })?.code === 'string' ? String((error as { code: string }).code) : '';
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03', '08006', 'SQLITE_BUSY'].includes(code)) {
    return { status: 503, body: { error: { code: 'db.unreachable', message: 'the database is not reachable; try again shortly', where: null } }, log: true };
  }
  // Never show database or internal error text.
  return { status: 500, body: { error: { code: 'internal', message: 'the server failed to answer this request', where: null } }, log: true };
}

export function sendApiError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { status, body, log } = apiError(error);
  if (log) request.log.error({ err: error }, 'API request failed');
  if (status === 503) reply.header('retry-after', '5');
  return reply.code(status).type('application/json; charset=utf-8').header('cache-control', 'no-store').send(body);
}

/**
 * For the app's frameworkErrors hook (a malformed address never reaches a plugin): answers a JSON
 * 400 when the address is under /api/, and says whether it did.
 */
export function answerApiFrameworkError(request: FastifyRequest, reply: FastifyReply): boolean {
  if (!((request.raw as { url?: string } | undefined)?.url ?? request.url ?? '').startsWith('/api/')) return false;
  reply.header('access-control-allow-origin', '*');
  sendApiError(new AppError('input.invalid', 'the address is malformed (bad percent-encoding or too long a parameter)', { where: 'url' }), request, reply);
  return true;
}
