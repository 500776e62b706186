// Plain JS so Jest can load it without ts-node. Two projects: `unit` needs nothing;
// `integration` (*.int.test.ts) needs DATABASE_URL (scripts/with-database.ts provides one)
// and gets a template database migrated once (lib/test/global-setup.ts).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- Jest loads this file as CommonJS
const nextJest = require('next/jest');

const createJestConfig = nextJest({ dir: __dirname });

const common = {
  testEnvironment: 'node',
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  testPathIgnorePatterns: ['/node_modules/', '/e2e/', '/.next/', '/.data/'],
  setupFiles: ['<rootDir>/lib/test/setup-env.ts'],
};

module.exports = async () => ({
  projects: [
    await createJestConfig({
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/**/*.test.ts?(x)'],
      testPathIgnorePatterns: [...common.testPathIgnorePatterns, '\\.int\\.test\\.ts$'],
    })(),
    await createJestConfig({
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/**/*.int.test.ts'],
      globalSetup: '<rootDir>/lib/test/global-setup.ts',
    })(),
  ],
});
