/** What a failed send means for the mail: try again later, or never (the server refused the recipient). */
export type DeliveryFailure =
  | { kind: 'temporary'; reason: string; code: string | null }
  | { kind: 'recipient_refused'; reason: string; code: string | null };

/** The parts of a nodemailer (or socket) error that decide what to do. */
interface SendErrorLike {
  code?: unknown;
  responseCode?: unknown;
  command?: unknown;
  response?: unknown;
  message?: unknown;
}

/** Commands whose 5xx answer is about this recipient or this message, not about our server set-up. */
const RECIPIENT_COMMANDS = new Set(['RCPT TO', 'DATA']);

/**
 * Sorts a failed send. Only a permanent (5xx) answer to RCPT TO or DATA condemns the address; everything
 * else - refused connections, timeouts, 4xx, a refused sender or failed login (our configuration) - is tried
 * again. 503 is "bad sequence of commands", a protocol hiccup rather than a verdict on the address.
 */
export function classifySendFailure(error: unknown): DeliveryFailure {
  const details = (typeof error === 'object' && error !== null ? error : {}) as SendErrorLike;
  const code = typeof details.code === 'string' ? details.code : null;
  const responseCode = typeof details.responseCode === 'number' ? details.responseCode : null;
  const command = typeof details.command === 'string' ? details.command : null;
  const reason = reasonOf(details, error);
  const permanent = responseCode !== null && responseCode >= 500 && responseCode < 600 && responseCode !== 503;
  if (permanent && command !== null && RECIPIENT_COMMANDS.has(command)) return { kind: 'recipient_refused', reason, code };
  return { kind: 'temporary', reason, code };
}

/** A refusal of the recipient says nothing about the next mail's chances; anything else might well repeat. */
export function affectsWholeBatch(failure: DeliveryFailure): boolean {
  return failure.kind === 'temporary' && failure.code !== null && CONNECTION_CODES.has(failure.code);
}

/** The server cannot be reached or dropped us: the rest of a batch would only wait for the same timeout. */
const CONNECTION_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'ECONNREFUSED', 'EPROXY']);

function reasonOf(details: SendErrorLike, error: unknown): string {
  const text =
    typeof details.response === 'string'
      ? details.response
      : typeof details.message === 'string'
        ? details.message
        : String(error);
  return text.slice(0, 500);
}
