/**
 * One Jest run for the whole repository: server-side code in Node, the web app in jsdom.
 * TypeScript is transformed by SWC (no type-checking here; `pnpm typecheck` does that).
 */
const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

// ESM-only packages that Jest must transform to CommonJS.
const esmPackages = ['@prisma/schema-engine-wasm'].join('|');

const shared = {
  transform: { '^.+\\.(t|j|mj)sx?$': swcTransform },
  transformIgnorePatterns: [`node_modules/(?!(\\.pnpm/[^/]+/node_modules/)?(${esmPackages})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
};

module.exports = {
  // Integration tests create, migrate and seed a real database; on two cores that takes seconds.
  testTimeout: 60_000,
  projects: [
    {
      ...shared,
      displayName: 'server',
      testEnvironment: 'node',
      roots: ['<rootDir>/apps/api', '<rootDir>/prisma', '<rootDir>/packages/types'],
      testMatch: ['**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'web',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/apps/web/src'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/apps/web/src/test/setup-tests.ts'],
    },
  ],
};
