// Builds examples/offline/svcalc-offline.html: the whole calculator in one
// file that works opened from disk (file://) with no network. It fills
// examples/offline/template.html with
//   - examples/offline/offline.js bundled with the package and the widget
//     into one inline ES module (esbuild; an inline module has no URL to
//     import from, so nothing may be left to import);
//   - js/dist/svcalc.wasm as base64 (a file:// page cannot fetch it), which the
//     script decodes and passes to createCalculator({ wasm: bytes });
//   - an example tender (examples/tenders/small-vs-large.json).
// Base64 costs a third more bytes and a decode, still well under a second;
// Emscripten's SINGLE_FILE would do the same inside the glue, for every user
// of the package rather than only this page.
//
// Usage: node scripts/build-offline.mjs          build (after the wasm build)
//        node scripts/build-offline.mjs --check  exit 1 if the file on disk is not what it would build
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const offlineDir = join(root, 'examples/offline');
export const offlinePage = join(offlineDir, 'svcalc-offline.html');
export const exampleTender = join(root, 'examples/tenders/small-vs-large.json');

async function inlineScript() {
  const { outputFiles } = await build({
    entryPoints: [join(offlineDir, 'offline.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    external: ['node:*'], // the shim's Node-only branch, never run in a browser
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const code = outputFiles[0].text;
  // esbuild escapes "</script" inside strings; make sure nothing else closes the element early.
  if (/<\/script/i.test(code)) throw new Error('the bundled script contains "</script"');
  return code;
}

/** The page's text. */
export async function offlineHtml() {
  const wasmFile = join(root, 'js/dist/svcalc.wasm');
  if (!existsSync(wasmFile)) throw new Error('js/dist/svcalc.wasm is missing: build the wasm first');
  // JSON in a <script> element: "<" escaped, so that no string in it can end the element.
  const tender = JSON.stringify(JSON.parse(readFileSync(exampleTender, 'utf8'))).replace(/</g, '\\u003c');
  const parts = {
    '<!-- svcalc:tender -->': tender,
    '<!-- svcalc:wasm -->': readFileSync(wasmFile).toString('base64'),
    '<!-- svcalc:script -->': await inlineScript(),
  };
  let html = readFileSync(join(offlineDir, 'template.html'), 'utf8').replace(/<!-- Not a page:[\s\S]*?-->\n/, '');
  for (const [marker, content] of Object.entries(parts)) {
    if (!html.includes(marker)) throw new Error(`template.html has no ${marker}`);
    html = html.replace(marker, () => content);
  }
  return html;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const html = await offlineHtml();
  const current = existsSync(offlinePage) && readFileSync(offlinePage, 'utf8') === html;
  if (process.argv.includes('--check')) {
    if (!current) {
      console.error('build-offline: examples/offline/svcalc-offline.html is out of date (run node scripts/build-offline.mjs)');
      process.exit(1);
    }
  } else if (!current) {
    writeFileSync(offlinePage, html);
    console.log(`build-offline: wrote examples/offline/svcalc-offline.html (${Math.round(html.length / 1024)} KB)`);
  }
}
