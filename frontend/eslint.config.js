// ESLint flat config: TypeScript, React hooks, accessibility, and import boundaries between layers.
import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = [
  'access-log',
  'admin',
  'auth',
  'cases',
  'citizens',
  'referrals',
  'sites',
  'standard',
  'templates',
  'worklist',
];

// What each feature may use from other features: only their api/ folder (data access), never
// their components. Anything not listed here is forbidden.
const ALLOWED_FEATURE_DEPS = {
  'access-log': [],
  admin: ['auth/api', 'sites/api'],
  auth: [],
  cases: ['sites/api'],
  citizens: [],
  referrals: ['citizens/api', 'sites/api'],
  sites: [],
  standard: [],
  templates: [],
  worklist: ['auth/api', 'sites/api'],
};

const featureZones = FEATURES.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`, ...ALLOWED_FEATURE_DEPS[feature].map((dep) => `./${dep}`)],
  message: `A feature may import another feature only through the api/ folders listed in eslint.config.js.`,
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'src/api/schema.d.ts'] },
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: globals.browser,
    },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, import: importPlugin },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
      'import/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import/no-cycle': 'error',
      'import/no-duplicates': 'error',
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            ...featureZones,
            // Shared layers know nothing about features or the app shell.
            {
              target: ['./src/api', './src/lib', './src/components'],
              from: ['./src/features', './src/app'],
              message: 'Shared code must not depend on features or the app shell.',
            },
            {
              target: './src/features',
              from: './src/app',
              message: 'Features must not import the app shell.',
            },
          ],
        },
      ],
      // No inline style attributes: a strict Content-Security-Policy is planned.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='style']",
          message: 'Use a CSS class; inline styles break the planned strict CSP.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Do not inject HTML.',
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // End-to-end tests also hand functions to the browser (page.evaluate).
    files: ['e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
