import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const DB_ONLY_IN_LIB = [
  {
    group: ['@/db/client', '@/lib/db', 'drizzle-orm', 'drizzle-orm/*'],
    message: 'Use lib/<domain>/queries.ts or commands.ts.',
  },
];
const OPERATOR_MESSAGE =
  'Operator functions (CLI, start-up) do not check who asks: use the admin* function, which does.';
const OPERATOR_ONLY = [
  {
    name: '@/lib/auth/users',
    importNames: ['createStaffUser', 'disableStaffUser', 'ensureBootstrapAdmin', 'listStaffUsers'],
    allowTypeImports: true,
    message: OPERATOR_MESSAGE,
  },
  {
    name: '@/lib/open311/api-keys',
    importNames: ['createApiKey', 'listApiKeys', 'revokeApiKey'],
    allowTypeImports: true,
    message: OPERATOR_MESSAGE,
  },
];

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
    // Numbers, dates and times are formatted in the route locale's formatting locale
    // (lib/i18n/format-locale.ts: es → es-US). next-intl gets it only when asked with an explicit
    // locale (lib/i18n/request.ts); our own Intl calls through formatLocale().
    files: ['app/**', 'components/**', 'lib/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.name=/^(getFormatter|getTranslations)$/]:not(:has(Property[key.name='locale']))",
          message:
            'Pass { locale }: next-intl then formats in the formatting locale (lib/i18n/request.ts).',
        },
        {
          selector:
            "NewExpression[callee.object.name='Intl'][callee.property.name=/^(NumberFormat|DateTimeFormat|RelativeTimeFormat|ListFormat|DisplayNames)$/] > :matches(Identifier, MemberExpression).arguments:first-child",
          message:
            'Format in formatLocale(locale) (lib/i18n/format-locale.ts), not the route locale.',
        },
      ],
    },
  },
  {
    // Only the data layer touches the database; and pages, actions and routes reach staff
    // accounts and API keys only through the functions that check the actor (admin*): the
    // operator ones beside them (CLI, start-up) skip authorization by design.
    files: ['app/**', 'components/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: DB_ONLY_IN_LIB, paths: OPERATOR_ONLY }],
    },
  },
  {
    // Test hooks (404 outside test builds) make staff accounts as the CLI does.
    files: ['app/api/test-hooks/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: DB_ONLY_IN_LIB }] },
  },
];

export default config;
