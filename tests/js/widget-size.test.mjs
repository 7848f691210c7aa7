// The widget's weight on a portal's pages: all the JavaScript (with the CSS it
// carries) that <social-value-calculator> loads, the JS package, both locales
// and the wasm glue included, the .wasm itself not. Measured as portals ship
// it: bundled and minified (esbuild), then gzipped. At most 30 KB.
import assert from 'node:assert/strict';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { root } from './support/paths.mjs';

test('the widget, with everything it loads but the .wasm, is at most 30 KB minified and gzipped', async () => {
  const { outputFiles, metafile } = await build({
    entryPoints: [join(root, 'js/src/widget/social-value-calculator.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    external: ['node:*'], // the shim's Node-only branch, never loaded in a browser
    logLevel: 'silent',
  });
  const inputs = Object.keys(metafile.inputs).map((file) => relative(root, join(process.cwd(), file)));
  for (const expected of ['js/src/calculator.js', 'js/dist/svcalc.mjs', 'js/src/widget/styles.js', 'js/src/widget/locales/cy.js']) {
    assert.ok(inputs.includes(expected), `${expected} is not in the bundle: ${inputs.join(', ')}`);
  }
  const gzipped = gzipSync(outputFiles[0].contents, { level: 9 }).length;
  console.log(`# widget: ${(gzipped / 1024).toFixed(1)} KB minified and gzipped (${inputs.length} modules)`);
  assert.ok(gzipped <= 30 * 1024, `${(gzipped / 1024).toFixed(1)} KB`);
});
