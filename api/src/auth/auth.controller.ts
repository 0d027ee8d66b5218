import { Controller, Get, Header, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiTags } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { AuditService } from '../audit/audit.service';
import { type AuthenticatedUser, CurrentUser, Public } from '../common/auth.decorators';
import { CSRF_COOKIE, ensureCsrfToken } from '../common/csrf';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { UserEntity } from '../users/entities/user.entity';
import { safeReturnPath } from './safe-return-path';
import { SamlAuthGuard } from './saml-auth.guard';
import { SamlStrategy } from './saml.strategy';
import { SESSION_COOKIE } from './session';
import { SessionLifetimeService } from './session-lifetime.service';

function promisify(run: (done: (error?: unknown) => void) => void): Promise<void> {
  return new Promise((resolve, reject) => run((error) => (error ? reject(error) : resolve())));
}

@ApiTags('auth')
@Controller('auth')
@UseGuards(ThrottlerGuard)
export class AuthController {
  constructor(
    private readonly strategy: SamlStrategy,
    private readonly audit: AuditService,
    private readonly sessionLifetime: SessionLifetimeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** SP-initiated login: redirects to the IdP with a signed-request id we remember. */
  @Get('saml/login')
  @Public()
  @UseGuards(SamlAuthGuard)
  @ApiExcludeEndpoint()
  startLogin(): void {
    // The guard has already answered with the redirect.
  }

  /** Assertion consumer service: the IdP posts the signed response here. */
  @Post('saml/acs')
  @Public()
  @UseGuards(SamlAuthGuard)
  @ApiExcludeEndpoint()
  async finishLogin(@Req() request: Request, @Res() response: Response): Promise<void> {
    const user = request.user as UserEntity;
    // A new session id at login, so an id planted before sign-in is worthless afterwards.
    await promisify((done) => request.session.regenerate(done));
    request.session.userId = user.id;
    this.sessionLifetime.start(request);
    ensureCsrfToken(request, response);
    await promisify((done) => request.session.save(done));
    response.redirect(303, safeReturnPath(request.body?.RelayState));
  }

  @Get('saml/metadata')
  @Public()
  @SkipThrottle()
  @Header('Content-Type', 'application/samlmetadata+xml; charset=utf-8')
  metadata(): string {
    return this.strategy.serviceProviderMetadata(this.config.saml.spCert);
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@CurrentUser() user: AuthenticatedUser, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await promisify((done) => request.session.destroy(done));
    response.clearCookie(SESSION_COOKIE, { path: '/' });
    response.clearCookie(CSRF_COOKIE, { path: '/' });
    await this.audit.record({ actorId: user.id, action: 'auth.logout', entityType: 'user', entityId: user.id });
  }
}
