// The widget's weight on a portal's pages: the entry module portals load
// (js/dist/social-value-calculator.mjs, as scripts/build-manifest.mjs bundles
// it: the element, the calculator, both locales and the wasm glue, the .wasm
// itself not), minified, then gzipped.
//
// Issue 5 sets a target of 30 KB. The module is 34.6 KB: the element alone is
// 29.8 KB, and "Import measures from a spreadsheet" adds the importer (about
// 3.3 KB) and its strings. So the target is not met yet, and issue 5 stays open
// on it. This test guards against growth at 35 KB meanwhile. Loading the
// importer with import() would not help: the entry module must stay one file
// under one integrity hash (and the offline page one inline script). The next
// step is to ship the Welsh locale as its own module that only Welsh pages load.
import assert from 'node:assert/strict';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { bundleEntry } from '../../scripts/build-manifest.mjs';
import { root } from './support/paths.mjs';

test('the entry module portals load, everything but the .wasm, does not grow past 35 KB minified and gzipped (target 30 KB, open)', async () => {
  const { outputFiles, metafile } = await bundleEntry({ metafile: true });
  // esbuild gives the inputs' paths from the working directory.
  const inputs = Object.keys(metafile.inputs).map((file) => relative(root, join(process.cwd(), file)));
  for (const expected of ['js/src/calculator.js', 'js/dist/svcalc.mjs', 'js/src/widget/styles.js', 'js/src/widget/locales/cy.js', 'js/src/framework-csv.js']) {
    assert.ok(inputs.includes(expected), `${expected} is not in the bundle: ${inputs.join(', ')}`);
  }
  // Host-side conversions are the main module's, not the element's.
  assert.ok(!inputs.includes('js/src/ocds.js'), 'the OCDS conversion is not in the entry module');
  const gzipped = gzipSync(outputFiles[0].contents, { level: 9 }).length;
  console.log(`# entry module: ${(gzipped / 1024).toFixed(1)} KB minified and gzipped (${inputs.length} modules)`);
  assert.ok(gzipped <= 35 * 1024, `${(gzipped / 1024).toFixed(1)} KB`);
});
