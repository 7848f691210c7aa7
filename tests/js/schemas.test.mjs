// The JSON Schemas of plugin-manifest/schemas/ against the engine: every valid
// document passes, and every invalid one fails at the fields the engine names,
// and nowhere else. Rules that no schema can state (unique ids, references,
// weight sums, JSON syntax, nesting depth) are listed below, and for those the
// test checks that the engine reports them instead. ajv runs in a child
// process (support/ajv-child.mjs says why).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createCalculator } from '../../js/src/index.js';
import { schemaIds, validateDocuments } from './support/json-schema.mjs';
import { examplesDir, fixturesDir, root } from './support/paths.mjs';

/**
 * The engine's rules that no JSON Schema can state, and why: each matches an
 * error by its code, and where the code also covers rules a schema can state,
 * by its path.
 */
const beyondSchema = [
  { code: 'parse-error', why: 'a schema validates parsed JSON; text that does not parse never reaches it' },
  { code: 'limit', path: /^$/, why: 'the size and nesting depth of the text are not properties of the parsed value' },
  { code: 'duplicate-id', why: 'uniqueItems compares whole items, not one field of each (ids, or the measure of a response)' },
  { code: 'unknown-reference', why: 'a schema cannot look a value up among keys or ids elsewhere in the document' },
  { code: 'weights-sum', why: 'a schema cannot add numbers up' },
  { code: 'out-of-range', path: /\/method\/price\/max$/, why: 'a schema cannot compare two values (price.min < price.max)' },
];
const whyBeyondSchema = (error) => beyondSchema.find((rule) => rule.code === error.code && (!rule.path || rule.path.test(error.path)))?.why;
const isBeyondSchema = (error) => whyBeyondSchema(error) !== undefined;
/** Keywords that only say a subschema failed: their own errors carry the field. */
const combinators = new Set(['if', 'oneOf', 'anyOf', 'allOf', 'not']);
const requiring = new Set(['required', 'dependentRequired']);

const unescapeToken = (token) => token.replace(/~1/g, '/').replace(/~0/g, '~');
const parentOf = (pointer) => pointer.slice(0, pointer.lastIndexOf('/'));
const lastToken = (pointer) => unescapeToken(pointer.slice(pointer.lastIndexOf('/') + 1));
const isWithin = (pointer, ancestor) => pointer === ancestor || pointer.startsWith(`${ancestor}/`);

/** Whether ajv's `schemaError` stands for the engine's `error`. */
function sameField(schemaError, error) {
  if (error.code === 'missing') {
    return requiring.has(schemaError.keyword) && schemaError.instancePath === parentOf(error.path) &&
      (schemaError.params.missingProperty ?? schemaError.params.property) === lastToken(error.path);
  }
  return schemaError.instancePath === error.path;
}

/**
 * What differs between the engine's errors and the schema's verdict: an engine
 * error (one a schema can express) with no schema error at its field, or a
 * schema error at a field the engine finds nothing wrong with.
 */
function disagreements(engineErrors, verdict) {
  const problems = [];
  for (const error of engineErrors.filter((e) => !isBeyondSchema(e))) {
    if (!verdict.errors.some((schemaError) => sameField(schemaError, error))) {
      problems.push(`engine ${error.code} at "${error.path}" (${error.message}): the schema finds nothing there`);
    }
  }
  for (const schemaError of verdict.errors) {
    const explained = combinators.has(schemaError.keyword)
      ? engineErrors.some((error) => isWithin(error.path, schemaError.instancePath))
      : engineErrors.some((error) => sameField(schemaError, error));
    if (!explained) {
      problems.push(`schema ${schemaError.keyword} at "${schemaError.instancePath}" (${schemaError.message}): the engine finds nothing there`);
    }
  }
  return problems;
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const fixtures = (suffix) => readdirSync(fixturesDir).filter((name) => name.endsWith(suffix)).sort();
const frameworksDir = join(root, 'frameworks');
const filesIn = (dir) => readdirSync(dir).filter((name) => name.endsWith('.json')).sort();

const validTenders = [
  ...fixtures('.tender.json').map((name) => ({ name, data: readJson(join(fixturesDir, name)) })),
  ...filesIn(examplesDir).map((name) => ({ name: `examples/tenders/${name}`, data: readJson(join(examplesDir, name)) })),
];
const validDocuments = [
  ...validTenders.map((d) => ({ ...d, schema: schemaIds.tender })),
  ...filesIn(frameworksDir).map((name) => ({ name: `frameworks/${name}`, schema: schemaIds.framework, data: readJson(join(frameworksDir, name)) })),
  ...validTenders.flatMap(({ name, data }) => data.bids.map((bid, i) => ({ name: `${name} bids[${i}]`, schema: schemaIds.bid, data: bid }))),
];
const engineDocuments = [
  ...fixtures('.result.json').map((name) => ({ name, schema: schemaIds.result })),
  ...fixtures('.errors.json').map((name) => ({ name, schema: schemaIds.error })),
].map((d) => ({ ...d, data: readJson(join(fixturesDir, d.name)) }));
const invalidFixtures = fixtures('.invalid.json').map((name) => {
  const text = readFileSync(join(fixturesDir, name), 'utf8');
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined; // not JSON: no schema can judge it
  }
  return { name, text, data, schema: schemaIds.tender };
});

