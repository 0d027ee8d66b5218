/**
 * Browser journeys against the built portal: the global setup starts `dist/api/main.js` (which serves
 * `dist/web/browser`) on a free port with a fresh data directory; specs drive Chromium with playwright-core.
 */
module.exports = {
  displayName: 'e2e',
  preset: '../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  // Cold starts (embedded PostgreSQL, SSO round trips in a real browser) are slow on CI machines.
  testTimeout: 120_000,
  maxWorkers: 1,
};
