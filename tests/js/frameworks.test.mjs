// The shipped frameworks (frameworks/*.json): each is scored in a tender, each
// figure is traceable or flagged illustrative, each carries its licence, and no
// National TOMs or HACT Social Value Bank data is in the repository.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import * as csv from '../../js/src/framework-csv.js';
import { createCalculator, exportFrameworkCsv, importFrameworkCsv } from '../../js/src/index.js';
import { root } from './support/paths.mjs';

const frameworksDir = join(root, 'frameworks');
const frameworks = readdirSync(frameworksDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({ name, framework: JSON.parse(readFileSync(join(frameworksDir, name), 'utf8')) }));
const oglStatement = 'Contains public sector information licensed under the Open Government Licence v3.0';

test('the three frameworks of issue 7 are shipped, each in a file named after its id', () => {
  assert.deepEqual(frameworks.map(({ name }) => name), ['mixed-method-example.json', 'ppn-002.json', 'ppn-06-20.json']);
  for (const { name, framework } of frameworks) assert.equal(`${framework.id}.json`, name);
});

test('PPN 06/20 has its 5 themes and 8 policy outcomes as qualitative measures MAC 1.1 … 8.1', () => {
  const model = frameworks.find(({ framework }) => framework.id === 'ppn-06-20').framework;
  assert.deepEqual(model.themes.map((theme) => theme.title), [
    'COVID-19 recovery', 'Tackling economic inequality', 'Fighting climate change', 'Equal opportunity', 'Wellbeing',
  ]);
  const outcomes = model.measures.filter((measure) => measure.kind === 'qualitative');
  assert.deepEqual(outcomes.map((measure) => measure.id), ['MAC1.1', 'MAC2.1', 'MAC3.1', 'MAC4.1', 'MAC5.1', 'MAC6.1', 'MAC7.1', 'MAC8.1']);
  for (const outcome of outcomes) assert.ok(outcome['x-criteria'], `${outcome.id} summarises its award criteria`);
});

test('every framework carries its licence and attribution, with the OGL statement for Crown material', () => {
  for (const { name, framework } of frameworks) {
    assert.equal(typeof framework['x-licence'], 'string', `${name}: x-licence`);
    assert.equal(typeof framework['x-attribution'], 'string', `${name}: x-attribution`);
    assert.ok(framework['x-licence'].trim() && framework['x-attribution'].trim(), `${name}: licence and attribution are not blank`);
    if (/OGL/.test(framework['x-licence'])) {
      assert.ok(framework['x-attribution'].includes(oglStatement), `${name}: OGL material needs the OGL statement`);
    }
  }
});

test('every quantitative measure has x-source and x-derivation, or is flagged x-illustrative', () => {
  let checked = 0;
  for (const { name, framework } of frameworks) {
    for (const measure of framework.measures.filter((m) => m.kind === 'quantitative')) {
      const where = `${name} ${measure.id}`;
      const traced = nonBlank(measure['x-source']) && nonBlank(measure['x-derivation']);
      assert.ok(traced || measure['x-illustrative'] === true, `${where}: needs x-source and x-derivation, or x-illustrative: true`);
      if ('x-illustrative' in measure) assert.equal(typeof measure['x-illustrative'], 'boolean', `${where}: x-illustrative is a boolean`);
      // An illustrative figure says why, so a reader knows what to check before relying on it.
      if (measure['x-illustrative']) assert.ok(nonBlank(measure['x-illustrative-reason']), `${where}: x-illustrative-reason`);
      checked += 1;
    }
  }
  assert.ok(checked >= 3);
});

test('each framework validates and evaluates in an example tender, with every bid ranked', async () => {
  const calc = await createCalculator();
  for (const { name, framework } of frameworks) {
    const tender = tenderAround(framework);
    assert.deepEqual(calc.validate(tender), [], `${name} validates`);
    const result = calc.evaluate(tender);
    assert.deepEqual(result.warnings, [], `${name}: every theme takes part`);
    assert.deepEqual(result.bids.map((bid) => bid.rank), [1, 2, 3], `${name}: three distinct ranks`);
    assert.deepEqual(new Set(result.bids.map((bid) => bid.id)), new Set(['B1', 'B2', 'B3']));
    for (let i = 1; i < result.bids.length; i += 1) assert.ok(result.bids[i - 1].total > result.bids[i].total);
    for (const bid of result.bids) {
      const input = tender.bids.find((b) => b.id === bid.id);
      assert.deepEqual(bid.socialValue.themes.map((theme) => theme.id), framework.themes.map((theme) => theme.id));
      assert.equal(bid.lines.length, input.commitments.length);
      for (const line of bid.lines) assert.ok(line.claimed > 0, `${name} ${bid.id} ${line.measure} is valued`);
      assert.ok(bid.socialValue.points > 0, `${name} ${bid.id} scores on social value`);
    }
    // The bid committing to every quantitative measure claims the most value.
    const claimed = Object.fromEntries(result.bids.map((bid) => [bid.id, bid.socialValue.claimed]));
    assert.ok(claimed.B1 > claimed.B2 && claimed.B2 > claimed.B3 && claimed.B3 === 0, `${name}: ${JSON.stringify(claimed)}`);
  }
});

