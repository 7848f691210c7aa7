// The plugin manifest (plugin-manifest/svcalc.plugin.json) and the copy the
// build writes into the package (js/dist/svcalc.plugin.json): both valid
// against their schema, the published one with the true size and sha384 of
// each built file, and every declaration in it true of the source: version,
// events, locales, the storage key prefix, schemas, and no use of the network,
// storage or other browser APIs beyond what it declares.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { draftPrefix } from '../../js/src/widget/drafts.js';
import { validateDocuments } from './support/json-schema.mjs';
import { root } from './support/paths.mjs';

const jsDir = join(root, 'js');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const schemaFile = join(root, 'plugin-manifest/svcalc.plugin.schema.json');
const declared = readJson(join(root, 'plugin-manifest/svcalc.plugin.json'));
const publishedFile = join(jsDir, 'dist/svcalc.plugin.json');
assert.ok(existsSync(publishedFile), 'js/dist/svcalc.plugin.json is missing: run node scripts/build-manifest.mjs after the wasm build');
const published = readJson(publishedFile);
const pkg = readJson(join(jsDir, 'package.json'));
// Every script the element runs: the entry module and the modules it imports on demand.
const scriptText = Object.values(published.assets)
  .filter((asset) => asset.mediaType === 'text/javascript')
  .map((asset) => readFileSync(join(jsDir, asset.path), 'utf8'))
  .join('\n');

test('both manifests validate against svcalc.plugin.schema.json; the published one must carry sizes and hashes', () => {
  const { integrity, ...unhashed } = published.assets.wasm;
  const verdicts = validateDocuments(
    [declared, published, { ...published, assets: { ...published.assets, wasm: unhashed } }].map((data) => ({ schema: schemaFile, data })),
    [schemaFile],
  );
  assert.deepEqual(verdicts[0].errors, [], 'plugin-manifest/svcalc.plugin.json');
  assert.deepEqual(verdicts[1].errors, [], 'js/dist/svcalc.plugin.json');
  assert.equal(verdicts[2].valid, false, 'a published manifest without an integrity hash');
  assert.ok(verdicts[2].errors.some((e) => e.instancePath === '/assets/wasm' && e.params.missingProperty === 'integrity'));
});

test('the SRI hashes and sizes in the published manifest are those of the built files', () => {
  for (const [name, asset] of Object.entries(published.assets)) {
    const bytes = readFileSync(join(jsDir, asset.path));
    assert.equal(asset.size, bytes.length, `${name}: size of ${asset.path}`);
    assert.equal(asset.integrity, `sha384-${createHash('sha384').update(bytes).digest('base64')}`, `${name}: sha384 of ${asset.path}`);
  }
  assert.deepEqual(Object.keys(published.assets).sort(), ['csv-importer', 'entry', 'locale-cy', 'locale-en-GB', 'wasm']);
  assert.equal(published.assets.wasm.path, 'dist/svcalc.wasm');
});

test('the published manifest is the declaration plus what the build found, nothing else changed', () => {
  const { generated, assets, ...rest } = published;
  const { assets: declaredAssets, ...declaredRest } = declared;
  assert.deepEqual(rest, declaredRest);
  assert.deepEqual(generated, { by: 'scripts/build-manifest.mjs', from: 'plugin-manifest/svcalc.plugin.json' });
  for (const [name, asset] of Object.entries(assets)) {
    const { size, integrity, ...declaredPart } = asset;
    assert.deepEqual(declaredPart, declaredAssets[name]);
  }
});

