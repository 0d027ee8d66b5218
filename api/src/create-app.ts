import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { AppModule } from './app.module';
import { createSessionMiddleware } from './auth/session';
import type { Clock } from './common/clock';
import { answerMiddlewareErrors, ProblemDetailsFilter } from './common/problem-details.filter';
import { requestContext } from './common/request-context';
import { strictTransportSecurityOverTls } from './common/strict-transport-security';
import { answerUnreadableRequest } from './common/unreadable-request';
import { createValidationPipe } from './common/validation';
import { compressResponses } from './common/response-compression';
import type { AppConfig } from './config/app-config';
import { setUpOpenApi } from './open-api';

function assignRequestId(request: Request, response: Response, next: NextFunction): void {
  const given = request.get('x-request-id');
  const id = given && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
  (request as Request & { id: string }).id = id;
  response.setHeader('X-Request-Id', id);
  requestContext.run({ requestId: id }, next);
}

/**
 * Builds the whole HTTP application: used by `main.ts` and by the integration tests, so tests exercise the
 * very middleware, guards and filters production runs.
 */
export async function createApp(options: {
  config: AppConfig;
  databaseUrl: string;
  sessionSecret: string;
  clock?: Clock;
  sessionClock?: Clock;
}): Promise<INestApplication> {
  const { config } = options;
  const servedOverTls = config.publicUrl.startsWith('https://');
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ config, databaseUrl: options.databaseUrl, clock: options.clock, sessionClock: options.sessionClock }),
    { bufferLogs: true, bodyParser: false },
  );
  app.useLogger(app.get(Logger));
  app.getHttpServer().on('clientError', answerUnreadableRequest);
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(assignRequestId);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Spelled out rather than left to helmet's defaults: the built web app needs no inline script.
          'script-src': ["'self'"],
          'script-src-attr': ["'none'"],
          'img-src': ["'self'", 'data:'],
          // Only over TLS; on plain http://localhost it would send the browser to a https:// that is not there.
          'upgrade-insecure-requests': servedOverTls ? [] : null,
        },
      },
      strictTransportSecurity: false,
    }),
  );
  app.use(strictTransportSecurityOverTls);
  app.use(compressResponses);
  app.useBodyParser('json', { limit: '1mb' });
  app.useBodyParser('urlencoded', { extended: false, limit: '1mb' });
  app.use(cookieParser());
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  app.use(createSessionMiddleware({ pool, secret: options.sessionSecret, maxAgeHours: config.sessionMaxAgeHours }));
  app.use(answerMiddlewareErrors(new ProblemDetailsFilter()));
  app.setGlobalPrefix('api', { exclude: ['dev-idp/sso', 'dev-idp/metadata'] });
  app.useGlobalPipes(createValidationPipe());
  setUpOpenApi(app);
  // No enableShutdownHooks(): main.ts owns SIGINT/SIGTERM, closing the app before the embedded database.
  await app.init();
  return app;
}
