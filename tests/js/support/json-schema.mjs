// JSON Schema validation for the tests, with ajv run in a child process: see
// ajv-child.mjs for why.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from './paths.mjs';

export const schemasDir = join(root, 'plugin-manifest/schemas');

/** The `$id` of each document schema, by document name. */
export const schemaIds = {
  tender: 'urn:svcalc:schema:tender:1',
  framework: 'urn:svcalc:schema:framework:1',
  bid: 'urn:svcalc:schema:bid:1',
  result: 'urn:svcalc:schema:result:1',
  error: 'urn:svcalc:schema:error:1',
};

/** Every schema file of plugin-manifest/schemas/. */
export const documentSchemaFiles = readdirSync(schemasDir)
  .filter((name) => name.endsWith('.schema.json'))
  .sort()
  .map((name) => join(schemasDir, name));

const child = fileURLToPath(new URL('ajv-child.mjs', import.meta.url));

/**
 * Validates each `{ schema, data }` (schema: an `$id`, or a path in `schemas`)
 * and returns `{ valid, errors }` per item, errors as ajv gives them
 * (`instancePath`, `keyword`, `params`, `message`).
 */
export function validateDocuments(items, schemas = documentSchemaFiles) {
  const run = spawnSync(process.execPath, [child], {
    input: JSON.stringify({ schemas, items }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`ajv failed (exit ${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout);
}
