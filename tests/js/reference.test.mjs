// Cross-checks the C++ engine against tests/js/reference/evaluate.mjs, an
// independent reading of the spec: (a) the spec's worked example, (b) every
// fixture with an expected result, to 1e-9 relative, (c) the native CLI's output
// text round-trips through JSON.parse/JSON.stringify unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateReference } from './reference/evaluate.mjs';
import { firstMismatch, normalise } from './reference/compare.mjs';
import { sharedDir } from './support/paths.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const fixtures = join(repo, 'tests/fixtures');
const exampleTenders = join(repo, 'examples/tenders');
const shared = sharedDir;
const workedTender = join(shared, 'spec/examples/worked-tender.json');

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const listJson = (dir, suffix) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(suffix)).sort() : [];

// Every tender that has an expected result written by the C++ engine.
function fixturePairs() {
  const pairs = listJson(fixtures, '.tender.json').map((f) => ({
    name: f,
    tender: join(fixtures, f),
    result: join(fixtures, f.replace(/\.tender\.json$/, '.result.json')),
  }));
  for (const f of listJson(exampleTenders, '.json')) {
    pairs.push({
      name: `examples/tenders/${f}`,
      tender: join(exampleTenders, f),
      result: join(fixtures, `example-${f.replace(/\.json$/, '')}.result.json`),
    });
  }
  return pairs;
}

test('the comparator finds the path of the first mismatch', () => {
  assert.equal(firstMismatch({ a: [1, { b: 2 }] }, { a: [1, { b: 2 * (1 + 1e-12) }] }), null);
  assert.equal(firstMismatch({ a: 1e-13 }, { a: 0 }), null);
  assert.deepEqual(firstMismatch({ a: [1, { b: 2 }] }, { a: [1, { b: 2.001 }] }), {
    path: '/a/1/b', reference: 2, engine: 2.001,
  });
  assert.deepEqual(firstMismatch({ a: null }, { a: 0 }), { path: '/a', reference: null, engine: 0 });
  assert.deepEqual(firstMismatch({ a: 1 }, {}), { path: '/a', reference: 1, engine: undefined });
  assert.deepEqual(firstMismatch([1], [1, 2]), { path: '/length', reference: 1, engine: 2 });
});

