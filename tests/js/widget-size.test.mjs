// The widget's weight on a portal's pages: the JavaScript (its CSS is in it) a
// page downloads to show the element, minified and gzipped, the .wasm aside.
// Issue 5 sets 30 KB. scripts/build-manifest.mjs bundles the entry module (the
// element, the calculator and the wasm glue) and splits out what it imports
// on demand: each language's text, of which a page loads one, and the CSV
// importer, which loads when a user imports a spreadsheet. So an English page
// and a Welsh page each pay for the entry module and their own language.
import assert from 'node:assert/strict';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { bundleModules } from '../../scripts/build-manifest.mjs';
import { root } from './support/paths.mjs';

const { files, metafile } = await bundleModules({ metafile: true });
const gzipped = (path) => gzipSync(files.get(path), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const entry = 'dist/social-value-calculator.mjs';
// esbuild gives paths from the working directory.
const inputsOf = (path) => Object.keys(metafile.outputs[relative(process.cwd(), join(root, 'js', path))].inputs).map((file) => relative(root, join(process.cwd(), file)));

test('the entry module holds the element, the calculator and the glue; text and the CSV importer are modules of their own', () => {
  assert.deepEqual([...files.keys()].sort(), [
    'dist/social-value-calculator.cy.mjs',
    'dist/social-value-calculator.en-GB.mjs',
    'dist/social-value-calculator.framework-csv.mjs',
    entry,
  ]);
  const inEntry = inputsOf(entry);
  for (const expected of ['js/src/calculator.js', 'js/dist/svcalc.mjs', 'js/src/widget/styles.js', 'js/src/widget/social-value-calculator.js']) {
    assert.ok(inEntry.includes(expected), `${expected} is not in the entry module: ${inEntry.join(', ')}`);
  }
  for (const apart of ['js/src/widget/locales/en-GB.js', 'js/src/widget/locales/cy.js', 'js/src/framework-csv.js', 'js/src/ocds.js']) {
    assert.ok(!inEntry.includes(apart), `${apart} is in the entry module`);
  }
  assert.deepEqual(inputsOf('dist/social-value-calculator.cy.mjs'), ['js/src/widget/locales/cy.js']);
  assert.deepEqual(inputsOf('dist/social-value-calculator.framework-csv.mjs'), ['js/src/framework-csv.js']);
});

for (const language of ['en-GB', 'cy']) {
  test(`a page in ${language} loads at most 30 KB of the widget's JavaScript and CSS, minified and gzipped`, () => {
    const page = gzipped(entry) + gzipped(`dist/social-value-calculator.${language}.mjs`);
    const csv = gzipped('dist/social-value-calculator.framework-csv.mjs');
    console.log(`# ${language} page: ${kb(page)} (entry module ${kb(gzipped(entry))}); importing a CSV adds ${kb(csv)}`);
    assert.ok(page <= 30 * 1024, kb(page));
  });
}
