// The wasm build must print byte for byte what the native CLI prints, for every
// fixture and example, through the API and through the package's own CLI.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { test } from 'node:test';
import { createCalculator } from '../../js/src/index.js';
import { allTenderFiles, jsCli, nativeCli } from './support/paths.mjs';

const calc = await createCalculator();

function native(command, file) {
  const run = spawnSync(nativeCli, [command, file], { encoding: 'utf8' });
  assert.equal(run.error, undefined, `cannot run ${nativeCli}: build the native preset first`);
  return run;
}

for (const file of allTenderFiles()) {
  test(`wasm matches native: ${basename(file)}`, () => {
    const bytes = readFileSync(file);
    for (const [command, method] of [['evaluate', 'evaluateJson'], ['validate', 'validateJson']]) {
      const expected = native(command, file);
      const { ok, json } = calc[method](bytes);
      assert.equal(`${json}\n`, expected.stdout, `${command} output differs`);
      assert.equal(ok ? 0 : 1, expected.status, `${command} exit status differs`);
      assert.equal(JSON.stringify(JSON.parse(json)), json, 'output is not in JSON.stringify form');
    }
  });
}

test('the package CLI prints what the native CLI prints, with the same exit codes', () => {
  const files = allTenderFiles();
  for (const file of [files[0], files.find((f) => f.endsWith('.invalid.json'))]) {
    for (const command of ['evaluate', 'validate']) {
      const expected = native(command, file);
      const actual = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', jsCli, command, file], {
        encoding: 'utf8',
      });
      assert.equal(actual.stdout, expected.stdout, `${command} ${basename(file)}`);
      assert.equal(actual.status, expected.status, `${command} ${basename(file)} exit status`);
    }
  }
});

test('the package CLI reads stdin and reports usage errors with exit code 2', () => {
  const file = allTenderFiles()[0];
  const viaStdin = spawnSync(process.execPath, [jsCli, 'evaluate', '-'], {
    input: readFileSync(file),
    encoding: 'utf8',
  });
  assert.equal(viaStdin.stdout, native('evaluate', file).stdout);
  for (const args of [[], ['score', file], ['evaluate'], ['evaluate', '/no/such/file.json'], ['evaluate', file, 'extra']]) {
    const run = spawnSync(process.execPath, [jsCli, ...args], { encoding: 'utf8' });
    assert.equal(run.status, 2, `svcalc ${args.join(' ')}`);
    assert.match(run.stderr, /usage: svcalc/);
    assert.equal(run.stdout, '');
  }
  const version = spawnSync(process.execPath, [jsCli, '--version'], { encoding: 'utf8' });
  assert.equal(version.stdout, spawnSync(nativeCli, ['--version'], { encoding: 'utf8' }).stdout);
});
