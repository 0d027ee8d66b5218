// samlify prints a harmless notice on every use about the IdP's missing logout endpoint (we do not offer
// single logout).
const originalWarn = console.warn;
console.warn = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].includes('missing endpoint of SingleLogoutService')) return;
  originalWarn(...args);
};
