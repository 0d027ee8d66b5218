import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JobsService } from '../jobs/jobs.service';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { ConsumedAssertionEntity } from './entities/consumed-assertion.entity';
import { SamlRequestEntity } from './entities/saml-request.entity';
import { SamlAuthGuard } from './saml-auth.guard';
import { SamlLoginService } from './saml-login.service';
import { createSamlSetup, SAML_SETUP } from './saml-setup';
import { SamlStateRepository } from './saml-state.repository';
import { SamlStrategy } from './saml.strategy';
import { SessionLifetimeService } from './session-lifetime.service';

export const PURGE_EXPIRED_AUTH_STATE_JOB = 'auth.purge-expired-state';

@Module({
  imports: [PassportModule, UsersModule, TypeOrmModule.forFeature([SamlRequestEntity, ConsumedAssertionEntity])],
  controllers: [AuthController],
  providers: [
    { provide: SAML_SETUP, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createSamlSetup(config) },
    SamlStateRepository,
    SamlLoginService,
    SamlStrategy,
    SamlAuthGuard,
    SessionLifetimeService,
  ],
  exports: [SAML_SETUP, SamlStrategy, SessionLifetimeService],
})
export class AuthModule implements OnModuleInit {
  constructor(
    @Inject(JobsService) private readonly jobs: JobsService,
    private readonly state: SamlStateRepository,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: PURGE_EXPIRED_AUTH_STATE_JOB,
      cron: '17 * * * *',
      handler: () => this.state.purgeExpired(),
    });
  }
}
