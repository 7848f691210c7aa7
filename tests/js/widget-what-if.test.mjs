// The what-if panel's model: settings spelled out from a tender, and the
// tenders they score. Checked through the real calculator.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createCalculator } from '../../js/src/index.js';
import { absoluteOnly, applySettings, isPlaceNeutral, placeNeutral, settingsOf, withSetting } from '../../js/src/widget/what-if.js';
import { allTenderFiles, fixturesDir } from './support/paths.mjs';

const calc = await createCalculator();
const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
const validTenders = allTenderFiles().filter((path) => !path.endsWith('.invalid.json'));

test('scoring a tender with its own settings, spelled out, gives byte-identical results', () => {
  assert.ok(validTenders.length >= 20);
  for (const path of validTenders) {
    const tender = read(path);
    assert.equal(calc.evaluateJson(applySettings(tender, settingsOf(tender))).json, calc.evaluateJson(tender).json, path);
  }
});

test('settings fill in the spec defaults', () => {
  const settings = settingsOf({ svcalc: 1, framework: { themes: [], measures: [] }, bids: [] });
  assert.deepEqual(settings, {
    model: 'weighted',
    weights: { price: 50, quality: 40, socialValue: 10 },
    basis: 'proportional',
    alpha: 0.5,
    cap: null,
    target: 0.1,
    discount: 'green-book',
    geography: { local: 1, regional: 1, national: 1, international: 1 },
    defaultGeography: 'local',
    evidence: { verified: 1, evidenced: 0.9, planned: 0.7, aspirational: 0.4 },
    defaultEvidence: 'planned',
  });
  // pqp weights leave price out: it is 0, not the default 50.
  assert.deepEqual(settingsOf(read(`${fixturesDir}/pqp.tender.json`)).weights, { price: 0, quality: 70, socialValue: 30 });
});

test('a changed setting reaches the method, and a removed cap leaves no cap key', () => {
  const tender = read(`${fixturesDir}/worked.tender.json`);
  const original = settingsOf(tender);
  const changed = withSetting(withSetting(original, ['weights', 'socialValue'], 20), ['weights', 'price'], 50);
  assert.equal(original.weights.socialValue, 10); // withSetting never mutates
  const scored = applySettings(tender, { ...changed, cap: null, discount: 0.05 });
  assert.deepEqual(scored.method.weights, { price: 50, quality: 30, socialValue: 20 });
  assert.equal('cap' in scored.method.socialValue, false);
  assert.equal(scored.method.discount, 0.05);
  assert.equal(tender.method.weights.price, 60); // the tender is not touched either
  const result = calc.evaluate(scored);
  // large-local is capped in the original; with no cap its 164,133.59 claimed all counts.
  assert.equal(result.bids.find((b) => b.id === 'large-local').warnings.some((w) => w.code === 'capped'), false);
});

test('place-neutral removes every locality premium; switching back restores them', () => {
  const tender = read(`${fixturesDir}/geography-premium.tender.json`);
  const settings = settingsOf(tender);
  assert.equal(isPlaceNeutral(settings.geography), false);
  const premiums = (s) => calc.evaluate(applySettings(tender, s)).bids.flatMap((b) => b.warnings).filter((w) => w.code === 'locality-premium').length;
  assert.ok(premiums(settings) > 0);
  const neutral = { ...settings, geography: placeNeutral(settings.geography) };
  assert.deepEqual(neutral.geography, { local: 1, regional: 1, national: 1, international: 1 });
  assert.equal(isPlaceNeutral(neutral.geography), true);
  assert.equal(premiums(neutral), 0);
});

test('"absolute £ only" is basis absolute with α = 1, everything else as set', () => {
  const tender = read(`${fixturesDir}/worked.tender.json`);
  const settings = { ...settingsOf(tender), geography: { local: 1.2, regional: 1, national: 1, international: 1 } };
  const absolute = absoluteOnly(settings);
  assert.equal(absolute.basis, 'absolute');
  assert.equal(absolute.alpha, 1);
  assert.deepEqual({ ...absolute, basis: settings.basis, alpha: settings.alpha }, settings);
  const byHand = structuredClone(applySettings(tender, settings));
  byHand.method.socialValue.basis = 'absolute';
  byHand.method.socialValue.quantitativeShare = 1;
  assert.equal(calc.evaluateJson(applySettings(tender, absolute)).json, calc.evaluateJson(byHand).json);
  // In the worked example the method decides the winner: the small bid wins on
  // social value per pound, the large one on the absolute sum (164k vs 43k claimed).
  assert.equal(calc.evaluate(applySettings(tender, settings)).bids[0].id, 'small-remote');
  assert.equal(calc.evaluate(applySettings(tender, absolute)).bids[0].id, 'large-local');
});
