import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Profile } from '@node-saml/node-saml';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { CLOCK, type Clock } from '../common/clock';
import type { UserEntity } from '../users/entities/user.entity';
import { UsersService } from '../users/users.service';
import { SAML_SETUP, type SamlSetup } from './saml-setup';
import { SamlStateRepository } from './saml-state.repository';
import { ssoIdentityFromProfile } from './sso-identity';

interface ParsedAssertion {
  Assertion?: {
    $?: { ID?: string };
    Subject?: { SubjectConfirmation?: { $?: { Method?: string }; SubjectConfirmationData?: { $?: { Recipient?: string } }[] }[] }[];
    Conditions?: { $?: { NotOnOrAfter?: string } }[];
  };
}

const BEARER = 'urn:oasis:names:tc:SAML:2.0:cm:bearer';

/** SAML Web SSO profile 4.1.4.2: a bearer confirmation must name the ACS it was issued for (node-saml does not check). */
function isConfirmedForUs(assertion: ParsedAssertion, acsUrl: string): boolean {
  const confirmations = assertion.Assertion?.Subject?.[0]?.SubjectConfirmation ?? [];
  return confirmations.some(
    (confirmation) =>
      confirmation.$?.Method === BEARER && confirmation.SubjectConfirmationData?.some((data) => data.$?.Recipient === acsUrl),
  );
}

/** What happens after node-saml has verified signature, audience, times and InResponseTo. */
@Injectable()
export class SamlLoginService {
  private readonly logger = new Logger('Security');

  constructor(
    private readonly state: SamlStateRepository,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SAML_SETUP) private readonly setup: SamlSetup,
  ) {}

  async acceptProfile(profile: Profile): Promise<UserEntity> {
    const assertion = (profile.getAssertion?.() ?? {}) as ParsedAssertion;
    if (!isConfirmedForUs(assertion, this.setup.options.callbackUrl as string)) {
      throw new AppError('saml_rejected', "The assertion's bearer confirmation has no Recipient naming this portal's ACS.");
    }
    const identity = ssoIdentityFromProfile(profile);
    if (!identity) throw new AppError('saml_rejected', 'The assertion carries no usable email address.');

    const assertionId = assertion.Assertion?.$?.ID;
    if (!assertionId) throw new AppError('saml_rejected', 'The assertion has no ID.');
    const notOnOrAfter = assertion.Assertion?.Conditions?.[0]?.$?.NotOnOrAfter;
    const now = this.clock.now();
    // Kept at least a day, well past any NotOnOrAfter plus skew we would still accept.
    const keepUntil = new Date(Math.max(now.getTime() + 24 * 3600_000, notOnOrAfter ? Date.parse(notOnOrAfter) : 0));
    if (!(await this.state.consumeAssertion(assertionId, keepUntil))) {
      throw new AppError('saml_rejected', 'This assertion was already used.');
    }

    const user = await this.users.upsertFromSso(identity, now);
    if (!user.active) throw new AppError('saml_rejected', 'This account is deactivated.');
    await this.audit.record({ actorId: user.id, action: 'auth.login', entityType: 'user', entityId: user.id });
    return user;
  }

  /** Every refused sign-in leaves a trace for the security team, without personal data. */
  async recordRefusal(reason: string): Promise<void> {
    this.logger.warn({ reason }, 'SAML sign-in refused');
    await this.audit.record({ actorId: null, action: 'auth.login_refused', entityType: 'auth', after: { reason } });
  }
}
