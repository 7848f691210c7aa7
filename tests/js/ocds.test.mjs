// fromOcds / toOcds against an OCDS release written for these tests from the
// award criteria breakdown extension's schema (tests/js/ocds/, one lot per
// case): weights that map, weights that cannot be mapped without a guess, and
// the evaluation written back as OCDS bid details.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createCalculator, fromOcds, toOcds } from '../../js/src/index.js';
import { examplesDir, fixturesDir, root } from './support/paths.mjs';

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const release = readJson(join(root, 'tests/js/ocds/award-criteria.release.json'));
const criteriaPath = (lot) => `/tender/lots/${lot}/awardCriteria/criteria`;
const messages = (outcome) => outcome.warnings.map((w) => w.message).join('\n');

let calculator;
before(async () => {
  calculator = await createCalculator();
});
after(() => calculator.dispose());

test('percentages: price, two quality criteria and a social value criterion named so (lot 1)', () => {
  const outcome = fromOcds(release, '1');
  assert.deepEqual(outcome.unmapped, []);
  // 50 price; 25 + 15 quality; 10 social value.
  assert.deepEqual(outcome.method, { model: 'weighted', weights: { price: 50, quality: 40, socialValue: 10 } });
  assert.deepEqual(
    outcome.criteria.map((c) => [c.path, c.name, c.criterion, c.weight]),
    [
      [`${criteriaPath(0)}/0`, 'Price', 'price', 50],
      [`${criteriaPath(0)}/1`, 'Technical approach', 'quality', 25],
      [`${criteriaPath(0)}/2`, 'Mobilisation and contract management', 'quality', 15],
      [`${criteriaPath(0)}/3`, 'Social value', 'socialValue', 10],
    ],
  );
  assert.deepEqual(outcome.warnings.map((w) => w.path), [`${criteriaPath(0)}/1/numbers/1`, `${criteriaPath(0)}/1`]);
  assert.match(messages(outcome), /at least 40 .*apply it before scoring/);
  assert.match(messages(outcome), /2 criteria make up quality \("Technical approach" 25%, "Mobilisation and contract management" 15%\)/);
});

test('decimals, a cost criterion, and a social value criterion typed with the eForms code soc-obj (lot 2)', () => {
  const outcome = fromOcds(release, '2');
  assert.deepEqual(outcome.unmapped, []);
  // 0.57, 0.29, 0.14 as fractions: 57, 29, 14 exactly (0.57 × 100 alone is 56.99999999999999).
  assert.deepEqual(outcome.method.weights, { price: 57, quality: 29, socialValue: 14 });
  assert.deepEqual(outcome.criteria.map((c) => [c.type, c.criterion]), [['cost', 'price'], ['quality', 'quality'], ['soc-obj', 'socialValue']]);
  assert.deepEqual(outcome.warnings.map((w) => w.path), [`${criteriaPath(1)}/0/type`]);
  assert.match(messages(outcome), /"Whole-life cost" is a cost criterion/);
});

test('points convert to percentages when every criterion is in points (lot 3)', () => {
  const outcome = fromOcds(release, '3');
  // 60, 30 and 30 points of 120: 50%, 25%, 25%. "Social Value" matches whatever its case.
  assert.deepEqual(outcome.method.weights, { price: 50, quality: 25, socialValue: 25 });
  assert.match(messages(outcome), /points out of 120/);
});

test('an order of importance is not mapped, and a lot with a social objective but no named criterion says so (lot 4)', () => {
  const outcome = fromOcds(release, '4');
  assert.equal(outcome.method, null);
  assert.deepEqual(outcome.criteria, []);
  assert.deepEqual(outcome.unmapped.map((u) => [u.path, u.name]), [
    [`${criteriaPath(3)}/0/numbers/0/weight`, 'Quality'],
    [`${criteriaPath(3)}/1/numbers/0/weight`, 'Price'],
    [`${criteriaPath(3)}/2/numbers/0/weight`, 'Local employment'],
    [criteriaPath(3), undefined],
  ]);
  for (const { reason } of outcome.unmapped.slice(0, 3)) assert.match(reason, /order of importance/);
  // "Local employment" may well be the social value criterion, but that would be a guess.
  assert.match(outcome.unmapped[3].reason, /social objective \(eForms soc-obj\).*no criterion is named as social value/);
});

