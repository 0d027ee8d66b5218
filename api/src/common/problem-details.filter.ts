import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { ErrorRequestHandler, NextFunction, Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, type ProblemCode, type ProblemDetails } from '@referrals/contracts';
import { ThrottlerException } from '@nestjs/throttler';
import { AppError, statusOf } from './app-error';

export const PROBLEM_TITLES: Record<ProblemCode, string> = {
  validation_failed: 'Your request has invalid fields',
  unauthenticated: 'Sign-in required',
  saml_rejected: 'Sign-in was refused',
  forbidden: 'Not allowed',
  csrf_invalid: 'Security token missing or invalid',
  not_found: 'Not found',
  conflict: 'Changed by someone else',
  payload_too_large: 'Request too large',
  setting_invalid: 'Setting refused',
  invalid_transition: 'This change of state is not allowed',
  referral_refused: 'Referral not accepted',
  referral_limit_reached: 'Referral limit reached',
  file_type_unsupported: 'File type not accepted',
  dispute_not_applicable: 'Nothing to dispute',
  stage_list_invalid: 'This list of hiring steps cannot be used',
  budget_exceeded: 'Over the department’s budget',
  nothing_to_export: 'Nothing to export',
  template_invalid: 'Template cannot be used',
  rate_limited: 'Too many requests',
  internal_error: 'Something went wrong on our side',
  service_unavailable: 'Service temporarily unavailable',
};

function codeForStatus(status: number): ProblemCode {
  switch (status) {
    case 400:
      return 'validation_failed';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
    case 405:
      return 'not_found';
    case 409:
      return 'conflict';
    case 413:
      return 'payload_too_large';
    case 415:
      return 'file_type_unsupported';
    case 429:
      return 'rate_limited';
    case 503:
      return 'service_unavailable';
    default:
      return status >= 500 ? 'internal_error' : 'validation_failed';
  }
}

/** What node-postgres says, without an error code, when a connection breaks or cannot be had in time. */
const LOST_CONNECTION_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
];

/** Postgres connection failures: the database is away, which is a 503, not our bug. */
function isDatabaseUnavailable(error: unknown): boolean {
  // TypeORM wraps a query's failure in QueryFailedError, with the driver's error in `driverError`.
  const cause = (error as { driverError?: unknown } | null)?.driverError ?? error;
  const { code, message } = (cause ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    return ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P03'].includes(code) || code.startsWith('08');
  }
  return typeof message === 'string' && LOST_CONNECTION_MESSAGES.some((lost) => message.startsWith(lost));
}

/** Seconds a client should wait before trying again while we are unavailable. */
const RETRY_AFTER_SECONDS = 5;

/**
 * The 4xx status that middleware before our code gave an error (body-parser: an unsupported charset or
 * encoding, too many form fields; the router: a malformed percent-escape in the path). The client's fault,
 * never a 500.
 */
function clientErrorStatusOf(error: unknown): number | null {
  const { status, statusCode } = (error ?? {}) as { status?: unknown; statusCode?: unknown };
  const given = typeof status === 'number' ? status : statusCode;
  return typeof given === 'number' && given >= 400 && given < 500 ? given : null;
}

/** Writes every error as RFC 9457 problem+json; never a stack trace. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    this.respond(exception, http.getRequest<Request>(), http.getResponse<Response>());
  }

  /** Also called by `answerMiddlewareErrors` for errors raised before Nest's own pipeline. */
  respond(exception: unknown, request: Request, response: Response): void {
    const problem = this.toProblem(exception, request);
    if (problem.status === 503) {
      // An outage, not a bug: one line each, without the stack.
      this.logger.warn({ requestId: problem.requestId, reason: (exception as Error | null)?.message }, 'request failed: service unavailable');
    } else if (problem.status >= 500) {
      this.logger.error({ err: exception, requestId: problem.requestId }, 'request failed');
    }
    if (response.headersSent) return;
    if (problem.status === 503) response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown, request: Request): ProblemDetails & Record<string, unknown> {
    const requestId = typeof request.id === 'string' || typeof request.id === 'number' ? String(request.id) : undefined;
    const base = (code: ProblemCode, status: number, detail?: string) => ({
      type: `https://referrals.example/problems/${code.replace(/_/g, '-')}`,
      title: PROBLEM_TITLES[code],
      status,
      code,
      ...(detail ? { detail } : {}),
      instance: request.originalUrl?.split('?')[0],
      ...(requestId ? { requestId } : {}),
    });

    if (exception instanceof AppError) {
      return {
        ...base(exception.code, statusOf(exception.code), exception.detail),
        ...(exception.errors ? { errors: exception.errors } : {}),
        ...(exception.extensions ?? {}),
      };
    }
    if (exception instanceof ThrottlerException) {
      return base('rate_limited', 429, 'Too many attempts; wait a minute and try again.');
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const message =
        typeof body === 'object' && body !== null && 'message' in body ? (body as { message: unknown }).message : body;
      const detail = typeof message === 'string' ? message : undefined;
      return base(codeForStatus(status), status, detail);
    }
    const bodyParserType = (exception as { type?: string } | null)?.type;
    if (bodyParserType === 'entity.too.large') return base('payload_too_large', 413);
    if (bodyParserType === 'entity.parse.failed') return base('validation_failed', 400, 'The request body is not valid JSON.');
    const clientStatus = clientErrorStatusOf(exception);
    if (clientStatus) return base(codeForStatus(clientStatus), clientStatus, 'The request cannot be read.');
    if (isDatabaseUnavailable(exception)) return base('service_unavailable', 503, 'The database is not reachable.');
    return base('internal_error', 500);
  }
}

/**
 * Answers what the app-wide middleware raised (a body that is not JSON or too large, the session store away)
 * as problem+json, right where it happens. Left to travel on, such an error meets the web app's static-file
 * handler first, which turns anything under /api into a 404 "Cannot PATCH /api/me".
 */
export function answerMiddlewareErrors(filter: ProblemDetailsFilter): ErrorRequestHandler {
  return (error: unknown, request: Request, response: Response, _next: NextFunction) => filter.respond(error, request, response);
}
