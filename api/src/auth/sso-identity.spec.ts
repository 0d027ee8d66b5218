import type { Profile } from '@node-saml/node-saml';
import { ssoIdentityFromProfile } from './sso-identity';

const profile = (attributes: Record<string, unknown>, nameID = 'opaque-id'): Profile =>
  ({ issuer: 'idp', nameID, nameIDFormat: 'unspecified', ...attributes }) as Profile;

describe('ssoIdentityFromProfile', () => {
  it('reads the short attribute names, with several groups', () => {
    expect(
      ssoIdentityFromProfile(
        profile({ email: ' Emma@Demo.example ', displayName: 'Emma', employeeId: 'E1', department: 'IT', groups: ['a', 'b'] }),
      ),
    ).toEqual({ email: 'Emma@Demo.example', displayName: 'Emma', employeeId: 'E1', department: 'IT', groups: ['a', 'b'] });
  });

  it('reads Azure AD claim URIs and a single group as a list', () => {
    const identity = ssoIdentityFromProfile(
      profile({
        'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress': 'a@b.example',
        'http://schemas.microsoft.com/identity/claims/displayname': 'A B',
        'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups': 'hr-team',
      }),
    );
    expect(identity).toMatchObject({ email: 'a@b.example', displayName: 'A B', groups: ['hr-team'], department: null });
  });

  it('falls back to an email-shaped NameID and to the email as name', () => {
    expect(ssoIdentityFromProfile(profile({}, 'x@y.example'))).toMatchObject({ email: 'x@y.example', displayName: 'x@y.example' });
  });

  it('refuses an assertion without a usable email', () => {
    expect(ssoIdentityFromProfile(profile({}))).toBeNull();
    expect(ssoIdentityFromProfile(profile({ email: 'user@evil.com<!---->.example.com' }))).toBeNull();
  });
});
