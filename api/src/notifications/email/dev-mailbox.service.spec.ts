import type { Role } from '@referrals/contracts';
import { loadAppConfig } from '../../config/app-config';
import type { EmailDeliveryRepository } from './email-delivery.repository';
import { DevMailboxService } from './dev-mailbox.service';

function mailboxWith(env: Record<string, string>): DevMailboxService {
  const config = loadAppConfig({ NODE_ENV: 'test', ...env });
  // Availability is decided from configuration and roles alone; no query is made.
  return new DevMailboxService(null as unknown as EmailDeliveryRepository, config);
}

function viewer(roles: Role[]) {
  return { id: 'u', email: 'someone@example.com', displayName: 'Someone', roles };
}

describe('DevMailboxService.isAvailableTo', () => {
  const realIdp = { SAML_IDP_ENTRY_POINT: 'https://idp.example.com/sso', SAML_IDP_CERT: 'MIIC' };

  it('opens to everyone in the demo, where the development IdP signs people in', () => {
    expect(mailboxWith({}).isAvailableTo(viewer(['employee']))).toBe(true);
  });

  it('opens to admins and HR only behind a real IdP, where it holds real mail', () => {
    const mailbox = mailboxWith(realIdp);
    expect(mailbox.isAvailableTo(viewer(['employee']))).toBe(false);
    expect(mailbox.isAvailableTo(viewer(['employee', 'admin']))).toBe(true);
    expect(mailbox.isAvailableTo(viewer(['hr']))).toBe(true);
  });

  it('does not exist when mail goes through SMTP', () => {
    expect(mailboxWith({ SMTP_URL: 'smtp://mail.example.com' }).isAvailableTo(viewer(['admin']))).toBe(false);
  });
});
