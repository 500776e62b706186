import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Feature code reaches the database only through tenantDb(ctx) (lib/db) or a system-*.ts module.
const rawClientImports = {
  patterns: [
    {
      group: [
        '**/db/client',
        '@/lib/db/client',
        '**/db/generated/**',
        '@/lib/db/generated/**',
        '@prisma/client',
        '@prisma/client/*',
      ],
      message: 'Use tenantDb(ctx) from lib/db/tenant-db, or put platform-level queries in a system-*.ts file.',
    },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['lib/db/**', '**/system-*.ts', 'scripts/**', 'prisma/**', 'worker/**'],
    rules: { 'no-restricted-imports': ['error', rawClientImports] },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  globalIgnores([
    '.next/**',
    'node_modules/**',
    'lib/db/generated/**',
    '.data/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    'screenshots/**',
  ]),
]);
