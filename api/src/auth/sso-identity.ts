import type { Profile } from '@node-saml/node-saml';
import type { SsoIdentity } from '../users/users.service';

// Short names (our development IdP, SimpleSAMLphp, Keycloak), the urn:oid names of SAML2int IdPs (SimpleSAMLphp's
// name2oid map, Shibboleth) and the URIs Azure AD / ADFS send.
const ATTRIBUTE_NAMES = {
  email: ['email', 'mail', 'urn:oid:0.9.2342.19200300.100.1.3', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress'],
  displayName: ['displayName', 'urn:oid:2.16.840.1.113730.3.1.241', 'http://schemas.microsoft.com/identity/claims/displayname', 'cn'],
  employeeId: ['employeeId', 'employeeNumber', 'urn:oid:2.16.840.1.113730.3.1.3'],
  department: ['department', 'ou', 'urn:oid:2.5.4.11'],
  groups: [
    'groups',
    'memberOf',
    'isMemberOf',
    'urn:oid:1.3.6.1.4.1.5923.1.5.1.1',
    'eduPersonAffiliation',
    'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups',
  ],
} as const;

function values(profile: Profile, names: readonly string[]): string[] {
  for (const name of names) {
    const value = profile[name];
    if (typeof value === 'string' && value.trim()) return [value.trim()];
    if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
  }
  return [];
}

const EMAIL_SHAPE = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** The person an assertion describes, or null when it lacks a usable email. */
export function ssoIdentityFromProfile(profile: Profile): SsoIdentity | null {
  const email = values(profile, ATTRIBUTE_NAMES.email)[0] ?? (profile.nameID?.includes('@') ? profile.nameID : undefined);
  if (!email || !EMAIL_SHAPE.test(email)) return null;
  return {
    email,
    displayName: values(profile, ATTRIBUTE_NAMES.displayName)[0] ?? email,
    employeeId: values(profile, ATTRIBUTE_NAMES.employeeId)[0] ?? null,
    department: values(profile, ATTRIBUTE_NAMES.department)[0] ?? null,
    groups: values(profile, ATTRIBUTE_NAMES.groups),
  };
}
