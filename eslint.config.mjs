import nx from '@nx/eslint-plugin';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/node_modules', '**/.nx', '**/.puente', '**/tmp', '**/api/generated'] },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:schema', 'type:context', 'type:platform', 'type:testing'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:testing', 'type:platform', 'type:context'] },
            // The web app talks to the API over HTTP only; its tests may read the API's error registry.
            { sourceTag: 'type:web', onlyDependOnLibsWithTags: ['type:platform', 'type:context'] },
            { sourceTag: 'type:schema', onlyDependOnLibsWithTags: ['type:context', 'type:platform'] },
            { sourceTag: 'type:context', onlyDependOnLibsWithTags: ['type:context', 'type:platform'] },
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:schema', 'type:platform', 'type:context'] },
          ],
        },
      ],
    },
  },
  {
    // Test helpers may only be used by tests, never shipped in an app or a context.
    files: ['**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/test/**', 'libs/testing/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: '@puente/testing', message: 'Only tests may import @puente/testing.' }] }],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
];
