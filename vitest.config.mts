import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = {
  '@': path.resolve(import.meta.dirname),
  // `server-only` throws outside React Server Components; tests run the server code directly.
  'server-only': path.resolve(import.meta.dirname, 'test/empty.ts'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: [
            'lib/**/*.test.ts',
            'components/**/*.test.ts',
            'db/**/*.test.ts',
            'styles/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          exclude: ['**/*.db.test.ts'],
          environment: 'node',
          setupFiles: ['test/clock.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'db',
          include: ['**/*.db.test.ts'],
          exclude: ['node_modules/**'],
          environment: 'node',
          setupFiles: ['test/clock.ts', 'test/db-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One PostgreSQL database is shared: files take turns. PGlite files are independent.
          fileParallelism: process.env.DB_TEST_TARGET !== 'postgres',
        },
      },
    ],
  },
});
