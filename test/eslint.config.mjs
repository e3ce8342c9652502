import base from '../eslint.config.mjs';

export default [
  ...base,
  // Everything here is a test or a benchmark: the test kit is theirs to use.
  { files: ['**/*.ts'], rules: { 'no-restricted-imports': 'off' } },
];
