import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { ProblemFieldError } from '@referrals/contracts';
import { AppError } from './app-error';

function flatten(errors: ValidationError[], parent = ''): ProblemFieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Half a UTF-16 surrogate pair: no character at all, and refused by PostgreSQL's jsonb (audit entries, outbox). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** No request DTO nests more than a few levels; deeper JSON is an attack on recursive code (a stack overflow). */
const MAX_NESTING = 32;

/**
 * What is wrong with a request value before the DTO rules see it: a NUL character (PostgreSQL cannot store one
 * in text, so it would surface as a database error), a lone surrogate, or nesting past MAX_NESTING (class-transformer and the
 * pipe's own prototype stripping recurse, and would overflow the stack). Walked with a stack, not recursion.
 */
function unreadableField(value: unknown, root: string): ProblemFieldError | null {
  const stack: [unknown, string, number][] = [[value, root, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [current, path, depth] = next;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return { field: path, message: 'must not contain NUL characters' };
      if (LONE_SURROGATE.test(current)) return { field: path, message: 'must be valid Unicode text' };
    } else if (current !== null && typeof current === 'object') {
      if (depth >= MAX_NESTING) return { field: path, message: `must not be nested more than ${MAX_NESTING} levels deep` };
      for (const key of Object.keys(current)) {
        if (key.includes('\u0000') || LONE_SURROGATE.test(key)) return { field: path, message: 'must not have a key with NUL characters or lone surrogates' };
        stack.push([(current as Record<string, unknown>)[key], path ? `${path}.${key}` : key, depth + 1]);
      }
    }
  }
  return null;
}

/** Unknown fields are refused, not silently dropped, so a typo in a client is found at once. */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const error = unreadableField(value, metadata.data ?? '');
      if (error) throw new AppError('validation_failed', 'Some fields are invalid.', [{ ...error, field: error.field || metadata.type }]);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new AppError('validation_failed', 'Some fields are invalid.', flatten(errors)),
  });
}
