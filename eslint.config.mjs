import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/** Next's recommended rules (with jsx-a11y), TypeScript rules, and the project's boundaries. */
const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      '.next-e2e/**',
      'node_modules/**',
      'data/**',
      'styles/vendor/**',
      'playwright-report/**',
      'test-results/**',
      'db/migrations/**',
      'next-env.d.ts',
    ],
  },
  {
    rules: {
      // Configuration is read once, in lib/env.ts.
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through lib/env.ts.' },
      ],
      'jsx-a11y/no-autofocus': 'error',
    },
  },
  {
    files: [
      'lib/env.ts',
      'lib/startup.ts',
      'instrumentation.ts',
      'proxy.ts',
      'next.config.js',
      'playwright.config.ts',
      'vitest.config.mts',
      'scripts/**',
      'test/**',
      'e2e/**',
      'app/[[]locale]/layout.tsx',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
  { files: ['next.config.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    // Only the data layer touches the database.
    files: ['app/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/db/client', '@/lib/db', 'drizzle-orm', 'drizzle-orm/*'],
              message: 'Use lib/<domain>/queries.ts or commands.ts.',
            },
          ],
        },
      ],
    },
  },
];

export default config;
