// One Jest run, three projects: unit specs beside the code, integration and e2e
// suites under test/. Integration and e2e share a per-run template database made by
// the global setup; each test file clones its own database from it.
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

const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)s$': swc },
  // NestJS 12, meilisearch, content-disposition, cookie (under Fastify) and file-type with its
  // tokenizers ship ESM only: compile them for Jest's CommonJS runtime. @fastify/cookie loads
  // cookie with import(), which Jest's runtime refuses; compiled, it becomes a require.
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|@fastify/cookie|meilisearch|content-disposition|cookie|file-type|strtok3|token-types|uint8array-extras|@tokenizer|@borewit)/)',
  ],
  moduleNameMapper: { '^@rongtong/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts' },
  setupFiles: ['<rootDir>/test/support/setup-env.ts'],
};

module.exports = {
  // Booting the app and the worker on a busy 2-core machine can take several seconds;
  // polls with their own deadlines decide what a test waits for, not this.
  testTimeout: 30_000,
  // Two workers on CI's 2-core machine (Jest's default there is one: cores - 1). Each test
  // file has its own database, queue prefix and ports, so files run side by side safely,
  // and one file's waits (a worker restarting, a Redis outage) overlap another's work.
  maxWorkers: 2,
  // A worker that has grown past this after a file is replaced (modules of e2e files stay
  // reachable through Nest and TypeORM globals), so memory stays flat across the run.
  workerIdleMemoryLimit: '1536MB',
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
    },
    {
      ...common,
      // Repositories against a real, migrated database: no HTTP, no Nest (test/medium/medium-db.ts).
      displayName: 'medium',
      testMatch: ['<rootDir>/test/medium/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
    },
  ],
};
