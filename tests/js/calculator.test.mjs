// The JS shim's contract: inputs it takes, errors it gives, and that no input
// can break, leak from or entangle an instance.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Calculator, createCalculator, SvcalcError } from '../../js/src/index.js';
import { examplesDir, root } from './support/paths.mjs';

const exampleText = readFileSync(join(examplesDir, 'small-vs-large.json'), 'utf8');
const example = JSON.parse(exampleText);
const wasmPath = join(root, 'js/dist/svcalc.wasm');

test('object, JSON text and UTF-8 bytes give the same result', async () => {
  const calc = await createCalculator();
  const fromText = calc.evaluateJson(exampleText).json;
  assert.equal(calc.evaluateJson(new TextEncoder().encode(exampleText)).json, fromText);
  assert.deepEqual(calc.evaluate(example), JSON.parse(fromText));
  assert.equal(calc.evaluate(example).svcalc, 1);
  assert.ok(calc.evaluate(example).bids.length > 1);
});

test('the wasm can come as a URL, bytes or a compiled module', async () => {
  const bytes = readFileSync(wasmPath);
  const expected = (await createCalculator()).evaluateJson(example).json;
  for (const wasm of [new URL(`file://${wasmPath}`), bytes, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length), await WebAssembly.compile(bytes)]) {
    assert.equal((await createCalculator({ wasm })).evaluateJson(example).json, expected);
  }
});

test('a wasm that cannot load rejects with a clear error instead of hanging', async () => {
  await assert.rejects(createCalculator({ wasm: new Uint8Array([0, 1, 2, 3]) }), WebAssembly.CompileError);
  await assert.rejects(createCalculator({ wasm: 42 }), /options.wasm must be/);
  await assert.rejects(createCalculator({ wasm: '/no/such/svcalc.wasm' }), /ENOENT/);
  await assert.rejects(createCalculator('fast'), /takes an options object/);
});

test('version is the engine version', async () => {
  const calc = await createCalculator();
  assert.match(calc.version, /^\d+\.\d+\.\d+$/);
  assert.equal(calc.evaluate(example).engine, `svcalc ${calc.version}`);
});

test('bad input throws SvcalcError with the spec error list, and validate returns it', async () => {
  const calc = await createCalculator();
  const bad = structuredClone(example);
  bad.bids[0].commitments[0].quantity = -2;
  bad.bids[1].id = bad.bids[0].id;
  const error = captured(() => calc.evaluate(bad));
  assert.ok(error instanceof SvcalcError);
  assert.equal(error.name, 'SvcalcError');
  assert.deepEqual(error.errors.map((e) => [e.code, e.path]), [
    ['out-of-range', '/bids/0/commitments/0/quantity'],
    ['duplicate-id', '/bids/1/id'],
  ]);
  for (const e of error.errors) assert.equal(typeof e.message, 'string');
  assert.deepEqual(calc.validate(bad), error.errors);
  assert.deepEqual(calc.validate(example), []);
  assert.equal(calc.validateJson(example).json, '{"svcalc":1,"errors":[]}');
});

function captured(fn) {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

test('no input leaves the instance unusable', async () => {
  const calc = await createCalculator();
  const good = calc.evaluateJson(example).json;
  const hostile = [
    '',
    '{',
    'null',
    '[]',
    '{"svcalc":2}',
    '[' .repeat(10_000) + ']'.repeat(10_000),
    '{"a":' + '1'.repeat(400) + 'e999}',
    new Uint8Array([0xff, 0xfe, 0x7b]),
    '"\\ud800"',
    ' '.repeat(32 * 1024 * 1024 + 10),
  ];
  for (const input of hostile) {
    const { ok, json } = calc.evaluateJson(input);
    assert.equal(ok, false);
    assert.ok(JSON.parse(json).errors.length > 0);
    assert.equal(calc.evaluateJson(example).json, good, 'the next evaluation must be unaffected');
  }
  assert.equal(JSON.parse(calc.evaluateJson(' '.repeat(32 * 1024 * 1024 + 10)).json).errors[0].code, 'limit');
  assert.equal(JSON.parse(calc.evaluateJson('['.repeat(10_000)).json).errors[0].code, 'limit');
});

test('misuse gets clear errors', async () => {
  const calc = await createCalculator();
  for (const wrong of [undefined, null, 42, true]) {
    assert.throws(() => calc.evaluate(wrong), { name: 'TypeError', message: /takes a tender object/ });
  }
  assert.throws(() => new Calculator(), /use `await createCalculator\(\)`/);
  calc.dispose();
  assert.throws(() => calc.evaluate(example), /disposed/);
  assert.throws(() => calc.version, /disposed/);
  // The typical "forgot to await" mistake fails loudly, not silently.
  const pending = createCalculator();
  assert.equal(typeof pending.evaluate, 'undefined');
  await pending;
});

test('two instances stay independent', async () => {
  const [a, b] = await Promise.all([createCalculator(), createCalculator()]);
  const expected = a.evaluateJson(example).json;
  a.evaluateJson('{"svcalc":1}');
  assert.equal(b.evaluateJson(example).json, expected);
  a.dispose();
  assert.equal(b.evaluateJson(example).json, expected);
});

test('10,000 evaluations in a row leave the heap flat', async () => {
  const calc = await createCalculator();
  const bytes = new TextEncoder().encode(exampleText);
  const bad = '{"svcalc":1,"bids":[{"id":1}]}';
  for (let i = 0; i < 100; i++) calc.evaluateJson(bytes); // let the allocator settle
  const before = calc.heapUsed;
  for (let i = 0; i < 10_000; i++) {
    calc.evaluateJson(i % 10 === 0 ? bad : bytes);
  }
  assert.equal(calc.heapUsed, before);
});

test('non-ASCII text comes back whole wherever it falls in the output, a U+FEFF included', async () => {
  // The output is decoded in stretches that start on 8-byte boundaries: pad
  // the name so that its first character lands on each offset in turn.
  const calc = await createCalculator();
  for (let pad = 0; pad < 16; pad++) {
    const name = `${'x'.repeat(pad)}\uFEFFCwmni Cymunedol Ŵy 🌱\uFEFF`;
    const tender = structuredClone(example);
    tender.bids[0].supplier = { ...tender.bids[0].supplier, name };
    const result = calc.evaluate(tender);
    assert.equal(result.bids.find((b) => b.id === tender.bids[0].id).supplier.name, name, `padding ${pad}`);
    assert.equal(calc.evaluateJson(tender).json, JSON.stringify(result));
  }
});
