// Two libraries print harmless notices on every use: samlify about the IdP's missing logout endpoint (we
// do not offer single logout) and the xmllint WebAssembly build an empty line per schema check.
const originalWarn = console.warn;
const originalLog = console.log;
console.warn = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].includes('missing endpoint of SingleLogoutService')) return;
  originalWarn(...args);
};
console.log = (...args: unknown[]) => {
  if (args.length === 1 && args[0] === '') return;
  originalLog(...args);
};
