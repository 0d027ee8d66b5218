import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CLOCK, type Clock, SESSION_CLOCK, systemClock } from './common/clock';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { SessionAuthGuard } from './common/session-auth.guard';
import { setWebAssetCacheHeaders } from './common/web-asset-caching';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source';
import { DATABASE_URL } from './database/database-url';
import { DevIdpModule } from './dev-idp/dev-idp.module';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { loggerOptions } from './common/logger-options';
import { SettingsModule } from './settings/settings.module';
import { UsersModule } from './users/users.module';
import { VacanciesModule } from './vacancies/vacancies.module';
import { ReferralsModule } from './referrals/referrals.module';
import { ProgrammeModule } from './programme/programme.module';
import { DemoDataModule } from './demo-data/demo-data.module';
import { DisputesModule } from './disputes/disputes.module';
import { PipelineModule } from './pipeline/pipeline.module';
import { StageTemplatesModule } from './stage-templates/stage-templates.module';
import { HiresModule } from './hires/hires.module';
import { BonusesModule } from './bonuses/bonuses.module';
import { LeaversModule } from './leavers/leavers.module';
import { NotificationsModule } from './notifications/notifications.module';

@Module({})
export class AppModule {
  static forRoot(options: { config: AppConfig; databaseUrl: string; clock?: Clock; sessionClock?: Clock }): DynamicModule {
    const { config, databaseUrl } = options;
    const webBuilt = existsSync(config.webDistDir);
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl), migrationsRun: true }),
        ThrottlerModule.forRoot([{ name: 'auth', ttl: 60_000, limit: config.authRateLimitPerMinute }]),
        ...(webBuilt
          ? [
              ServeStaticModule.forRoot({
                rootPath: config.webDistDir,
                exclude: ['/api/{*path}', '/dev-idp/{*path}'],
                serveStaticOptions: { setHeaders: setWebAssetCacheHeaders },
              }),
            ]
          : []),
        AuditModule,
        SettingsModule,
        JobsModule,
        UsersModule,
        AuthModule,
        HealthModule,
        VacanciesModule,
        ReferralsModule,
        ProgrammeModule,
        DemoDataModule,
        DisputesModule,
        StageTemplatesModule,
        PipelineModule,
        HiresModule,
        BonusesModule,
        LeaversModule,
        NotificationsModule,
        ...(config.saml.idp.kind === 'development' ? [DevIdpModule] : []),
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DATABASE_URL, useValue: databaseUrl },
        { provide: CLOCK, useValue: options.clock ?? systemClock },
        { provide: SESSION_CLOCK, useValue: options.sessionClock ?? options.clock ?? systemClock },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_GUARD, useClass: SessionAuthGuard },
      ],
      exports: [APP_CONFIG, DATABASE_URL, CLOCK, SESSION_CLOCK],
    };
  }
}
