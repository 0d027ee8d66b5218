import { Body, Controller, Get, Header, HttpCode, Inject, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { Response } from 'express';
import { randomBytes } from 'node:crypto';
import { AppError } from '../common/app-error';
import { CLOCK, type Clock } from '../common/clock';
import { Public } from '../common/auth.decorators';
import { SAML_SETUP, type SamlSetup, type DevIdp } from '../auth/saml-setup';
import { SamlStrategy } from '../auth/saml.strategy';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { createSignedLoginResponse, serviceProviderFromMetadata } from './saml-login-response';
import { renderAutoPostPage, renderChooserPage } from './dev-idp-pages';

interface ChooseUserBody {
  SAMLRequest?: string;
  RelayState?: string;
  user?: string;
}

/**
 * A small SAML IdP for development and the demo: it reads the portal's AuthnRequest, lets you pick a demo
 * person, and answers with a signed assertion through the POST binding, the same path a real IdP takes.
 */
@ApiExcludeController()
@Controller('dev-idp')
@Public()
@SkipThrottle()
export class DevIdpController {
  private readonly devIdp: DevIdp;

  constructor(
    @Inject(SAML_SETUP) setup: SamlSetup,
    private readonly strategy: SamlStrategy,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    if (!setup.devIdp) throw new Error('The development IdP is not configured');
    this.devIdp = setup.devIdp;
  }

  private sp: ReturnType<typeof serviceProviderFromMetadata> | null = null;

  /** The portal as this IdP knows it: read once from the portal's own SP metadata. */
  private serviceProvider() {
    this.sp ??= serviceProviderFromMetadata(this.strategy.serviceProviderMetadata(this.config.saml.spCert));
    return this.sp;
  }

  /** The AuthnRequest's id, after samlify has decoded and checked it against the portal's metadata. */
  private async requestIdOf(samlRequest: string, relayState: string | undefined): Promise<string> {
    try {
      const parsed = await this.devIdp.idp.parseLoginRequest(this.serviceProvider(), 'redirect', {
        query: { SAMLRequest: samlRequest, ...(relayState ? { RelayState: relayState } : {}) },
      });
      const id = (parsed.extract as { request?: { id?: string } }).request?.id;
      if (!id) throw new Error('no request id');
      return id;
    } catch {
      throw new AppError('validation_failed', 'The sign-in request is not valid. Start again from the portal.');
    }
  }

  @Get('metadata')
  @Header('Content-Type', 'application/samlmetadata+xml; charset=utf-8')
  metadata(): string {
    return this.devIdp.idp.getMetadata();
  }

  @Get('sso')
  async chooser(
    @Query('SAMLRequest') samlRequest: string | undefined,
    @Query('RelayState') relayState: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    if (typeof samlRequest !== 'string') throw new AppError('validation_failed', 'SAMLRequest is missing.');
    await this.requestIdOf(samlRequest, relayState);
    response.type('html').send(renderChooserPage({ users: this.devIdp.users, samlRequest, relayState }));
  }

  @Post('sso')
  @HttpCode(200)
  async answer(@Body() given: ChooseUserBody | undefined, @Res() response: Response): Promise<void> {
    // Without a form content type nothing parses the body, and there is none.
    const body = given ?? {};
    if (typeof body.SAMLRequest !== 'string') throw new AppError('validation_failed', 'SAMLRequest is missing.');
    const user = this.devIdp.users.find((candidate) => candidate.key === body.user);
    if (!user) throw new AppError('validation_failed', 'Unknown demo user.');
    const relayState = typeof body.RelayState === 'string' ? body.RelayState : undefined;
    const requestId = await this.requestIdOf(body.SAMLRequest, relayState);
    const sp = this.serviceProvider();
    const { samlResponse } = await createSignedLoginResponse({
      idp: this.devIdp.idp,
      sp,
      user,
      inResponseTo: requestId,
      now: this.clock.now(),
    });
    const nonce = randomBytes(16).toString('base64');
    response
      .type('html')
      .setHeader('Content-Security-Policy', `default-src 'none'; script-src 'nonce-${nonce}'; form-action 'self' ${new URL(this.config.publicUrl).origin}; style-src 'unsafe-inline'`)
      .send(
        renderAutoPostPage({
          action: sp.entityMeta.getAssertionConsumerService('post') as string,
          samlResponse,
          relayState,
          nonce,
        }),
      );
  }
}
