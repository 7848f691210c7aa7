// examples/node/score-folder.mjs: scores a folder of tenders with the package,
// writing each result or error document byte for byte as the CLI prints it,
// and a summary CSV. Run as a user would, in its own process (under the
// test command's no-code-from-strings flag, like the rest of the suite).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { examplesDir, fixturesDir, root } from './support/paths.mjs';

test('a folder of tenders: every result as the CLI gives it, rejected ones as error documents, a summary CSV', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'svcalc-batch-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const tenders = readdirSync(examplesDir).filter((name) => name.endsWith('.json'));
  for (const name of tenders) copyFileSync(join(examplesDir, name), join(dir, name));
  copyFileSync(join(fixturesDir, 'type.invalid.json'), join(dir, 'broken.json'));
  copyFileSync(join(fixturesDir, 'parse-error.invalid.json'), join(dir, 'not-json.json'));
  writeFileSync(join(dir, 'notes.txt'), 'not a tender');
  const out = join(dir, 'out');

  const run = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', join(root, 'examples/node/score-folder.mjs'), dir, out], { encoding: 'utf8' });
  assert.equal(run.status, 1, 'two tenders were rejected');
  assert.match(run.stdout, new RegExp(`${tenders.length} of ${tenders.length + 2} tenders scored`));

  for (const name of tenders) {
    const stem = name.replace(/\.json$/, '');
    assert.equal(readFileSync(join(out, `${stem}.result.json`), 'utf8'), readFileSync(join(fixturesDir, `example-${stem}.result.json`), 'utf8'), name);
  }
  assert.equal(readFileSync(join(out, 'broken.errors.json'), 'utf8'), readFileSync(join(fixturesDir, 'type.errors.json'), 'utf8'));
  assert.equal(readFileSync(join(out, 'not-json.errors.json'), 'utf8'), readFileSync(join(fixturesDir, 'parse-error.errors.json'), 'utf8'));

  const rows = readFileSync(join(out, 'summary.csv'), 'utf8').trimEnd().split('\r\n');
  assert.equal(rows[0], 'file,status,bids,winner,supplier,total,social_value_points,ties,errors');
  assert.equal(rows.length, 1 + tenders.length + 2);
  const small = JSON.parse(readFileSync(join(fixturesDir, 'example-small-vs-large.result.json'), 'utf8'));
  const [winner] = small.bids;
  assert.ok(rows.includes(`small-vs-large.json,scored,${small.bids.length},${winner.id},${winner.supplier.name},${winner.total},${winner.socialValue.points},0,0`));
  assert.ok(rows.includes('broken.json,rejected,,,,,,,13'));
});
