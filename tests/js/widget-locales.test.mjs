// The widget's UI text: Welsh and British English must offer exactly the same
// strings, with the same placeholders, and every string the code asks for
// must exist (and every string must be asked for).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import cy from '../../js/src/widget/locales/cy.js';
import enGB from '../../js/src/widget/locales/en-GB.js';
import { localeFor } from '../../js/src/widget/i18n.js';
import { loadTranslator } from './support/translator.mjs';
import { levelName } from '../../js/src/widget/wording.js';
import { root } from './support/paths.mjs';

const widgetDir = join(root, 'js/src/widget');
const sources = readdirSync(widgetDir, { recursive: true })
  .filter((name) => name.endsWith('.js') && !name.startsWith('locales'))
  .map((name) => readFileSync(join(widgetDir, name), 'utf8'))
  .join('\n');
const placeholders = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('en-GB and cy have exactly the same keys', () => {
  assert.deepEqual(Object.keys(cy).sort(), Object.keys(enGB).sort());
});

test('every string is non-empty, and each Welsh string has the placeholders of its English one', () => {
  for (const [key, english] of Object.entries(enGB)) {
    assert.equal(typeof english, 'string', key);
    assert.ok(english.trim() && cy[key].trim(), `${key} is empty`);
    assert.deepEqual(placeholders(cy[key]), placeholders(english), `placeholders of ${key}`);
  }
});

test('every key the widget asks for exists, and every key is asked for', () => {
  const literal = new Set([...sources.matchAll(/\bt\(\s*'([\w.-]+)'/g)].map((m) => m[1]));
  // Keys built at run time, such as `criterion.${k}`, are checked by prefix.
  const prefixes = [...sources.matchAll(/`([a-z]+(\.[\w-]+)*)\.\$\{/gi)].map((m) => `${m[1]}.`);
  // Keys chosen by a condition, such as t(open ? 'ranking.hide' : 'ranking.show').
  const quoted = new Set([...sources.matchAll(/'([a-z]+\.[\w.-]+)'/gi)].map((m) => m[1]));
  for (const key of literal) assert.ok(key in enGB, `t('${key}') has no string in en-GB.js`);
  for (const prefix of prefixes) assert.ok(Object.keys(enGB).some((k) => k.startsWith(prefix)), `no key starts with ${prefix}`);
  const unused = Object.keys(enGB).filter((key) => key !== 'title' && !quoted.has(key) && !prefixes.some((p) => key.startsWith(p)));
  assert.deepEqual(unused, []);
});

test('the translator fills placeholders and formats with Intl for the language and currency', async () => {
  const en = await loadTranslator('en-GB', 'GBP');
  assert.equal(en.t('summary.rank', { rank: 2, count: 5 }), 'Ranked 2 of 5.');
  assert.equal(en.money(1234.5), '£1,234.50');
  assert.equal(en.money(42000), '£42,000');
  assert.equal(en.percent(0.1), '10%');
  assert.equal(en.number(88.510576), '88.51');
  assert.equal(en.number(null), '–');
  const welsh = await loadTranslator('cy', 'EUR');
  assert.equal(welsh.locale, 'cy');
  assert.equal(welsh.t('criterion.price'), 'Pris');
  assert.match(welsh.money(10), /€/);
  // A code Intl cannot use still shows the amount, with the code.
  assert.match((await loadTranslator('en-GB', 'XQQ')).money(5), /^XQQ\s5/);
  assert.equal((await loadTranslator('en-GB', 'GB')).money(5), 'GB 5');
  assert.equal(localeFor('cy-GB'), 'cy');
  assert.equal(localeFor('en-US'), 'en-GB');
  assert.equal(localeFor(''), 'en-GB');
});

test("the spec's evidence levels and areas are named in the UI language; a framework's own names as written", async () => {
  const cyTr = await loadTranslator('cy', 'GBP');
  const enTr = await loadTranslator('en-GB', 'GBP');
  assert.equal(levelName(cyTr, 'evidence', 'aspirational'), 'uchelgeisiol');
  assert.equal(levelName(cyTr, 'geography', 'local'), 'lleol');
  assert.equal(levelName(enTr, 'evidence', 'verified'), 'verified');
  assert.equal(levelName(enTr, 'geography', 'international'), 'international');
  assert.equal(levelName(cyTr, 'geography', 'Gwynedd'), 'Gwynedd');
  assert.equal(levelName(cyTr, 'evidence', 'local'), 'local', 'an area name is not an evidence level');
});