// Rules the fixtures do not reach, each as one change to a valid tender. The
// schema and the engine must agree on each: both pass it, or both fail it at
// the same fields.
const baseTender = () => ({
  svcalc: 1,
  contractValue: 500000,
  framework: {
    id: 'schema-check',
    themes: [{ id: 'jobs', weight: 2 }, { id: 'env' }],
    measures: [
      { id: 'J1', theme: 'jobs', kind: 'quantitative', unit: 'FTE-year', proxy: 28000, deadweight: 0.2, maxYears: 3 },
      { id: 'JQ', theme: 'jobs', kind: 'qualitative', weight: 2 },
      { id: 'EQ', theme: 'env', kind: 'qualitative' },
    ],
    evidence: { audited: 1, claimed: 0.5 },
    defaultEvidence: 'claimed',
  },
  method: { weights: { price: 60, quality: 30, socialValue: 10 }, socialValue: { cap: 0.2 } },
  bids: [
    {
      id: 'a',
      price: 450000,
      quality: 60,
      commitments: [{ measure: 'J1', quantity: 2, years: 2, evidence: 'audited', note: 'two apprentices' }],
      responses: [{ measure: 'JQ', score: 60, rationale: 'a clear plan' }],
    },
    { id: 'b', quality: 70, responses: [{ measure: 'EQ', score: 80 }] },
  ],
});
const changes = {
  'no svcalc': (t) => delete t.svcalc,
  'svcalc "1"': (t) => (t.svcalc = '1'),
  'svcalc 1.5': (t) => (t.svcalc = 1.5),
  'no bids': (t) => delete t.bids,
  'no themes': (t) => (t.framework.themes = []),
  'no measures': (t) => (t.framework.measures = []),
  'an evidence table without defaultEvidence': (t) => delete t.framework.defaultEvidence,
  'an empty evidence table': (t) => (t.framework.evidence = {}),
  'a geography table without "local" and no defaultGeography': (t) => (t.framework.geography = { national: 1, international: 0.8 }),
  'a geography table without "local" but a defaultGeography': (t) => {
    t.framework.geography = { national: 1, international: 0.8 };
    t.framework.defaultGeography = 'national';
  },
  'an empty geography table': (t) => (t.framework.geography = {}),
  'a qualitative measure with broken quantitative fields (ignored)': (t) => Object.assign(t.framework.measures[1], { proxy: -1, maxYears: 0.5 }),
  'a quantitative measure with a broken weight (ignored)': (t) => (t.framework.measures[0].weight = 'heavy'),
  'a unit that is not a string': (t) => (t.framework.measures[2].unit = 3),
  'pqp without weights': (t) => {
    t.method.model = 'pqp';
    delete t.method.weights;
  },
  'pqp with quality and social value weights only': (t) => {
    t.method.model = 'pqp';
    t.method.weights = { quality: 70, socialValue: 30 };
  },
  'log price scoring without a base': (t) => (t.method.price = { scoring: 'log' }),
  'range price scoring without min or max': (t) => (t.method.price = { scoring: 'range' }),
  'range price scoring with min above max': (t) => (t.method.price = { scoring: 'range', min: 10, max: 5 }),
  'relative price scoring with a broken base (ignored)': (t) => (t.method.price = { scoring: 'relative', base: 'x' }),
  'discount "none"': (t) => (t.method.discount = 'none'),
  'discount true': (t) => (t.method.discount = true),
  'discount 0.05': (t) => (t.method.discount = 0.05),
  'tieMargin "1"': (t) => (t.method.tieMargin = '1'),
  'a weight that is a string': (t) => (t.method.weights.price = '60'),
  'no contractValue, and a bid without a price': (t) => delete t.contractValue,
  'years 1001': (t) => (t.bids[0].commitments[0].years = 1001),
  'years 2.0 (an integer)': (t) => (t.bids[0].commitments[0].years = 2.0),
  'a note that is a number': (t) => (t.bids[0].commitments[0].note = 5),
  'responses that are not an array': (t) => (t.bids[0].responses = {}),
  'a response without a score': (t) => delete t.bids[0].responses[0].score,
  'a rationale that is a number': (t) => (t.bids[0].responses[0].rationale = 3),
  'host keys under x-': (t) => Object.assign(t, { 'x-portal': { ref: 'T-1' } }),
};
const changed = Object.entries(changes).map(([name, change]) => {
  const data = baseTender();
  change(data);
  return { name, data, schema: schemaIds.tender };
});

