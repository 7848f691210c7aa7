// The Custom Elements Manifest (plugin-manifest/custom-elements.json, generated
// from the element's JSDoc by scripts/build-manifest.mjs): valid against the
// schema of the custom-elements-manifest npm package, pointed at by the
// package, and complete: every attribute the element observes, every part its
// views set, every custom property its styles read, every event it fires.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { validateDocuments } from './support/json-schema.mjs';
import { root } from './support/paths.mjs';

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const cemFile = join(root, 'plugin-manifest/custom-elements.json');
const cem = readJson(cemFile);
const cemSchemaFile = createRequire(import.meta.url).resolve('custom-elements-manifest/schema.json');
const widgetDir = join(root, 'js/src/widget');
const widgetSource = readdirSync(widgetDir, { recursive: true })
  .filter((name) => name.endsWith('.js'))
  .map((name) => readFileSync(join(widgetDir, name), 'utf8'))
  .join('\n');
const element = cem.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement);
const names = (list) => (list ?? []).map((item) => item.name).sort();
const unique = (matches) => [...new Set(matches)].sort();

test('it validates against the Custom Elements Manifest schema from npm, and says which version', () => {
  const [verdict] = validateDocuments([{ schema: cemSchemaFile, data: cem }], [cemSchemaFile]);
  assert.deepEqual(verdict.errors, []);
  const { version } = readJson(join(root, 'node_modules/custom-elements-manifest/package.json'));
  assert.equal(cem.schemaVersion, version);
  assert.match(version, /^2\./);
});

test('the package points at its copy, and exports the element where the manifest says', () => {
  const pkg = readJson(join(root, 'js/package.json'));
  assert.equal(pkg.customElements, './dist/custom-elements.json');
  assert.ok(pkg.files.includes('dist/custom-elements.json'));
  assert.deepEqual(readJson(join(root, 'js/dist/custom-elements.json')), cem);
  const [module] = cem.modules;
  assert.equal(module.path, 'src/widget/social-value-calculator.js');
  assert.equal(pkg.exports['./widget'].default, `./${module.path}`);
  assert.deepEqual(
    module.exports.find((e) => e.kind === 'custom-element-definition'),
    { kind: 'custom-element-definition', name: 'social-value-calculator', declaration: { name: 'SocialValueCalculator', module: module.path } },
  );
});

test('attributes: the observed ones and wasm-url, each reflected property linked to its attribute', () => {
  const observed = widgetSource.match(/static observedAttributes = \[([^\]]*)\]/)[1].match(/'([a-z-]+)'/g).map((s) => s.slice(1, -1));
  assert.deepEqual(names(element.attributes), unique([...observed, 'wasm-url']));
  for (const attribute of element.attributes) assert.ok(attribute.description && attribute.type?.text, attribute.name);
  for (const property of ['mode', 'src', 'currency']) {
    assert.equal(element.attributes.find((a) => a.name === property).fieldName, property);
  }
});

test('properties: the host API, and nothing private', () => {
  const members = element.members.filter((m) => m.kind === 'field').map((m) => m.name).sort();
  assert.deepEqual(members, ['bid', 'calculator', 'currency', 'mode', 'result', 'settings', 'src', 'tender']);
  assert.ok(element.members.some((m) => m.kind === 'method' && m.name === 'summaryText'));
  assert.ok(!element.members.some((m) => m.privacy === 'private' || m.name.startsWith('#')));
});

test('parts, custom properties and events are exactly those the widget uses', () => {
  assert.deepEqual(names(element.cssParts), unique([...widgetSource.matchAll(/part: '([a-z-]+)'/g)].map((m) => m[1])));
  const styles = readFileSync(join(widgetDir, 'styles.js'), 'utf8');
  assert.deepEqual(names(element.cssProperties), unique([...styles.matchAll(/var\((--svcalc-[a-z-]+)/g)].map((m) => m[1])));
  assert.deepEqual(names(element.events), unique([...widgetSource.matchAll(/emit\('(svcalc-[a-z-]+)'/g)].map((m) => m[1])));
  for (const item of [...element.cssParts, ...element.cssProperties, ...element.events]) assert.ok(item.description, item.name);
  // No slots: the element renders everything itself.
  assert.equal(element.slots, undefined);
  assert.doesNotMatch(widgetSource, /<slot|'slot'/);
});
