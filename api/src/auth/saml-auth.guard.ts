import { type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { AuthGuard, type IAuthModuleOptions } from '@nestjs/passport';
import type { Request } from 'express';
import { AppError } from '../common/app-error';
import { SamlLoginService } from './saml-login.service';
import { screenSamlResponse } from './saml-response-screen';
import { SAML_SETUP, type SamlSetup } from './saml-setup';
import { safeReturnPath } from './safe-return-path';

/** Starts SP-initiated login (redirect to the IdP) and checks the IdP's response at the ACS. */
@Injectable()
export class SamlAuthGuard extends AuthGuard('saml') {
  constructor(
    private readonly login: SamlLoginService,
    @Inject(SAML_SETUP) private readonly setup: SamlSetup,
  ) {
    super();
  }

  override getAuthenticateOptions(context: ExecutionContext): IAuthModuleOptions & Record<string, unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    return {
      session: false,
      // The path to come back to travels as RelayState and is checked again when it returns.
      additionalParams: { RelayState: safeReturnPath(request.query['returnTo']) },
    };
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    try {
      if (request.method === 'POST') screenSamlResponse(request.body?.SAMLResponse, this.setup.options.callbackUrl as string);
      return (await super.canActivate(context)) as boolean;
    } catch (error) {
      await this.login.recordRefusal(error instanceof Error ? error.message : String(error));
      throw new AppError('saml_rejected', 'Sign-in was refused. Please try again from the sign-in page.');
    }
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error) throw error;
    if (!user) throw new Error('No user from the SAML response');
    return user;
  }
}
