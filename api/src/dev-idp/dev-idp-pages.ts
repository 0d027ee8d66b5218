import type { DevIdpUser } from './demo-users';

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
  body { font-family: system-ui, sans-serif; margin: 0; background: #f4f6fb; color: #1b1b1f; }
  main { max-width: 34rem; margin: 3rem auto; background: #fff; padding: 2rem; border-radius: 12px;
         box-shadow: 0 1px 4px rgba(0,0,0,.12); }
  h1 { font-size: 1.5rem; margin-top: 0; }
  p { line-height: 1.5; }
  ul { list-style: none; padding: 0; display: grid; gap: .5rem; }
  button { width: 100%; text-align: left; font: inherit; padding: .75rem 1rem; border: 1px solid #74777f;
           border-radius: 8px; background: #fff; color: #1b1b1f; cursor: pointer; }
  button:hover { background: #e8eefc; }
  button:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
  .role { color: #44474e; }
`;

function page(title: string, body: string, nonce?: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style${nonce ? ` nonce="${nonce}"` : ''}>${STYLE}</style></head>
<body>${body}</body></html>`;
}

export function renderChooserPage(params: { users: readonly DevIdpUser[]; samlRequest: string; relayState?: string }): string {
  const hidden =
    `<input type="hidden" name="SAMLRequest" value="${escapeHtml(params.samlRequest)}">` +
    (params.relayState ? `<input type="hidden" name="RelayState" value="${escapeHtml(params.relayState)}">` : '');
  const buttons = params.users
    .map(
      (user) =>
        `<li><button type="submit" name="user" value="${escapeHtml(user.key)}">${escapeHtml(user.displayName)} <span class="role">— ${escapeHtml(user.roleLabel)}</span></button></li>`,
    )
    .join('');
  return page(
    'Development sign-in',
    `<main><h1>Development sign-in</h1>
<p>This stand-in for your company's identity provider runs only outside production. Choose who to sign in as; the portal receives a signed SAML assertion for that person.</p>
<form method="post" action="sso">${hidden}<ul>${buttons}</ul></form></main>`,
  );
}

export function renderAutoPostPage(params: { action: string; samlResponse: string; relayState?: string; nonce: string }): string {
  const relay = params.relayState ? `<input type="hidden" name="RelayState" value="${escapeHtml(params.relayState)}">` : '';
  return page(
    'Signing in…',
    `<main><h1>Signing in…</h1>
<form id="saml" method="post" action="${escapeHtml(params.action)}">
<input type="hidden" name="SAMLResponse" value="${escapeHtml(params.samlResponse)}">${relay}
<noscript><button type="submit">Continue</button></noscript></form></main>
<script nonce="${params.nonce}">document.getElementById('saml').submit();</script>`,
    params.nonce,
  );
}
