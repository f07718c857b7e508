/**
 * One Jest run for the whole repository: server-side code in Node, the web app in jsdom.
 * TypeScript is transformed by SWC (no type-checking here; `pnpm typecheck` does that).
 *
 * Jest runs with --experimental-vm-modules (see the test script): PGlite loads parts of
 * itself with import(), and the web app's dependencies (react-router) are ES modules only.
 * Server tests are compiled to CommonJS, web tests run as native ES modules.
 */
const swcTransform = (moduleType) => [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: moduleType },
  },
];

module.exports = {
  // Integration tests create, migrate and seed a real database: with the demo data that is most of
  // a minute on two busy cores (report-access's setup took 64 s with its tests on a quiet machine).
  testTimeout: 120_000,
  // A worker per core. Jest's default leaves one core to itself, which on CI's two cores halves
  // the run: the tests are the work here (an embedded database is one thread per test file), and
  // Jest's own process mostly waits for its workers.
  maxWorkers: '100%',
  projects: [
    {
      displayName: 'server',
      testEnvironment: 'node',
      roots: ['<rootDir>/apps/api', '<rootDir>/prisma', '<rootDir>/packages/types'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.(t|j|mj)sx?$': swcTransform('commonjs') },
      // ES-module-only dependencies (the schema engine's bindings, the OpenID Connect client,
      // the Markdown lexer of the report export)
      // are compiled to CommonJS too.
      transformIgnorePatterns: [
        `node_modules/(?!(\\.pnpm/[^/]+/node_modules/)?(${['@prisma/schema-engine-wasm', 'openid-client', 'oauth4webapi', 'jose', 'marked'].join('|')})/)`,
      ],
    },
    {
      displayName: 'web',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/apps/web/src'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      transform: { '^.+\\.tsx?$': swcTransform('es6') },
      extensionsToTreatAsEsm: ['.ts', '.tsx'],
      setupFiles: ['<rootDir>/apps/web/src/test/jsdom-gaps.ts'],
      setupFilesAfterEnv: ['<rootDir>/apps/web/src/test/setup-tests.ts'],
    },
  ],
};