test('the build is current: the entry bundle, the Custom Elements Manifest and the package copies are what the source builds to', () => {
  // A child process: the build loads esbuild and the analyzer, and this suite
  // runs under --disallow-code-generation-from-strings.
  const run = spawnSync(process.execPath, [join(root, 'scripts/build-manifest.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});

test('name, version and licence are the package’s', () => {
  assert.equal(declared.name, pkg.name);
  assert.equal(declared.version, pkg.version);
  assert.equal(declared.licence, pkg.license);
  assert.equal(declared.licence, 'MIT');
});

test('the CSP a host must allow is script-src \'wasm-unsafe-eval\', nothing else', () => {
  assert.deepEqual(declared.contentSecurityPolicy, { 'script-src': ["'wasm-unsafe-eval'"] });
  // ...which holds only while nothing we ship compiles code from strings.
  assert.doesNotMatch(scriptText, /new\s+Function\s*\(|(^|[^\w.$])eval\s*\(/);
});

test('what it touches: the declared storage prefix is the widget’s, and the package uses no undeclared API', () => {
  assert.deepEqual(declared.touches.storage.map((s) => [s.api, s.keyPrefix]), [['localStorage', draftPrefix]]);
  assert.equal(declared.touches.cookies, false);
  assert.equal(declared.touches.network.thirdParty, false);
  // Our own code, file by file. (The Emscripten glue in the bundle also holds
  // an XMLHttpRequest loader for the .wasm, which never runs: the shim loads
  // the .wasm itself through instantiateWasm. The browser tests watch every
  // request the examples make.)
  const srcDir = join(jsDir, 'src');
  const sources = readdirSync(srcDir, { recursive: true }).filter((name) => name.endsWith('.js'));
  for (const name of sources) {
    const text = readFileSync(join(srcDir, name), 'utf8');
    for (const api of ['document.cookie', 'sessionStorage', 'indexedDB', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'sendBeacon', 'importScripts', 'serviceWorker', 'postMessage']) {
      assert.ok(!text.includes(api), `js/src/${name} uses ${api}, which the manifest does not declare`);
    }
    // Code that reaches localStorage (not a comment that names it).
    if (/\.localStorage\b|\blocalStorage\s*[.[]/.test(text)) assert.equal(name, join('widget', 'drafts.js'), 'only the drafts module touches localStorage');
  }
  // The only absolute URLs in it are XML namespaces (for the SVG chart), never a host to contact.
  const urls = [...new Set(scriptText.match(/https?:\/\/[^\s"'`)]+/g) ?? [])];
  for (const url of urls) assert.match(url, /^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xhtml|1999\/xlink)$/, `unexpected URL ${url}`);
});

test('events are the ones the widget fires and the Custom Elements Manifest lists, with their TypeScript detail types', () => {
  const names = declared.events.map((e) => e.name).sort();
  const widgetDir = join(jsDir, 'src/widget');
  const source = readdirSync(widgetDir, { recursive: true })
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(join(widgetDir, name), 'utf8'))
    .join('\n');
  const fired = [...new Set([...source.matchAll(/emit\('(svcalc-[a-z-]+)'/g)].map((m) => m[1]))].sort();
  assert.deepEqual(names, fired);
  const cem = readJson(join(root, 'plugin-manifest/custom-elements.json'));
  const element = cem.modules.flatMap((m) => m.declarations).find((d) => d.customElement);
  assert.deepEqual(element.events.map((e) => e.name).sort(), names);
  const types = readFileSync(join(jsDir, 'types/widget.d.ts'), 'utf8');
  for (const { name, detailType } of declared.events) {
    assert.match(types, new RegExp(`(interface|type) ${detailType}\\b`), `${name}: ${detailType} in types/widget.d.ts`);
    assert.match(types, new RegExp(`'${name}': CustomEvent<${detailType}>`), `${name} is typed with ${detailType}`);
  }
});

test('locales are the widget’s locale modules', () => {
  const modules = readdirSync(join(jsDir, 'src/widget/locales')).filter((n) => n.endsWith('.js')).map((n) => n.slice(0, -3)).sort();
  assert.deepEqual(declared.locales.map((l) => l.tag).sort(), modules);
});

test('every path in the manifest is in the package, and each schema is the one its id names', () => {
  const { files } = pkg;
  const shipped = (path) => files.some((entry) => (entry.endsWith('/') ? path.startsWith(entry) : path === entry));
  const paths = [declared.element.module, declared.element.customElementsManifest, declared.element.types, ...Object.values(declared.assets).map((a) => a.path)];
  for (const document of declared.documents.filter((d) => d.schema)) {
    const [path, fragment] = document.schema.split('#');
    paths.push(path);
    const schema = readJson(join(jsDir, path));
    const [id, idFragment] = document.schemaId.split('#');
    assert.equal(schema.$id, id, document.name);
    assert.equal(fragment, idFragment, `${document.name}: schema and schemaId name the same part`);
    if (fragment) {
      const part = fragment.split('/').slice(1).reduce((node, token) => node?.[token], schema);
      assert.ok(part, `${document.schema} exists`);
    }
  }
  for (const path of paths) {
    assert.ok(existsSync(join(jsDir, path)), `${path} exists in js/`);
    assert.ok(shipped(path), `${path} is in js/package.json "files"`);
  }
  assert.equal(pkg.customElements, `./${declared.element.customElementsManifest}`);
  assert.equal(pkg.exports['./svcalc.plugin.json'], './dist/svcalc.plugin.json');
  assert.equal(pkg.exports['./social-value-calculator.mjs'].default, `./${declared.assets.entry.path}`);
  // Importing the entry module defines the element: bundlers must not drop it.
  assert.ok(pkg.sideEffects.includes(`./${declared.assets.entry.path}`));
});
