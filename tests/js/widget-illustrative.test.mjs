// x-illustrative (docs/frameworks.md) on the framework, a theme or a measure:
// the widget says so in words wherever it shows the figure.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadTranslator } from './support/translator.mjs';
import { hasIllustrative, isIllustrative, proxyText } from '../../js/src/widget/wording.js';

const framework = (flags = {}) => ({
  ...(flags.framework ? { 'x-illustrative': true } : {}),
  themes: [
    { id: 'jobs', ...(flags.theme ? { 'x-illustrative': true } : {}) },
    { id: 'green' },
  ],
  measures: [
    { id: 'J1', theme: 'jobs', kind: 'quantitative', proxy: 1200 },
    { id: 'G1', theme: 'green', kind: 'quantitative', proxy: 15, ...(flags.measure ? { 'x-illustrative': true } : {}) },
  ],
});
const ids = (tender) => tender.framework.measures.filter((m) => isIllustrative(tender, m)).map((m) => m.id);

test('a flag covers what is beneath it: the framework every measure, a theme its own, a measure itself', () => {
  assert.deepEqual(ids({ framework: framework() }), []);
  assert.equal(hasIllustrative({ framework: framework() }), false);
  assert.deepEqual(ids({ framework: framework({ framework: true }) }), ['J1', 'G1']);
  assert.deepEqual(ids({ framework: framework({ theme: true }) }), ['J1']);
  assert.deepEqual(ids({ framework: framework({ measure: true }) }), ['G1']);
  for (const flag of ['framework', 'theme', 'measure']) assert.equal(hasIllustrative({ framework: framework({ [flag]: true }) }), true, flag);
  // Only true counts: "false", "yes" or a reason alone are not the flag.
  const loose = framework();
  loose.measures[0]['x-illustrative'] = 'yes';
  loose.themes[1]['x-illustrative'] = false;
  assert.equal(hasIllustrative({ framework: loose }), false);
});

test('an illustrative proxy is marked in words, in both languages', async () => {
  const tender = { framework: framework({ measure: true }) };
  const [j1, g1] = tender.framework.measures;
  const en = await loadTranslator('en-GB', 'GBP');
  assert.equal(proxyText(tender, j1, en), '£1,200');
  assert.equal(proxyText(tender, g1, en), '£15 (illustrative figure)');
  assert.equal(proxyText(tender, g1, await loadTranslator('cy', 'GBP')), '£15 (ffigur enghreifftiol)');
});
