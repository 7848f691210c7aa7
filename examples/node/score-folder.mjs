// Scores a folder of tenders in one go, for batch work: the back office of a
// portal, a framework review, re-scoring past tenders under a new method.
//
//   node examples/node/score-folder.mjs TENDERS_DIR [OUT_DIR]
//
// Every *.json file in TENDERS_DIR is scored with one calculator (one
// WebAssembly instance, loaded once). For each, OUT_DIR (default:
// TENDERS_DIR/results) gets NAME.result.json, or NAME.errors.json when the
// engine rejects it: byte for byte what `svcalc evaluate` prints. OUT_DIR/summary.csv
// has one row per tender. Exit status 1 when any tender was rejected.
//
// In a project of your own, `npm install svcalc` and import from 'svcalc'.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createCalculator } from '../../js/src/index.js';

const [tendersDir, outDir = tendersDir && join(tendersDir, 'results')] = process.argv.slice(2);
if (!tendersDir) {
  console.error('usage: node examples/node/score-folder.mjs TENDERS_DIR [OUT_DIR]');
  process.exit(2);
}

/** One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. */
const cell = (value) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

const calculator = await createCalculator();
const files = (await readdir(tendersDir)).filter((name) => name.endsWith('.json')).sort();
await mkdir(outDir, { recursive: true });

const summary = [['file', 'status', 'bids', 'winner', 'supplier', 'total', 'social_value_points', 'ties', 'errors']];
let rejected = 0;
for (const file of files) {
  const name = basename(file, '.json');
  // Bytes straight to the engine: it reads UTF-8, and reports bad JSON itself.
  const { ok, json } = calculator.evaluateJson(await readFile(join(tendersDir, file)));
  await writeFile(join(outDir, `${name}.${ok ? 'result' : 'errors'}.json`), `${json}\n`);
  const document = JSON.parse(json);
  if (ok) {
    const [winner] = document.bids;
    summary.push([file, 'scored', document.bids.length, winner?.id, winner?.supplier?.name, winner?.total, winner?.socialValue.points, document.ties.length, 0]);
    const first = winner ? `${winner.supplier?.name ?? winner.id}, total ${winner.total?.toFixed(2) ?? 'none'}` : 'no bids';
    console.log(`${file}: ${document.bids.length} bids; ranked first: ${first}`);
  } else {
    rejected += 1;
    summary.push([file, 'rejected', '', '', '', '', '', '', document.errors.length]);
    console.log(`${file}: rejected, ${document.errors.length} error(s); first: ${document.errors[0].message} [${document.errors[0].code} at ${document.errors[0].path || '/'}]`);
  }
}
await writeFile(join(outDir, 'summary.csv'), summary.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n');
console.log(`${files.length - rejected} of ${files.length} tenders scored; results in ${outDir}`);
calculator.dispose();
process.exitCode = rejected ? 1 : 0;
