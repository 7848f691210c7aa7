// Supplier mode's model: the benchmark competitor, the estimate, "what raises
// my score most" and the evidence warning, through the real calculator.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createCalculator } from '../../js/src/index.js';
import {
  benchmarkBid, benchmarkId, defaultBenchmark, draftResult, emptyBid, estimateTender, improvements, needsBenchmark, newCommitment, probe, weakEvidence,
} from '../../js/src/widget/estimate.js';
import { fixturesDir } from './support/paths.mjs';

const calc = await createCalculator();
const read = (name) => JSON.parse(readFileSync(`${fixturesDir}/${name}`, 'utf8'));
// The worked example's framework and method, without its bids: what a supplier starts from.
const worked = { ...read('worked.tender.json'), bids: [] };
const D1 = 1 / 1.035; // Green Book discount factor of year 1
const close = (actual, expected, what) => assert.ok(Math.abs(actual - expected) <= 1e-9 * Math.abs(expected), `${what}: ${actual} vs ${expected}`);

test('the probe values one unit of each measure for a year, at the best evidence level', () => {
  const probed = probe(calc, worked);
  assert.equal(probed.evidence, 'verified');
  assert.equal(probed.geography, 'local');
  close(probed.units.get('J1'), 30000 * 0.8 * D1, 'J1'); // proxy × (1 − deadweight) × D_1 × κ 1
  close(probed.units.get('C1'), 20 * D1, 'C1');
  assert.deepEqual([...probed.themeWeights], [['jobs', 0.75], ['community', 0.25]]);
});

test('the benchmark competitor claims the given share of price, spread by theme weight', () => {
  const probed = probe(calc, worked);
  const competitor = benchmarkBid(worked, probed, 400000, 0.1);
  assert.equal(competitor.id, benchmarkId);
  assert.equal(competitor.price, 400000);
  const result = calc.evaluate({ ...worked, method: { ...worked.method, socialValue: { basis: 'proportional' } }, bids: [competitor] });
  const [bid] = result.bids;
  close(bid.socialValue.claimed, 40000, 'claimed'); // 10% of 400,000
  close(bid.socialValue.percentOfPrice, 0.1, 'percent of price');
  close(bid.socialValue.themes[0].claimed, 30000, 'jobs'); // ŵ_jobs 0.75
  close(bid.socialValue.themes[1].claimed, 10000, 'community'); // ŵ_community 0.25
  assert.deepEqual(benchmarkBid(worked, probed, 400000, 0).commitments, []);
});

test('against the benchmark a lone bid no longer gets full marks, and a lower benchmark raises the estimate', () => {
  const probed = probe(calc, worked);
  const bid = { ...emptyBid(worked), price: 400000, commitments: [newCommitment(worked, 'J1')] };
  assert.equal(bid.commitments[0].evidence, 'planned');
  const alone = draftResult(calc.evaluate({ ...worked, bids: [bid] }), bid);
  assert.equal(alone.socialValue.themes[0].quantitative, 1); // a lone bid is its own best
  const tender = estimateTender(worked, bid, probed, 0.1);
  assert.deepEqual(tender.bids.map((b) => b.id), ['my-bid', benchmarkId]);
  const mine = draftResult(calc.evaluate(tender), bid);
  // claimed = 1 × 30,000 × 0.8 × D_1 × 0.7 (planned) = 16,231.88; the benchmark's
  // jobs share is 30,000, so q_jobs = 16,231.88 / 30,000 = 0.541063; with no
  // response s_jobs = 0, so t_jobs = 0.5 × 0.541063; community scores 0.
  // SV = 100 × 0.75 × 0.5 × 0.541063 = 20.2899 points.
  const q = (30000 * 0.8 * D1 * 0.7) / 30000;
  close(mine.socialValue.themes[0].quantitative, q, 'q_jobs');
  close(mine.socialValue.points, 100 * 0.75 * 0.5 * q, 'SV points');
  close(mine.scores.socialValue, 10 * 0.75 * 0.5 * q, 'weighted points'); // W_sv = 10
  const easier = draftResult(calc.evaluate(estimateTender(worked, bid, probed, 0.05)), bid);
  assert.ok(easier.socialValue.points > mine.socialValue.points);
  // The cap (10% here) binds the competitor too: assuming more than it changes nothing.
  const beyondCap = draftResult(calc.evaluate(estimateTender(worked, bid, probed, 0.2)), bid);
  close(beyondCap.socialValue.points, mine.socialValue.points, 'benchmark above the cap');
  // No price of its own: the benchmark takes the tender's contract value.
  const priced = estimateTender({ ...worked, contractValue: 500000 }, { ...bid, price: undefined }, probed, 0.1);
  assert.equal(priced.bids[1].price, 500000);
});

test('under the target basis the estimate needs no competitor', () => {
  const target = { ...read('basis-target.tender.json'), bids: [] };
  assert.equal(needsBenchmark(target), false);
  assert.equal(needsBenchmark(worked), true);
  const bid = { ...emptyBid(target), price: 100000 };
  assert.deepEqual(estimateTender(target, bid, probe(calc, target), 0.1).bids, [bid]);
  assert.equal(defaultBenchmark(worked), 0.1);
});

test('"what raises my score most" is the gain of one more unit, per unit and per £ of proxy value', () => {
  const probed = probe(calc, worked);
  const bid = { ...emptyBid(worked), price: 400000, commitments: [{ ...newCommitment(worked, 'J1'), quantity: 1 }] };
  const points = (b) => draftResult(calc.evaluate(estimateTender(worked, b, probed, 0.1)), b).scores.socialValue;
  const rows = improvements(calc, worked, bid, probed, 0.1);
  assert.deepEqual(rows.map((r) => r.measure).sort(), ['C1', 'J1']);
  const j1 = rows.find((r) => r.measure === 'J1');
  const more = { ...bid, commitments: [{ ...bid.commitments[0], quantity: 2 }] };
  close(j1.perUnit, points(more) - points(bid), 'J1 per unit');
  close(j1.perPound, j1.perUnit / 30000, 'J1 per £ of proxy'); // one more FTE-year for 1 year: £30,000 of proxy value
  const c1 = rows.find((r) => r.measure === 'C1');
  const withC1 = { ...bid, commitments: [...bid.commitments, { ...newCommitment(worked, 'C1'), quantity: 1 }] };
  close(c1.perUnit, points(withC1) - points(bid), 'C1 per unit');
  close(c1.perPound, c1.perUnit / 20, 'C1 per £ of proxy');
  assert.deepEqual(rows.map((r) => r.perPound), rows.map((r) => r.perPound).sort((a, b) => b - a));
  const byUnit = improvements(calc, worked, bid, probed, 0.1, 'perUnit');
  assert.deepEqual(byUnit.map((r) => r.perUnit), byUnit.map((r) => r.perUnit).sort((a, b) => b - a));
  assert.equal(byUnit[0].measure, 'J1'); // a job is worth far more than an hour of volunteering
});

test('evidence below the framework default is flagged: aspirational, not planned', () => {
  const bid = {
    ...emptyBid(worked),
    commitments: [
      { measure: 'J1', quantity: 1, evidence: 'aspirational' },
      { measure: 'C1', quantity: 5, evidence: 'planned' },
      { measure: 'C1', quantity: 5 },
    ],
  };
  assert.deepEqual(weakEvidence(worked, bid), [{ index: 0, measure: 'J1', evidence: 'aspirational', factor: 0.4 }]);
});