// (a) Every figure of worked.md, to the rounding shown there: `shown` is the
// figure as printed, so the tolerance is half a unit in its last decimal place.
test('the reference reproduces every figure of the worked example', () => {
  const result = evaluateReference(readJson(workedTender));
  const near = (actual, shown, what) => {
    const decimals = (shown.split('.')[1] ?? '').length;
    const tolerance = 0.5 * 10 ** -decimals + 1e-9;
    assert.ok(Math.abs(actual - Number(shown)) <= tolerance, `${what}: ${actual} is not ${shown}`);
  };
  const [small, large] = result.bids;
  assert.deepEqual(result.bids.map((b) => [b.id, b.rank]), [['small-remote', 1], ['large-local', 2]]);
  assert.deepEqual(result.ties, []);
  assert.deepEqual(result.warnings, []);

  // Theme weights 3 : 1 normalise to 0.75 and 0.25.
  for (const b of result.bids) {
    assert.deepEqual(b.socialValue.themes.map((t) => [t.id, t.weight]), [['jobs', 0.75], ['community', 0.25]]);
  }

  // small-remote: J1 = 1 × 30,000 × 0.8 for one year; C1 = 1,000 h × 20 for two
  // years with drop-off 0.5.
  const [j1, c1] = small.lines;
  near(j1.annual, '24000', 'small J1 annual');
  assert.equal(j1.yearsCounted, 1);
  near(j1.net, '24000', 'small J1 net');
  near(j1.present, '23188.41', 'small J1 present'); // 24,000 / 1.035
  near(j1.claimed, '23188.41', 'small J1 claimed'); // verified, κ 1
  near(c1.annual, '20000', 'small C1 annual');
  assert.equal(c1.yearsCounted, 2);
  near(c1.net, '30000', 'small C1 net'); // 20,000 + 10,000
  near(c1.present, '28658.78', 'small C1 present'); // 20,000 D1 + 10,000 D2
  near(c1.claimed, '20061.14', 'small C1 claimed'); // planned, κ 0.7
  assert.equal(c1.evidence, 'planned');
  const sv = small.socialValue;
  near(sv.gross, '70000', 'small gross'); // 30,000 + 40,000
  near(sv.net, '54000', 'small net');
  near(sv.present, '51847.18', 'small present');
  near(sv.claimed, '43249.55', 'small claimed');
  near(sv.scored, '40000', 'small scored'); // cap 0.1 × 400,000
  near(sv.themes[0].scored, '21446.15', 'small jobs scored'); // 23,188.41 × 40,000 / 43,249.55
  near(sv.themes[1].scored, '18553.85', 'small community scored');
  near(sv.percentOfPrice, '0.1', 'small percentOfPrice');
  assert.deepEqual(small.warnings.map((w) => w.code), ['capped']);

  // large-local: J1 = 4 × 30,000 × 0.8 for min(3, maxYears 2) years, evidenced 0.9.
  const [l1] = large.lines;
  near(l1.annual, '96000', 'large J1 annual');
  assert.equal(l1.yearsCounted, 2);
  near(l1.net, '192000', 'large J1 net');
  near(l1.present, '182370.65', 'large J1 present'); // 96,000 (D1 + D2)
  near(l1.claimed, '164133.59', 'large J1 claimed');
  near(large.socialValue.gross, '240000', 'large gross'); // 4 × 30,000 × 2
  near(large.socialValue.scored, '42000', 'large scored'); // cap 0.1 × 420,000
  near(large.socialValue.themes[0].scored, '42000', 'large jobs scored');
  near(large.socialValue.percentOfPrice, '0.1', 'large percentOfPrice');
  assert.deepEqual(large.warnings.map((w) => w.code).sort(), ['capped', 'years-limited']);

  // Quantitative (proportional): jobs 0.053615 / 0.1 and 0.1 / 0.1; community 1 and 0.
  near(sv.themes[0].quantitative, '0.536154', 'small jobs q');
  near(large.socialValue.themes[0].quantitative, '1', 'large jobs q');
  near(sv.themes[1].quantitative, '1', 'small community q');
  near(large.socialValue.themes[1].quantitative, '0', 'large community q');
  assert.equal(sv.themes[1].qualitative, null); // community has no qualitative measure
  // Theme scores, α 0.5: 0.5 × 0.536154 + 0.5 × 0.8 and 0.5 × 1 + 0.5 × 0.4.
  near(sv.themes[0].score, '0.668077', 'small jobs score');
  near(large.socialValue.themes[0].score, '0.7', 'large jobs score');
  near(sv.themes[1].score, '1', 'small community score');
  near(large.socialValue.themes[1].score, '0', 'large community score');
  // SV points: 100 × (0.75 × 0.668077 + 0.25 × 1) and 100 × 0.75 × 0.7.
  near(sv.points, '75.1058', 'small SV points');
  near(large.socialValue.points, '52.5', 'large SV points');

  // Weights 60 / 30 / 10, price relative.
  near(small.scores.price, '60', 'small price points');
  near(small.scores.quality, '21', 'small quality points');
  near(small.scores.socialValue, '7.51058', 'small SV weighted');
  near(small.total, '88.5106', 'small total');
  near(large.scores.price, '57.1429', 'large price points'); // 60 × 400 / 420
  near(large.scores.quality, '24', 'large quality points');
  near(large.scores.socialValue, '5.25', 'large SV weighted');
  near(large.total, '86.3929', 'large total');

  // Robustness: bases 0.9 and 0.901587 meet at w = 0.6973.
  const r = result.robustness;
  assert.equal(r.winner, 'small-remote');
  near(r.low, '0.6973', 'robustness low');
  near(r.high, '100', 'robustness high');
  assert.deepEqual(r.overtakenBy.map((o) => o.bid), ['large-local']);
  near(r.overtakenBy[0].at, '0.6973', 'overtaken at');
});

// (b) The C++ engine's expected results agree with the reference to 1e-9.
test('expected results agree with the reference to 1e-9', async (t) => {
  // Error documents are left out: the reference evaluates valid tenders only.
  const pairs = fixturePairs().filter((p) => existsSync(p.result) && !readJson(p.result).errors);
  if (pairs.length === 0) {
    assert.fail('no tests/fixtures/*.result.json: the fixtures are missing');
  }
  for (const p of pairs) {
    await t.test(p.name, () => {
      const expected = readJson(p.result);
      const reference = evaluateReference(readJson(p.tender));
      const m = firstMismatch(normalise(reference), normalise(expected));
      assert.equal(m, null, m && `${p.name} ${m.path}: reference ${JSON.stringify(m.reference)}, engine ${JSON.stringify(m.engine)}`);
    });
  }
});

