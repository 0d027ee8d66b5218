import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { type PassportSamlConfig, Strategy, type VerifyWithoutRequest } from '@node-saml/passport-saml';
import type { Profile } from '@node-saml/node-saml';
import type { UserEntity } from '../users/entities/user.entity';
import { SamlLoginService } from './saml-login.service';
import { SAML_SETUP, type SamlSetup } from './saml-setup';
import { SamlStateRepository } from './saml-state.repository';

/**
 * passport-saml 5 takes (options, signonVerify, logoutVerify); Nest's mixin appends its own verify callback
 * after our arguments, so the constructor is re-typed to (options, verify) and Nest's callback becomes the
 * sign-on verify. Single logout is not wired: logout ends the portal session only.
 */
const SamlPassportStrategy = Strategy as unknown as new (options: PassportSamlConfig, verify?: VerifyWithoutRequest) => Strategy;

@Injectable()
export class SamlStrategy extends PassportStrategy(SamlPassportStrategy, 'saml') {
  constructor(
    @Inject(SAML_SETUP) setup: SamlSetup,
    state: SamlStateRepository,
    private readonly login: SamlLoginService,
  ) {
    super({ ...setup.options, cacheProvider: state } as PassportSamlConfig);
  }

  validate(profile: Profile): Promise<UserEntity> {
    return this.login.acceptProfile(profile);
  }

  serviceProviderMetadata(signingCert: string | null): string {
    return (this as unknown as Strategy).generateServiceProviderMetadata(null, signingCert);
  }
}
