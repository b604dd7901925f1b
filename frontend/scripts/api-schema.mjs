#!/usr/bin/env node
// Generates src/api/schema.d.ts from the backend's ../openapi.yaml (repo root) with openapi-typescript.
//   node scripts/api-schema.mjs          write the file
//   node scripts/api-schema.mjs --check  exit 1 if the committed file differs from a fresh generation
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const spec = new URL('../../openapi.yaml', import.meta.url);
const target = new URL('../src/api/schema.d.ts', import.meta.url);
const check = process.argv.includes('--check');

const HEADER =
  '// Generated from openapi.yaml by `npm run gen:api` (openapi-typescript). Do not edit by hand.\n\n';

let generated;
try {
  generated = HEADER + astToString(await openapiTS(spec));
} catch (error) {
  console.error(`Could not generate the API types from ${fileURLToPath(spec)}:`);
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}

if (!check) {
  await writeFile(target, generated);
  console.log(`Wrote ${fileURLToPath(target)}`);
  process.exit(0);
}

const committed = await readFile(target, 'utf8').catch(() => '');
if (committed !== generated) {
  console.error('src/api/schema.d.ts is stale: openapi.yaml has changed. Run `npm run gen:api` in frontend/.');
  process.exit(1);
}
console.log('src/api/schema.d.ts matches openapi.yaml.');
