// ESLint flat config: TypeScript, React hooks, accessibility, and import boundaries between layers.
import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import tseslint from 'typescript-eslint';

const FEATURES = [
  'access-log',
  'attendance',
  'admin',
  'auth',
  'cases',
  'citizens',
  'courses',
  'referrals',
  'scheduling',
  'sites',
  'standard',
  'teams',
  'templates',
  'worklist',
  'calendar',
];

// What each feature may use from other features: only their api/ folder (data access), never
// their components. Anything not listed here is forbidden.
const ALLOWED_FEATURE_DEPS = {
  'access-log': [],
  admin: ['auth/api', 'sites/api'],
  // Quick registration picks the therapist and shows attendance in the course page's words.
  attendance: ['auth/api', 'cases/api', 'courses/labels.ts'],
  auth: [],
  // The case page leads with the citizen's phone, address and GP.
  cases: ['sites/api', 'citizens/api'],
  // The citizen page lists the citizen's cases and letters in the case pages' own words.
  citizens: ['auth/api', 'cases/api', 'cases/labels.ts'],
  // The course page names the citizen, the therapists and the sites; booking needs rooms and helpers.
  // An afbud on the course page asks the same reason and reporter as quick registration.
  courses: ['attendance/api', 'attendance/components/CancellationForm.tsx', 'auth/api', 'cases/api', 'cases/labels.ts', 'citizens/api', 'scheduling/api', 'scheduling/labels.ts', 'sites/api', 'teams/api'],
  referrals: ['citizens/api', 'sites/api'],
  // "Min dag" registers the day's classes with quick registration's class block.
  scheduling: ['attendance/api', 'attendance/components/ClassRegistration.tsx', 'attendance/components/SessionRegistration.tsx', 'auth/api', 'cases/api', 'cases/labels.ts', 'sites/api'],
  sites: [],
  standard: [],
  templates: [],
  // A team names its site, room and therapists.
  // The team page registers an occurrence's attendance with quick registration's class block.
  teams: ['attendance/api', 'attendance/components/ClassRegistration.tsx', 'auth/api', 'cases/api', 'sites/api', 'scheduling/api'],
  // The calendars show the staff's appointments and the teams' occurrences.
  calendar: ['auth/api', 'cases/api', 'sites/api', 'scheduling/api', 'teams/api'],
  // The worklist assigns cases to the therapists the case pages book.
  worklist: ['attendance/api', 'auth/api', 'sites/api', 'cases/api'],
};

const featureZones = FEATURES.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`, ...ALLOWED_FEATURE_DEPS[feature].map((dep) => `./${dep}`)],
  message: `A feature may import another feature only through the api/ folders listed in eslint.config.js.`,
}));

// Inside the cases feature: one folder per step or area of the case page. The page composes the
// steps; a step may use another step's parts (the decision uses the course fields) and the shared
// step-form machinery, never the page; the shared folder uses no step.
const CASE_COMPONENTS = './src/features/cases/components';
// Every folder beside the page and the shared one is a step or an area (read from the disk, so that
// a new folder is guarded without being listed here).
const CASE_STEPS = readdirSync(join(import.meta.dirname, CASE_COMPONENTS), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !['page', 'shared'].includes(entry.name))
  .map((entry) => entry.name);
const caseZones = [
  {
    target: `${CASE_COMPONENTS}/shared`,
    from: CASE_COMPONENTS,
    except: ['./shared'],
    message: 'The shared step-form machinery of a case must not depend on a step or the page.',
  },
  {
    target: [...CASE_STEPS.map((step) => `${CASE_COMPONENTS}/${step}`), './src/features/cases/labels.ts'],
    from: `${CASE_COMPONENTS}/page`,
    message: 'A step of a case must not depend on the case page; the page composes the steps.',
  },
];

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
            ...caseZones,
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