// What a buyer publishes for suppliers, and what bid mode reads: a tender without bids.
const frameworkOnly = { svcalc: 1, framework: readJson(join(frameworksDir, 'ppn-06-20.json')), method: { weights: { price: 60, quality: 30, socialValue: 10 } } };
const frameworkDocument = { schema: `${schemaIds.tender}#/$defs/frameworkDocument`, data: frameworkOnly };
const frameworkDocumentAsTender = { schema: schemaIds.tender, data: frameworkOnly };

const robustness = readJson(join(fixturesDir, 'robustness.result.json'));
const resultWithExtraKey = {
  name: 'a result with a key the engine does not write',
  schema: schemaIds.result,
  data: { ...robustness, bids: [{ ...robustness.bids[0], extra: 1 }, ...robustness.bids.slice(1)] },
};

let calculator;
/** ajv's verdict on each document, by document: one child process for the whole file. */
const verdicts = new Map();
before(async () => {
  calculator = await createCalculator();
  const all = [
    ...validDocuments,
    ...engineDocuments,
    ...invalidFixtures.filter((d) => d.data !== undefined),
    ...changed,
    resultWithExtraKey,
    frameworkDocument,
    frameworkDocumentAsTender,
  ];
  validateDocuments(all.map(({ schema, data }) => ({ schema, data }))).forEach((verdict, i) => verdicts.set(all[i], verdict));
});
after(() => calculator.dispose());

test('every valid tender, example tender and framework validates, and so does each bid on its own', () => {
  assert.ok(validTenders.length >= 25 && validDocuments.length >= 80, `${validDocuments.length} documents`);
  for (const document of validDocuments) {
    assert.deepEqual(verdicts.get(document).errors, [], `${document.name} should validate`);
    assert.ok(verdicts.get(document).valid);
  }
});

test('every result fixture validates against result.schema.json, every error fixture against error.schema.json', () => {
  assert.ok(engineDocuments.length >= 35, `${engineDocuments.length} documents`);
  for (const document of engineDocuments) assert.deepEqual(verdicts.get(document).errors, [], document.name);
});

test('a framework-only document validates as one, and the engine scores it once it has bids', () => {
  assert.deepEqual(verdicts.get(frameworkDocument).errors, []);
  assert.deepEqual(verdicts.get(frameworkDocumentAsTender).errors.map((e) => [e.instancePath, e.params.missingProperty]), [['', 'bids']]);
  assert.deepEqual(calculator.validate({ ...frameworkOnly, bids: [] }), []);
});

test('the result schema is closed: a key the engine does not write fails', () => {
  const verdict = verdicts.get(resultWithExtraKey);
  assert.equal(verdict.valid, false);
  assert.deepEqual(verdict.errors.map((e) => [e.instancePath, e.keyword]), [['/bids/0', 'additionalProperties']]);
});

for (const fixture of invalidFixtures) {
  test(`${fixture.name} fails against the schema exactly where the engine says`, () => {
    const engineErrors = calculator.validate(fixture.text);
    assert.deepEqual({ svcalc: 1, errors: engineErrors }, readJson(join(fixturesDir, fixture.name.replace('.invalid.json', '.errors.json'))));
    assert.ok(engineErrors.length > 0);
    if (fixture.data === undefined) {
      assert.deepEqual(engineErrors.map((e) => e.code), ['parse-error'], 'text that is not JSON is a parse error');
      return;
    }
    const verdict = verdicts.get(fixture);
    assert.deepEqual(disagreements(engineErrors, verdict), []);
    // Where every error is beyond a schema, the schema passes the document and
    // the engine alone catches it: each such rule is named, never an accident.
    if (engineErrors.every(isBeyondSchema)) {
      assert.ok(verdict.valid, 'the schema cannot see these errors, so it passes the document');
      for (const error of engineErrors) assert.ok(whyBeyondSchema(error), `${error.code}: say why no schema can express it`);
    } else {
      assert.equal(verdict.valid, false);
    }
  });
}

test('single changes to a valid tender: the schema and the engine agree on each', () => {
  assert.deepEqual(calculator.validate(baseTender()), [], 'the base tender is valid');
  let failing = 0;
  for (const { name, data } of changed) {
    const verdict = verdicts.get(changed.find((c) => c.name === name));
    const engineErrors = calculator.validate(data);
    assert.deepEqual(disagreements(engineErrors, verdict), [], name);
    assert.equal(verdict.valid, engineErrors.every(isBeyondSchema), `${name}: the schema passes it exactly when the engine finds nothing a schema can see`);
    if (engineErrors.length) failing += 1;
  }
  assert.ok(failing >= 25, `${failing} of the changes break the tender`);
});

test('every schema has an id that needs no network, and documents what it leaves to the engine', () => {
  for (const [name, id] of Object.entries(schemaIds)) {
    const schema = readJson(join(root, `plugin-manifest/schemas/${name}.schema.json`));
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.$id, id);
    assert.match(schema.$id, /^urn:svcalc:schema:[a-z]+:1$/);
    if (['tender', 'framework', 'bid'].includes(name)) assert.match(schema.$comment, /engine checks/);
  }
});
