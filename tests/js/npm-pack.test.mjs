// The published package works on its own: pack it, install the tarball into an
// empty folder (no network: it has no dependencies), import it and score a tender.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { examplesDir, root } from './support/paths.mjs';

test('npm pack, install into an empty folder, import and evaluate', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'svcalc-pack-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const npm = (args, cwd) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' });

  const tarball = npm(['pack', '--pack-destination', dir, join(root, 'js')], dir).trim().split('\n').pop();
  const app = join(dir, 'app');
  execFileSync('mkdir', [app]);
  writeFileSync(join(app, 'package.json'), '{"name":"app","private":true,"type":"module"}');
  npm(['install', '--offline', join(dir, tarball)], app);

  const files = execFileSync('tar', ['-tzf', join(dir, tarball)], { encoding: 'utf8' });
  assert.match(files, /package\/dist\/svcalc\.wasm/);
  assert.match(files, /package\/types\/index\.d\.ts/);
  assert.doesNotMatch(files, /node_modules|\.cpp/);

  writeFileSync(join(app, 'tender.json'), readFileSync(join(examplesDir, 'small-vs-large.json')));
  writeFileSync(
    join(app, 'main.mjs'),
    `import { readFileSync } from 'node:fs';
     import { createCalculator } from 'svcalc';
     const calc = await createCalculator();
     const result = calc.evaluate(readFileSync('tender.json', 'utf8'));
     console.log(JSON.stringify({ engine: result.engine, winner: result.bids[0].id }));`,
  );
  const out = JSON.parse(execFileSync(process.execPath, ['--disallow-code-generation-from-strings', 'main.mjs'], { cwd: app, encoding: 'utf8' }));
  assert.match(out.engine, /^svcalc \d/);
  assert.equal(typeof out.winner, 'string');

  const bin = execFileSync(join(app, 'node_modules/.bin/svcalc'), ['evaluate', 'tender.json'], { cwd: app, encoding: 'utf8' });
  assert.equal(JSON.parse(bin).bids[0].id, out.winner);
});