test('a complicated weighting formula is not mapped (lot 5)', () => {
  const outcome = fromOcds(release, '5');
  assert.equal(outcome.method, null);
  assert.deepEqual(outcome.unmapped.map((u) => u.path), ['/tender/lots/4/awardCriteria/weightingDescription']);
  assert.match(outcome.unmapped[0].reason, /formula or description/);
});

test('a fixed price gets a warning; range middles are ranges, not weights, so they are not mapped (lot 6)', () => {
  const outcome = fromOcds(release, '6');
  assert.equal(outcome.method, null);
  assert.deepEqual(outcome.unmapped.map((u) => u.name), ['Service quality', 'Social value']);
  for (const { reason, path } of outcome.unmapped) {
    assert.match(reason, /middle of a published range \(decimalRangeMiddle\), not a weight/);
    assert.match(path, /\/numbers\/0\/weight$/);
  }
  assert.match(messages(outcome), /price is fixed \(total 80000\)/);
});

test('a criterion that mentions social value only in its description is reported, not taken as social value', () => {
  const lot = {
    id: 'L',
    awardCriteria: {
      criteria: [
        { type: 'price', name: 'Price', numbers: [{ number: 60, weight: 'percentageExact' }] },
        { type: 'quality', name: 'Delivery plan', description: 'Including social value and local jobs', numbers: [{ number: 40, weight: 'percentageExact' }] },
      ],
    },
  };
  const outcome = fromOcds({ ocid: 'ocds-x-1', tender: { lots: [lot] } }, 'L');
  assert.equal(outcome.method, null);
  assert.deepEqual(outcome.unmapped.map((u) => [u.path, u.name]), [['/tender/lots/0/awardCriteria/criteria/1', 'Delivery plan']]);
  assert.match(outcome.unmapped[0].reason, /mentions social value only in its description/);
});

test('unknown types, missing weights, two monetary criteria and mixed units are each reported, never guessed (lot 7)', () => {
  const outcome = fromOcds(release, '7');
  assert.equal(outcome.method, null);
  assert.deepEqual(outcome.unmapped.map((u) => u.path), [
    `${criteriaPath(6)}/4/type`,
    `${criteriaPath(6)}/5`,
    criteriaPath(6),
    criteriaPath(6),
  ]);
  const reasons = outcome.unmapped.map((u) => u.reason).join('\n');
  assert.match(reasons, /type "technical merit" is not price, cost or quality/);
  assert.match(reasons, /no weight/);
  assert.match(reasons, /2 price or cost criteria \("Price", "Running costs"\)/);
  assert.match(reasons, /points and others percentages/);
  // The social value criterion is there, just unweighted: no "none is named" warning.
  assert.doesNotMatch(messages(outcome), /no criterion is named/i);
});

test('which lot: several need a lotId, one is read without, lot groups count, an unknown id is reported', () => {
  const several = fromOcds(release);
  assert.equal(several.method, null);
  assert.match(several.unmapped[0].reason, /several lots have award criteria \("1", "2", "3", "4", "5", "6", "7"\): say which with lotId/);

  const oneLot = { tender: { lots: [release.tender.lots[0]] } };
  assert.deepEqual(fromOcds(oneLot).method.weights, { price: 50, quality: 40, socialValue: 10 });

  const group = { tender: { lots: [{ id: 'a' }, { id: 'b' }], lotGroups: [{ id: 'G1', relatedLots: ['a', 'b'], awardCriteria: release.tender.lots[2].awardCriteria }] } };
  const fromGroup = fromOcds(group, 'G1');
  assert.deepEqual(fromGroup.method.weights, { price: 50, quality: 25, socialValue: 25 });
  assert.equal(fromGroup.criteria[0].path, '/tender/lotGroups/0/awardCriteria/criteria/0');
  assert.deepEqual(fromOcds(group).method.weights, fromGroup.method.weights);

  assert.deepEqual(fromOcds(release, '9').unmapped, [{ path: '/tender/lots', reason: 'no lot or lot group has the id "9"' }]);
  assert.match(fromOcds({ tender: { awardCriteria: 'priceOnly' } }).unmapped[0].reason, /no lot has an award criteria breakdown .*"priceOnly"/);
});

