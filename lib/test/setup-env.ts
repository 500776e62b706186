// Test-only defaults so lib/env.ts validates; DATABASE_URL comes from scripts/with-database.ts.
process.env.AUTH_SECRET ??= 'test-secret-that-is-long-enough-for-auth-js-0123456789';
process.env.DATABASE_URL ??= 'postgresql://unset:unset@127.0.0.1:1/unset';
