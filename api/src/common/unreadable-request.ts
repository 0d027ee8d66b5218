import type { Duplex } from 'node:stream';
import { PROBLEM_CONTENT_TYPE, type ProblemCode } from '@referrals/contracts';
import { PROBLEM_TITLES } from './problem-details.filter';

const REASONS: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

/**
 * Node answers a request it cannot even parse (a head past its 16 KB limit, broken HTTP) before any
 * middleware runs, with an empty body. Listening for `clientError` replaces that with problem+json, so every
 * refusal a client sees has the same shape.
 */
export function answerUnreadableRequest(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const code: ProblemCode = status === 431 ? 'payload_too_large' : 'validation_failed';
  const body = JSON.stringify({
    type: `https://referrals.example/problems/${code.replace(/_/g, '-')}`,
    title: PROBLEM_TITLES[code],
    status,
    code,
    detail: status === 431 ? 'The request line or headers are too long.' : 'The request is not valid HTTP.',
  });
  socket.end(
    `HTTP/1.1 ${status} ${REASONS[status]}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
