import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { AppConfig } from '../config/app-config';

/**
 * JSON logs with a request id on every line. Only method, path and status are logged: no query strings,
 * bodies, cookies or headers, which is where personal data and SAML assertions would otherwise leak.
 */
export function loggerOptions(config: AppConfig): Params {
  return {
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      level: config.logLevel,
      // create-app's first middleware has already given the request its id.
      genReqId: (request: IncomingMessage & { id?: string }) => request.id ?? randomUUID(),
      serializers: {
        req: (request: { id: string; method: string; url: string }) => ({
          id: request.id,
          method: request.method,
          path: request.url.split('?')[0],
        }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
      autoLogging: { ignore: (request: IncomingMessage) => request.url === '/api/health' },
      redact: ['req.headers', 'res.headers'],
    },
  };
}
