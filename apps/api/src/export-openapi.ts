import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildOpenApiDocument } from './app/openapi-document';

/** Writes the OpenAPI document the web app's typed client is generated from. */
async function exportOpenApi(): Promise<void> {
  const target = resolve(process.argv[2] ?? 'tmp/openapi.json');
  const document = await buildOpenApiDocument();
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
}

exportOpenApi().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`export-openapi failed: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
