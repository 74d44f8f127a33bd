import { defineConfig } from 'drizzle-kit';

// Migrations are generated from db/schema and committed; both PGlite and PostgreSQL apply them.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
