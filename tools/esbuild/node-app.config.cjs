const { decoratorMetadataPlugin } = require('./decorator-metadata.plugin.cjs');

/** Shared by every Node app's @nx/esbuild build. */
module.exports = {
  plugins: [decoratorMetadataPlugin],
  keepNames: true,
};
