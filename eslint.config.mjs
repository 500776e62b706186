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

const apiClientOnly =
  'Call the API with apiFetch from components/api/api-client (one problem handling for every page).';

// Behaviour never depends on class or function names: the production build minifies them (an
// Auth.js refusal class InvalidCredentials became `c`). Use instanceof, an error `code`, or Auth.js's `type`.
const NAME_MESSAGE = 'Class and function names are minified in production builds: check instanceof, a code or a type.';
const nameBasedBehaviour = [
  { selector: "MemberExpression[property.name='name'][object.property.name='constructor']", message: NAME_MESSAGE },
  {
    selector: "MemberExpression[property.name='name'][object.name=/^(e|err|error|exception|reason|cause)$/]",
    message: NAME_MESSAGE,
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['lib/db/**', '**/system-*.ts', 'scripts/**', 'prisma/**', 'worker/**'],
    rules: { 'no-restricted-imports': ['error', rawClientImports] },
  },
  // Pages and components call the API only through components/api/api-client.ts: one place that
  // reads problem+json, reports network failures and sends an ended session to sign-in.
  {
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    ignores: ['components/api/api-client.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: apiClientOnly }],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'fetch', message: apiClientOnly },
        { object: 'globalThis', property: 'fetch', message: apiClientOnly },
        { object: 'self', property: 'fetch', message: apiClientOnly },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...nameBasedBehaviour],
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