test('a proxy from public statistics is valued as its x-derivation says', async () => {
  const calc = await createCalculator();
  const { framework } = frameworks.find(({ name }) => name === 'mixed-method-example.json');
  const line = calc.evaluate(tenderAround(framework)).bids.find((bid) => bid.id === 'B1').lines.find((l) => l.measure === 'WORK-FTE');
  // 1 FTE-year (round(20000 / 37430)) for 3 years, deadweight 0.2, evidenced (κ 0.9), Green Book 3.5%:
  // A = 37430 × 0.8 = 29944; present = 29944 × (1/1.035 + 1/1.035² + 1/1.035³) = 29944 × 2.80163698 = 83892.218;
  // claimed = 0.9 × 83892.218 = 75502.996
  assert.equal(line.annual, 29944);
  assert.equal(line.gross, 37430 * 3);
  const present = 29944 * (1 / 1.035 + 1 / 1.035 ** 2 + 1 / 1.035 ** 3);
  assert.ok(Math.abs(line.present - present) <= 1e-9 * present, `${line.present} ≈ ${present}`);
  assert.ok(Math.abs(line.claimed - 75502.996) < 0.001, `${line.claimed}`);
});

test('the package exports the CSV importer and exporter', () => {
  assert.equal(importFrameworkCsv, csv.importFrameworkCsv);
  assert.equal(exportFrameworkCsv, csv.exportFrameworkCsv);
});

test('no National TOMs or HACT Social Value Bank data anywhere in the repository', () => {
  // Data files only: docs and this test may name TOMs and HACT to say svcalc does not ship them.
  const repository = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' }).split('\0');
  const files = repository.filter((path) => /\.(json|csv|tsv|txt)$/i.test(path));
  assert.ok(files.some((path) => path.startsWith('frameworks/')), 'git sees the frameworks folder');
  const spreadsheets = repository.filter((path) => /\.(xlsx|xlsm|xls|ods)$/i.test(path));
  assert.deepEqual(spreadsheets, [], 'no spreadsheets in the repository: a licensed measure list stays with its licensee');
  const findings = [];
  for (const path of files) {
    for (const text of dataStrings(readFileSync(join(root, path), 'utf8'))) {
      // National TOMs measure references look like NT1 … NT90.
      if (/\bNT ?\d{1,3}[a-z]?\b/.test(text)) findings.push(`${path}: TOMs-style measure reference in ${JSON.stringify(text.slice(0, 80))}`);
      // A mention is only allowed in a disclaimer, after its negation ("not taken from the National TOMs…").
      const mention = text.search(/\bTOMs\b|\bHACT\b|Social Value Bank|Social Value Portal|Themes,? Outcomes and Measures/i);
      if (mention >= 0 && !/\b(not|never|no|without)\b/i.test(text.slice(0, mention))) {
        findings.push(`${path}: names TOMs or HACT other than to disclaim them: ${JSON.stringify(text.slice(0, 120))}`);
      }
    }
  }
  for (const { name, framework } of frameworks) {
    for (const key of ['x-source', 'x-attribution', 'x-licence']) {
      for (const item of [framework, ...framework.themes, ...framework.measures]) {
        if (/TOMs|HACT|Social Value (Bank|Portal)/i.test(item[key] ?? '')) findings.push(`${name}: ${key} cites TOMs or HACT`);
      }
    }
  }
  assert.deepEqual(findings, []);
});

/** A tender of three bids: one commits to every quantitative measure, one to the first, one to none. */
function tenderAround(framework) {
  const quantitative = framework.measures.filter((measure) => measure.kind === 'quantitative');
  const qualitative = framework.measures.filter((measure) => measure.kind === 'qualitative');
  // About £20,000 a year of proxy value per commitment, whatever the unit.
  const commit = (measure, evidence) => ({ measure: measure.id, quantity: Math.max(1, Math.round(20000 / measure.proxy)), years: 3, evidence });
  const answer = (score) => (measure) => ({ measure: measure.id, score, rationale: `Scored ${score} on the 0-100 scale.` });
  return {
    svcalc: 1,
    currency: 'GBP',
    contractValue: 1000000,
    framework,
    method: {
      weights: { price: 60, quality: 30, socialValue: 10 },
      socialValue: { basis: 'proportional', quantitativeShare: 0.5, cap: 0.3 },
    },
    bids: [
      {
        id: 'B1', supplier: { name: 'Large Services plc', size: 'large' }, price: 1000000, quality: 80,
        commitments: quantitative.map((measure) => commit(measure, 'evidenced')), responses: qualitative.map(answer(80)),
      },
      {
        id: 'B2', supplier: { name: 'Community Works CIC', size: 'small', vcse: true }, price: 1100000, quality: 70,
        commitments: [commit(quantitative[0], 'planned')], responses: qualitative.map(answer(60)),
      },
      {
        id: 'B3', supplier: { name: 'Regional Facilities Ltd', size: 'medium' }, price: 1200000, quality: 60,
        commitments: [], responses: qualitative.map(answer(40)),
      },
    ],
  };
}

/** Every string in a JSON document, or every line of any other text. */
function dataStrings(text) {
  let document;
  try {
    document = JSON.parse(text);
  } catch {
    return text.split(/\r?\n/);
  }
  const strings = [];
  const walk = (value) => {
    if (typeof value === 'string') strings.push(value);
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        walk(key);
        walk(item);
      }
    }
  };
  walk(document);
  return strings;
}

function nonBlank(value) {
  return typeof value === 'string' && value.trim() !== '';
}
