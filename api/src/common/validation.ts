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

/**
 * Where a NUL character hides in a request value, if anywhere: PostgreSQL cannot store one in text, so it
 * would surface as a database error. Walked with a stack, not recursion: a JSON body may nest 100,000 deep.
 */
function fieldWithNul(value: unknown, root: string): string | null {
  const stack: [unknown, string][] = [[value, root]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [current, path] = next;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return path;
    } else if (current !== null && typeof current === 'object') {
      for (const key of Object.keys(current)) {
        if (key.includes('\u0000')) return path;
        stack.push([(current as Record<string, unknown>)[key], path ? `${path}.${key}` : key]);
      }
    }
  }
  return null;
}

/** Unknown fields are refused, not silently dropped, so a typo in a client is found at once. */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const field = fieldWithNul(value, metadata.data ?? '');
      if (field !== null) {
        throw new AppError('validation_failed', 'Some fields are invalid.', [{ field: field || metadata.type, message: 'must not contain NUL characters' }]);
      }
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
