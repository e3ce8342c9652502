// `npm run test:meili`: the engine contract suite against a real Meilisearch at MEILI_URL. Kept out of
// `npm test` (its testMatch never matches *.meili-spec.ts): no Meilisearch server runs on the build machines.
const base = require('./jest.config.cjs');

module.exports = {
  ...base,
  testMatch: ['**/*.meili-spec.ts'],
  globalSetup: undefined,
  globalTeardown: undefined,
  maxWorkers: 1,
};
