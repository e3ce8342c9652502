// One Jest run for the whole workspace: cheaper on 2 cores than one process per project.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^@puente/platform$': '<rootDir>/libs/platform/src/index.ts',
    '^@puente/testing$': '<rootDir>/libs/testing/src/index.ts',
    '^@puente/identity$': '<rootDir>/libs/identity/src/index.ts',
    '^@puente/notifications$': '<rootDir>/libs/notifications/src/index.ts',
    '^@puente/catalog$': '<rootDir>/libs/catalog/src/index.ts',
    '^@puente/moderation$': '<rootDir>/libs/moderation/src/index.ts',
    '^@puente/suppliers$': '<rootDir>/libs/suppliers/src/index.ts',
    '^@puente/sourcing$': '<rootDir>/libs/sourcing/src/index.ts',
    '^@puente/search$': '<rootDir>/libs/search/src/index.ts',
    // The engine contract suite, for the specs that run it against each engine (tests only).
    '^@puente/search/testing$': '<rootDir>/libs/search/src/testing/index.ts',
    '^@puente/schema$': '<rootDir>/libs/schema/src/index.ts',
  },
  globalSetup: '<rootDir>/libs/testing/src/lib/jest/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/lib/jest/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  testTimeout: 30_000,
  maxWorkers: 2,
};
