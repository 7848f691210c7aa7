// Random valid tenders, seeded: the engine (wasm build) and the independent
// plain-JS reference must agree on every figure to 1e-9 and on every rank, tie,
// robustness entry and warning code. This found the lost ties of capped bids.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createCalculator } from '../../js/src/index.js';
import { firstMismatch, normalise } from './reference/compare.mjs';
import { evaluateReference } from './reference/evaluate.mjs';

/** mulberry32, so every run draws the same tenders. */
function generator(seed) {
  const next = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(next() * list.length)];
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const maybe = (p, value) => (next() < p ? value : undefined);
  return { next, pick, int, maybe };
}

function randomTender({ next, pick, int, maybe }) {
  const themes = Array.from({ length: int(1, 4) }, (_, i) => ({ id: `t${i}`, weight: maybe(0.5, pick([0.5, 1, 2, 3])) }));
  const measures = Array.from({ length: int(1, 6) }, (_, i) =>
    next() < 0.6
      ? {
          id: `m${i}`, theme: pick(themes).id, kind: 'quantitative', proxy: pick([0, 10, 25.5, 30000, 1234.5]),
          deadweight: maybe(0.5, pick([0, 0.1, 0.25])), displacement: maybe(0.3, 0.1), attribution: maybe(0.3, 0.2),
          leakage: maybe(0.3, 0.05), dropOff: maybe(0.5, pick([0, 0.1, 0.5, 1])), maxYears: maybe(0.5, int(1, 5)),
        }
      : { id: `m${i}`, theme: pick(themes).id, kind: 'qualitative', weight: maybe(0.5, pick([0.5, 1, 3])) },
  );
  const framework = { id: 'f', themes, measures };
  let areas = ['local', 'regional', 'national', 'international'];
  let levels = ['verified', 'evidenced', 'planned', 'aspirational'];
  if (next() < 0.3) {
    Object.assign(framework, { evidence: { hi: 1, mid: 0.6, lo: 0.2 }, defaultEvidence: 'mid' });
    levels = ['hi', 'mid', 'lo'];
  }
  if (next() < 0.4) {
    Object.assign(framework, { geography: { local: pick([1, 1.2]), national: pick([1, 0.8]), abroad: 0.5 }, defaultGeography: 'national' });
    areas = ['local', 'national', 'abroad'];
  }
  const method = { model: next() < 0.25 ? 'pqp' : 'weighted' };
  if (method.model === 'pqp') {
    const quality = pick([0, 40, 60, 100]);
    method.weights = { quality, socialValue: 100 - quality };
  } else if (next() < 0.7) {
    const price = pick([0, 30, 50, 60]);
    const quality = pick([0, 20, 30, 40].filter((q) => q + price <= 100));
    method.weights = { price, quality, socialValue: 100 - price - quality };
  }
  const scoring = pick(['relative', 'linear', 'log', 'range']);
  method.price = scoring === 'log' ? { scoring, base: pick([2, 10]) } : scoring === 'range' ? { scoring, min: 50000, max: 300000 } : { scoring };
  method.socialValue = {
    basis: maybe(0.8, pick(['absolute', 'proportional', 'target'])),
    quantitativeShare: maybe(0.6, pick([0, 0.25, 0.5, 1])),
    cap: maybe(0.5, pick([0.01, 0.05, 0.1])),
    target: maybe(0.4, pick([0.02, 0.1])),
  };
  method.discount = maybe(0.4, pick([0, 0.035, 0.1]));
  method.tieMargin = maybe(0.3, pick([0, 0.5, 2]));
  method.tieBreak = maybe(0.5, pick(['none', 'price', 'quality', 'socialValue']));
  const quantitative = measures.filter((m) => m.kind === 'quantitative');
  const qualitative = measures.filter((m) => m.kind === 'qualitative');
  const bids = Array.from({ length: int(0, 5) }, (_, i) => ({
    id: `b${i}`,
    price: maybe(0.9, pick([100000, 120000, 150000, 200000])),
    quality: maybe(0.8, pick([0, 50, 70, 70, 100])),
    commitments: quantitative.length && next() < 0.8
      ? Array.from({ length: int(0, 4) }, () => ({
          measure: pick(quantitative).id, quantity: pick([0, 1, 2.5, 100, 1000]), years: maybe(0.7, int(1, 80)),
          geography: maybe(0.5, pick(areas)), evidence: maybe(0.6, pick(levels)),
        }))
      : undefined,
    responses: qualitative.length && next() < 0.8
      ? qualitative.filter(() => next() < 0.7).map((m) => ({ measure: m.id, score: pick([0, 20, 40, 60, 80, 100]) }))
      : undefined,
  }));
  // Drop the undefined keys, as a JSON document would not have them.
  return JSON.parse(JSON.stringify({ svcalc: 1, contractValue: 150000, framework, method, bids }));
}

test('the engine agrees with the reference on 1,500 random tenders', async () => {
  const calc = await createCalculator();
  const random = generator(20261125);
  for (let k = 0; k < 1500; k++) {
    const tender = randomTender(random);
    const { ok, json } = calc.evaluateJson(tender);
    assert.ok(ok, `tender ${k} was refused: ${json}\n${JSON.stringify(tender)}`);
    const mismatch = firstMismatch(normalise(evaluateReference(tender)), normalise(JSON.parse(json)));
    assert.equal(mismatch, null, mismatch && `tender ${k} at ${mismatch.path}: reference ${mismatch.reference}, engine ${mismatch.engine}\n${JSON.stringify(tender)}`);
  }
});
