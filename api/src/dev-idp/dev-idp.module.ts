import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { DevIdpController } from './dev-idp.controller';

/** Imported only when no IdP is configured outside production (see AppModule). */
@Module({ imports: [AuthModule], controllers: [DevIdpController] })
export class DevIdpModule {}
