/**
 * Real sessions for the load generator: the same sign-in a browser makes through the development IdP (the
 * flow of api/test/support/saml-client.ts `signIn`, with fetch and a small cookie jar instead of supertest),
 * so every benchmarked request passes the real session store, CSRF check and permission guard.
 */

export interface BenchSession {
  userKey: string;
  /** The Cookie header: session id and CSRF token. */
  cookie: string;
  csrfToken: string;
}

class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }
  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

const unescapeHtml = (value: string) => value.replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code))).replace(/&amp;/g, '&');

function field(html: string, name: string): string | undefined {
  const found = new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1];
  return found === undefined ? undefined : unescapeHtml(found);
}

export async function signInThroughDevIdp(baseUrl: string, userKey: string): Promise<BenchSession> {
  const jar = new CookieJar();
  const call = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(new URL(path, baseUrl), { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: jar.header() } });
    jar.take(response);
    return response;
  };
  const login = await call('/api/auth/saml/login?returnTo=%2F');
  const location = login.headers.get('location');
  if (login.status !== 302 || !location) throw new Error(`Sign-in did not redirect to the IdP (${login.status})`);
  const idpUrl = new URL(location);
  const chooser = await (await call(`${idpUrl.pathname}${idpUrl.search}`)).text();
  const samlRequest = field(chooser, 'SAMLRequest');
  if (!samlRequest) throw new Error('The IdP page has no SAMLRequest field');
  const answer = await call('/dev-idp/sso', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ SAMLRequest: samlRequest, RelayState: field(chooser, 'RelayState') ?? '/', user: userKey }).toString(),
  });
  const samlResponse = field(await answer.text(), 'SAMLResponse');
  if (!samlResponse) throw new Error(`The IdP did not answer with a SAMLResponse for ${userKey}`);
  const acs = await call('/api/auth/saml/acs', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ SAMLResponse: samlResponse, RelayState: '/' }).toString(),
  });
  const csrf = jar.get('XSRF-TOKEN');
  if (acs.status !== 303 || !csrf) throw new Error(`The portal did not accept the assertion for ${userKey} (${acs.status})`);
  return { userKey, cookie: jar.header(), csrfToken: decodeURIComponent(csrf) };
}
