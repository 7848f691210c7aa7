// Portals run strict Content-Security-Policies: nothing we ship may compile code
// from strings. The whole suite also runs under
// --disallow-code-generation-from-strings; this test reads the glue as text so
// that code paths the tests never reach are covered too.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { root } from './support/paths.mjs';

const shipped = [
  join(root, 'js/dist/svcalc.mjs'),
  ...readdirSync(join(root, 'js/src'), { recursive: true })
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(root, 'js/src', name)),
];

for (const file of shipped) {
  test(`no eval or new Function in ${file.slice(root.length)}`, () => {
    const source = readFileSync(file, 'utf8');
    assert.doesNotMatch(source, /new\s+Function\s*\(/);
    assert.doesNotMatch(source, /(^|[^\w.$])eval\s*\(/);
  });
}