test('weights that do not sum to 100 are not scaled to fit', () => {
  const short = { tender: { lots: [{ id: '1', awardCriteria: { criteria: [
    { type: 'price', name: 'Price', numbers: [{ number: 50, weight: 'percentageExact' }] },
    { type: 'quality', name: 'Social value', numbers: [{ number: 40, weight: 'percentageExact' }] },
  ] } }] } };
  const outcome = fromOcds(short);
  assert.equal(outcome.method, null);
  assert.deepEqual(outcome.unmapped, [{ path: criteriaPath(0), reason: 'the weights of the criteria it could read sum to 90, not 100' }]);
});

test('bad arguments throw: not a release, a release package, a lot id that is not a string', () => {
  assert.throws(() => fromOcds(null), TypeError);
  assert.throws(() => fromOcds([release]), TypeError);
  assert.throws(() => fromOcds({ releases: [release] }), /not a release package/);
  assert.throws(() => fromOcds(release, 1), /lot id as a string/);
  assert.throws(() => toOcds({}), TypeError);
});

test('a mapped method scores a tender, and toOcds writes each bid back with its award criteria scores', () => {
  const mapping = fromOcds(release, '1');
  const { method, criteria } = mapping;
  const example = readJson(join(examplesDir, 'small-vs-large.json'));
  const tender = { ...example, method: { ...example.method, weights: method.weights } };
  const result = calculator.evaluate(tender);
  const { bids } = toOcds(result, { tender, mapping, lotId: '1' });

  assert.equal(bids.details.length, 3);
  assert.deepEqual(bids.details.map((d) => d.id), result.bids.map((b) => b.id), 'in rank order');
  for (const [i, detail] of bids.details.entries()) {
    const scored = result.bids[i];
    const input = tender.bids.find((b) => b.id === scored.id);
    assert.equal(detail.status, 'valid');
    assert.equal(detail.hasRank, true);
    assert.equal(detail.rank, scored.rank);
    assert.deepEqual(detail.relatedLots, ['1']);
    assert.deepEqual(detail.tenderers, [{ name: input.supplier.name }]);
    assert.deepEqual(detail.value, { amount: input.price ?? tender.contractValue, currency: 'GBP' });
    assert.equal(detail.totalScore, scored.total);
    assert.deepEqual(detail.awardCriteriaScores, [
      { type: 'price', name: 'Price', score: scored.scores.price, maximum: 50 },
      // Two of the release's criteria make up svcalc's quality: its score cannot be split back.
      { type: 'quality', name: 'Quality', score: scored.scores.quality, maximum: 40, combines: ['Technical approach', 'Mobilisation and contract management'] },
      { type: 'quality', name: 'Social value', score: scored.scores.socialValue, maximum: 10 },
    ]);
    const sum = detail.awardCriteriaScores.reduce((total, s) => total + s.score, 0);
    assert.ok(Math.abs(sum - detail.totalScore) <= 1e-9 * detail.totalScore, 'the scores add up to the total');
    for (const s of detail.awardCriteriaScores) assert.ok(s.score >= 0 && s.score <= s.maximum + 1e-9);
  }
  assert.equal(criteria.length, 4);
});

test('toOcds under pqp: the price is the bid value, not a scored criterion, and the total is price per quality point', () => {
  const tender = readJson(join(fixturesDir, 'pqp.tender.json'));
  const result = calculator.evaluate(tender);
  const { bids } = toOcds(result, { tender });
  for (const [i, detail] of bids.details.entries()) {
    const scored = result.bids[i];
    assert.deepEqual(detail.value, { amount: scored.scores.price, currency: result.currency });
    assert.deepEqual(detail.awardCriteriaScores.map((s) => [s.name, s.maximum]), [['Quality', 70], ['Social value', 30]]);
    assert.equal(detail.pricePerQualityPoint, scored.total);
    assert.equal('totalScore' in detail, false);
  }
  assert.ok(bids.details.some((d) => d.pricePerQualityPoint === null), 'a bid with no quality points has no total');
});

test('toOcds with the result alone: svcalc names, no maximum or value it cannot know', () => {
  const result = readJson(join(fixturesDir, 'robustness.result.json'));
  const [first] = toOcds(result).bids.details;
  assert.deepEqual(first.awardCriteriaScores.map((s) => [s.type, s.name, 'maximum' in s]), [
    ['price', 'Price', false],
    ['quality', 'Quality', false],
    ['quality', 'Social value', false],
  ]);
  assert.equal('value' in first, false);
  assert.equal('relatedLots' in first, false);
});
