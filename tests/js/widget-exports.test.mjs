// What the widget exports: the CSV (one row per bid, one per commitment line)
// and the assessment summaries, built from real results.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createCalculator } from '../../js/src/index.js';
import { csvColumns, resultCsv } from '../../js/src/widget/csv.js';
import { loadTranslator } from './support/translator.mjs';
import { assessmentSummary, summaryText } from '../../js/src/widget/summary.js';
import { examplesDir, fixturesDir } from './support/paths.mjs';

const calc = await createCalculator();
const tr = await loadTranslator('en-GB', 'GBP');
const read = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** RFC 4180 reader, enough for the test: quoted cells, doubled quotes, CRLF rows. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

test('the CSV has a row per bid then one per line, with every number in full precision', () => {
  const result = calc.evaluate(read(`${examplesDir}/small-vs-large.json`));
  const text = resultCsv(result);
  assert.ok(text.endsWith('\r\n'));
  const [header, ...rows] = parseCsv(text);
  assert.deepEqual(header, csvColumns);
  const at = (name) => csvColumns.indexOf(name);
  assert.equal(rows.length, result.bids.length + result.bids.reduce((n, b) => n + b.lines.length, 0));
  let r = 0;
  for (const bid of result.bids) {
    const row = rows[r++];
    assert.deepEqual([row[at('row')], row[at('bid')], Number(row[at('rank')])], ['bid', bid.id, bid.rank]);
    assert.equal(row[at('supplier')], bid.supplier.name);
    assert.equal(Number(row[at('total')]), bid.total); // exact: written as JSON writes it
    assert.equal(Number(row[at('social_value_score')]), bid.socialValue.points);
    assert.equal(Number(row[at('claimed')]), bid.socialValue.claimed);
    assert.equal(row[at('measure')], '');
    for (const line of bid.lines) {
      const cells = rows[r++];
      assert.deepEqual([cells[at('row')], cells[at('bid')], cells[at('measure')]], ['line', bid.id, line.measure]);
      assert.equal(Number(cells[at('annual')]), line.annual);
      assert.equal(Number(cells[at('present')]), line.present);
      assert.equal(cells[at('total')], '');
    }
  }
});

test('CSV text is quoted where needed, and cannot run as a spreadsheet formula', () => {
  const result = calc.evaluate(read(`${fixturesDir}/supplier-passthrough.tender.json`));
  const [, ...rows] = parseCsv(resultCsv(result));
  const suppliers = rows.filter((row) => row[0] === 'bid').map((row) => row[csvColumns.indexOf('supplier')]);
  assert.ok(suppliers.includes('Café "Noir" & Sons\tLtd'));
  const hostile = structuredClone(read(`${fixturesDir}/worked.tender.json`));
  hostile.bids[0].supplier = { name: '=HYPERLINK("http://x","y"), Ltd\nplc' };
  hostile.bids[1].id = '+1-2';
  const text = resultCsv(calc.evaluate(hostile));
  assert.match(text, /,"'=HYPERLINK\(""http:\/\/x"",""y""\), Ltd\nplc",/);
  assert.match(text, /,'\+1-2,/);
});

test('an assessment summary covers each criterion, its weight and method, the reasons and the totals', () => {
  const tender = read(`${fixturesDir}/worked.tender.json`);
  const result = calc.evaluate(tender);
  const summary = assessmentSummary(result, tender, 'large-local', tr);
  assert.equal(summary.title, 'Assessment summary: large-local');
  assert.deepEqual(summary.blocks.map((b) => b.heading), ['Overall', 'Price', 'Quality', 'Social value', 'Notes', 'Sub-totals and total']);
  const text = summaryText(summary);
  for (const expected of [
    'Ranked 2 of 2.',
    'Total score: 86.39 points out of 100.',
    'Weight: 60%.',
    'Method: the lowest price divided by this price, times the weight.',
    "This bid's price: £420,000. The lowest price: £400,000.",
    'Score: 57.14 of 60 points.',
    'Quality score: 80 out of 100.',
    'Claimed social value counts up to 10% of the price.',
    // From its own commitment and response:
    '- Jobs and skills (weight 75%): score 70%',
    '    - J1: 4 FTE-year a year, 2 year(s) counted, local, evidence "evidenced": £164,133.59 claimed.',
    '    - JQ: scored 40 out of 100.',
    'Cap reached: £122,133.59 of the claimed value is over the cap and not scored.',
    'large-local: price 57.14 + quality 24 + social value 5.25 = 86.39 points.',
    'The highest-scoring bid: small-remote: price 60 + quality 21 + social value 7.51 = 88.51 points.',
  ]) {
    assert.ok(text.includes(expected), `missing: ${expected}\n---\n${text}`);
  }
  const winner = summaryText(assessmentSummary(result, tender, 'small-remote', tr));
  assert.ok(winner.includes('This is the highest-scoring bid.'));
  assert.ok(winner.includes('- Community (weight 25%): score 100%'));
});

test('summaries for price per quality point say so', () => {
  const tender = read(`${fixturesDir}/pqp.tender.json`);
  const result = calc.evaluate(tender);
  const text = summaryText(assessmentSummary(result, tender, result.bids[0].id, tr));
  assert.match(text, /Price per quality point: £[\d,.]+ \(lower is better\)\./);
  assert.match(text, /Price per quality point is the price divided by the quality and social value points\./);
});
