// Validates documents with ajv, in a process of its own. Why: ajv compiles each
// schema to a function with `new Function`, and the test command runs node with
// --disallow-code-generation-from-strings (it stands in for a portal's CSP). So
// the tests stay under the flag and only this process, started without it by
// json-schema.mjs, runs ajv. Reads `{ schemas: [path…], items: [{ schema, data }] }`
// on stdin, where `schema` is a path among `schemas` or an `$id` (with a
// fragment for a part of a schema), and writes
// one `{ valid, errors }` per item on stdout.
import { readFileSync } from 'node:fs';
import Ajv07 from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';

const { schemas, items } = JSON.parse(readFileSync(0, 'utf8'));
// ajv's strict mode rejects keywords it does not know (a typo in a schema),
// and the logger makes any strict-mode warning an error. strictTypes is off:
// it asks every subschema of an if/then to repeat the `type` its parent
// already fixes, which standard JSON Schema does not need.
const logger = { log() {}, warn: (message) => { throw new Error(`ajv: ${message}`); }, error: (message) => { throw new Error(`ajv: ${message}`); } };
const options = { allErrors: true, strictTypes: false, logger };
const draft2020 = new Ajv2020(options);
const draft07 = new Ajv07(options);
const byKey = new Map();

for (const path of schemas) {
  const schema = JSON.parse(readFileSync(path, 'utf8'));
  const ajv = /draft-07/.test(schema.$schema ?? '') ? draft07 : draft2020;
  ajv.addSchema(schema, schema.$id ?? path);
  byKey.set(path, { ajv, key: schema.$id ?? path });
  if (schema.$id) byKey.set(schema.$id, { ajv, key: schema.$id });
}

/** The validator for a path, an `$id`, or an `$id` with a JSON Pointer fragment. */
function validatorFor(schema) {
  const found = byKey.get(schema);
  const validate = found ? found.ajv.getSchema(found.key) : draft2020.getSchema(schema);
  if (!validate) throw new Error(`no schema ${schema}`);
  return validate;
}

const results = items.map(({ schema, data }) => {
  const validate = validatorFor(schema);
  const valid = validate(data);
  const errors = (validate.errors ?? []).map(({ instancePath, keyword, params, message, schemaPath }) => ({
    instancePath,
    keyword,
    params,
    message,
    schemaPath,
  }));
  return { valid, errors };
});
process.stdout.write(JSON.stringify(results));
