import { defineConfig } from 'prisma/config';

// The Prisma CLI is used only for `prisma generate` here; migrations run through
// lib/db/migrate.ts (see docs/decisions.md).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
