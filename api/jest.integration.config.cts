/* Integration tests: the real Nest app on a real embedded PostgreSQL, one fresh database per test file. */
module.exports = {
  displayName: 'api-integration',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/test/integration/**/*.int-spec.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json', isolatedModules: true }],
  },
  moduleNameMapper: {
    '^@referrals/contracts$': '<rootDir>/../libs/contracts/src/index.ts',
    '^@referrals/domain$': '<rootDir>/../libs/domain/src/index.ts',
  },
  moduleFileExtensions: ['ts', 'js'],
  setupFiles: ['<rootDir>/test/support/quiet-console.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
};