// Decisions no fixture covers yet, checked against the engine through the CLI:
// a tie-break winner that trails everywhere (low/high null, lines meeting outside
// [0, 100] so `at` null), a parallel overtaker (`at` null), and bids capped at the
// same percentage of their prices, which are exactly level (q = 1 for all).
const qualitativeFramework = {
  id: 'edge', themes: [{ id: 's' }], measures: [{ id: 'Q', theme: 's', kind: 'qualitative' }],
};
const edgeTenders = {
  'winner-trails-everywhere': {
    svcalc: 1, framework: qualitativeFramework, method: { tieMargin: 5, tieBreak: 'quality' },
    bids: [
      { id: 'A', price: 100, quality: 50, responses: [{ measure: 'Q', score: 60 }] },
      { id: 'B', price: 110, quality: 60, responses: [{ measure: 'Q', score: 40 }] },
    ],
  },
  'parallel-overtaker': {
    svcalc: 1, framework: qualitativeFramework,
    method: { weights: { price: 0, quality: 50, socialValue: 50 }, tieMargin: 30, tieBreak: 'price' },
    bids: [
      { id: 'A', price: 100, quality: 75, responses: [{ measure: 'Q', score: 75 }] },
      { id: 'B', price: 90, quality: 50, responses: [{ measure: 'Q', score: 50 }] },
      { id: 'C', price: 95, quality: 74, responses: [{ measure: 'Q', score: 30 }] },
    ],
  },
  // Every bid is capped at 5% of its price, so q = 1 and SV = 100 for all three in
  // exact arithmetic: B and C tie at 60 and C never leads A (high is 100).
  'capped-level': {
    svcalc: 1,
    framework: {
      id: 'edge', themes: [{ id: 'jobs' }],
      measures: [{ id: 'M', theme: 'jobs', kind: 'quantitative', proxy: 10, deadweight: 0.25, leakage: 0.05, dropOff: 0.5 }],
    },
    method: {
      weights: { price: 0, quality: 40, socialValue: 60 },
      socialValue: { basis: 'proportional', cap: 0.05 },
      tieBreak: 'socialValue',
    },
    bids: [
      { id: 'A', price: 150000, quality: 50, commitments: [
        { measure: 'M', quantity: 1000, years: 40, evidence: 'evidenced' },
        { measure: 'M', quantity: 2.5 }, { measure: 'M', quantity: 1, years: 37 }] },
      { id: 'B', price: 150000, commitments: [
        { measure: 'M', quantity: 1000, years: 60 }, { measure: 'M', quantity: 1000, years: 6 },
        { measure: 'M', quantity: 100 }] },
      { id: 'C', price: 120000, commitments: [
        { measure: 'M', quantity: 2.5, years: 17 }, { measure: 'M', quantity: 1000, years: 13, evidence: 'evidenced' },
        { measure: 'M', quantity: 2.5, evidence: 'evidenced' }, { measure: 'M', quantity: 1000 }] },
    ],
  },
};

test('the engine agrees with the reference on decisions no fixture covers', async (t) => {
  const cli = process.env.SVCALC_CLI ?? join(repo, 'build/native/core/svcalc');
  if (!existsSync(cli)) {
    assert.fail(`no native CLI at ${cli}: build the native preset (scripts/test.sh does) or set SVCALC_CLI`);
  }
  for (const [name, tender] of Object.entries(edgeTenders)) {
    await t.test(name, () => {
      const input = JSON.stringify(tender);
      const run = spawnSync(cli, ['evaluate', '-'], { input, encoding: 'utf8' });
      assert.equal(run.status, 0, `exit status; stdout: ${run.stdout} stderr: ${run.stderr}`);
      const m = firstMismatch(normalise(evaluateReference(tender)), normalise(JSON.parse(run.stdout)));
      assert.equal(m, null, m && `${name} ${m.path}: reference ${JSON.stringify(m.reference)}, engine ${JSON.stringify(m.engine)}`);
    });
  }
});

// (c) The CLI writes text that JSON.stringify would write byte for byte.
test('native CLI output round-trips through JSON.parse/JSON.stringify', async (t) => {
  const cli = process.env.SVCALC_CLI ?? join(repo, 'build/native/core/svcalc');
  if (!existsSync(cli)) {
    assert.fail(`no native CLI at ${cli}: build the native preset (scripts/test.sh does) or set SVCALC_CLI`);
  }
  // Valid tenders give a result (exit 0); bad input an error document (exit 1).
  const runs = [
    ...fixturePairs().map((p) => ({ file: p.tender, status: 0 })),
    ...listJson(fixtures, '.invalid.json').map((f) => ({ file: join(fixtures, f), status: 1 })),
  ];
  if (runs.length === 0) {
    assert.fail('no fixture tenders: the fixtures are missing');
  }
  for (const { file, status } of runs) {
    await t.test(file.slice(repo.length + 1), () => {
      const run = spawnSync(cli, ['evaluate', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
      assert.equal(run.error, undefined, String(run.error));
      assert.equal(run.status, status, `exit status; stderr: ${run.stderr}`);
      // The CLI ends its output with a newline, which is not part of the document.
      assert.ok(run.stdout.endsWith('\n'), 'output ends with a newline');
      const out = run.stdout.slice(0, -1);
      assert.equal(JSON.stringify(JSON.parse(out)), out);
    });
  }
});
