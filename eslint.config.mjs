import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

/**
 * Module boundaries on three axes. Scope: web never imports api, and both may use shared.
 * Type: apps sit on top; features use features, data-access, ui and util; ui and util stay leaves.
 * Layer (the API's domains): a domain imports only the layers below it, so dependencies point one way:
 *   core ← people, ledger ← auth, graph ← engagement, lineage, credit, review, scoring ← ideas, moderation
 *   ← campaigns, insights, notifications, webhooks, live ← mail ← demo (delivery: core only)
 */
const layers = {
  'layer:core': [],
  'layer:testing': [],
  'layer:people': ['layer:core'],
  'layer:ledger': ['layer:core'],
  'layer:auth': ['layer:core', 'layer:people'],
  'layer:graph': ['layer:core', 'layer:people'],
  'layer:engagement': ['layer:core', 'layer:people', 'layer:graph'],
  'layer:ideas': ['layer:core', 'layer:people', 'layer:graph', 'layer:scoring'],
  'layer:lineage': ['layer:core', 'layer:people', 'layer:graph'],
  'layer:credit': ['layer:core', 'layer:people', 'layer:graph'],
  'layer:review': ['layer:core', 'layer:people', 'layer:graph'],
  'layer:scoring': ['layer:core', 'layer:people', 'layer:graph'],
  'layer:moderation': ['layer:core', 'layer:people', 'layer:graph', 'layer:engagement'],
  'layer:campaigns': ['layer:core', 'layer:people', 'layer:graph', 'layer:credit', 'layer:ideas', 'layer:review', 'layer:scoring'],
  'layer:insights': ['layer:core', 'layer:people', 'layer:graph', 'layer:review'],
  'layer:delivery': ['layer:core'],
  'layer:notifications': [
    'layer:core', 'layer:people', 'layer:graph', 'layer:engagement', 'layer:credit', 'layer:review', 'layer:scoring', 'layer:moderation', 'layer:ideas',
  ],
  'layer:mail': ['layer:core', 'layer:people', 'layer:graph', 'layer:moderation', 'layer:notifications'],
  'layer:webhooks': ['layer:core', 'layer:people', 'layer:graph', 'layer:engagement', 'layer:credit', 'layer:review', 'layer:moderation', 'layer:ideas'],
  'layer:live': ['layer:core', 'layer:people', 'layer:graph', 'layer:engagement', 'layer:moderation', 'layer:ideas', 'layer:review'],
  'layer:demo': [
    'layer:core', 'layer:people', 'layer:graph', 'layer:engagement', 'layer:review', 'layer:scoring', 'layer:moderation', 'layer:campaigns',
    'layer:notifications', 'layer:mail', 'layer:webhooks',
  ],
};

const depConstraints = [
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util'] },
  { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'] },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  ...Object.entries(layers).map(([sourceTag, below]) => ({ sourceTag, onlyDependOnLibsWithTags: [...below, 'scope:shared'] })),
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'dist/**', 'coverage/**', '.nx/**', '**/.data/**', 'tmp/**', '**/generated/**', 'apps/web-e2e/output/**'] },
  ...tseslint.configs.recommended,
  {
    // Project code only: tool configs (jest.config.js …) may reach the shared presets by path.
    files: ['{apps,libs}/**/src/**/*.{ts,tsx}', 'apps/*/test/**/*.ts', 'bench/**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': ['error', { enforceBuildableLibDependency: false, allow: [], depConstraints }],
    },
  },
  {
    // Markdown and HTML reach the DOM in one place, the Markdown component, through the one sanitiser in markdown.ts.
    files: ['libs/web/**/src/**/*.{ts,tsx}', 'apps/web/src/**/*.{ts,tsx}'],
    ignores: ['**/*.spec.{ts,tsx}', 'libs/web/util/src/markdown.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['dompurify', 'marked'].map((name) => ({ name, message: 'Render markdown with renderMarkdown / <Markdown> (one sanitiser configuration).' })) },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Use <Markdown>: its HTML is sanitised.' },
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Use <Markdown>: its HTML is sanitised.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Use <Markdown>: its HTML is sanitised.' },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-console': 'off',
    },
  },
);
