// esbuild does not emit `design:paramtypes`, which NestJS dependency injection reads.
// This plugin compiles each TypeScript file with SWC (which does) before esbuild bundles it.
const { readFile } = require('node:fs/promises');
const { transform } = require('@swc/core');

/** @type {import('esbuild').Plugin} */
module.exports.decoratorMetadataPlugin = {
  name: 'decorator-metadata',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const { code } = await transform(source, {
        filename: path,
        sourceMaps: 'inline',
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'es6' },
      });
      return { contents: code, loader: "js" };
    });
  },
};
