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

  it('reads the urn:oid names SimpleSAMLphp sends with its name2oid map, groups from isMemberOf', () => {
    const identity = ssoIdentityFromProfile(
      profile({
        'urn:oid:0.9.2342.19200300.100.1.3': 'hanna@idp.example',
        'urn:oid:2.16.840.1.113730.3.1.241': 'Hanna Hoekstra',
        'urn:oid:2.16.840.1.113730.3.1.3': 'SSP-1001',
        'urn:oid:2.5.4.11': 'People & Culture',
        'urn:oid:1.3.6.1.4.1.5923.1.5.1.1': ['all-staff', 'referrals-hr'],
      }),
    );
    expect(identity).toEqual({
      email: 'hanna@idp.example',
      displayName: 'Hanna Hoekstra',
      employeeId: 'SSP-1001',
      department: 'People & Culture',
      groups: ['all-staff', 'referrals-hr'],
    });
  });

  it('reads groups from an LDAP isMemberOf attribute under its short name', () => {
    expect(ssoIdentityFromProfile(profile({ mail: 'a@b.example', isMemberOf: 'referrals-hr' }))).toMatchObject({ groups: ['referrals-hr'] });
  });

  it('falls back to an email-shaped NameID and to the email as name', () => {
    expect(ssoIdentityFromProfile(profile({}, 'x@y.example'))).toMatchObject({ email: 'x@y.example', displayName: 'x@y.example' });
  });

  it('refuses an assertion without a usable email', () => {
    expect(ssoIdentityFromProfile(profile({}))).toBeNull();
    expect(ssoIdentityFromProfile(profile({ email: 'user@evil.com<!---->.example.com' }))).toBeNull();
  });
});
