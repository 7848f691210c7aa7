// importFrameworkCsv / exportFrameworkCsv: RFC 4180 parsing, exact round trips,
// column mappings, keeping what a CSV cannot carry, and errors that name the
// spreadsheet row and column. Runs without the WebAssembly build.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { exportFrameworkCsv, importFrameworkCsv } from '../../js/src/framework-csv.js';
import { root } from './support/paths.mjs';

const shipped = readdirSync(join(root, 'frameworks'))
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(root, 'frameworks', name), 'utf8')));
const header = 'id,theme,themeTitle,themeWeight,kind,title,unit,proxy,deadweight,displacement,attribution,leakage,dropOff,maxYears,weight';

/** The fields a CSV carries; everything else (x- keys, evidence, geography, ids of the framework) it does not. */
function carried(framework) {
  const pick = (item, keys) => Object.fromEntries(keys.filter((key) => key in item).map((key) => [key, item[key]]));
  return {
    themes: framework.themes.map((theme) => pick(theme, ['id', 'title', 'weight'])),
    measures: framework.measures.map((measure) =>
      pick(measure, ['id', 'theme', 'title', 'kind', 'unit', 'proxy', 'deadweight', 'displacement', 'attribution', 'leakage', 'dropOff', 'maxYears', 'weight'])),
  };
}

function imported(text, options) {
  const { framework, errors } = importFrameworkCsv(text, options);
  assert.deepEqual(errors, []);
  return framework;
}

function errorsOf(text, options) {
  const result = importFrameworkCsv(text, options);
  assert.equal(result.framework, null, 'no framework when there are errors');
  return result.errors.map(({ row, column, columnNumber }) => [row, column, columnNumber]);
}

/** A CSV under our headings from rows of { column: cell }. */
function sheet(...rows) {
  const columns = header.split(',');
  return [header, ...rows.map((row) => columns.map((column) => row[column] ?? '').join(','))].join('\n');
}

// Themes out of first-use order, an unused theme, text that needs quoting or
// looks like a formula, and numbers whose shortest form is long.
const awkward = {
  id: 'awkward',
  themes: [
    { id: 'b', title: 'Second, "quoted"\r\nover two lines', weight: 0.30000000000000004 },
    { id: 'a', title: '=1+1' },
    { id: 'unused', weight: 2 },
  ],
  measures: [
    { id: 'A1', theme: 'a', title: '-5% waste', kind: 'quantitative', unit: '£ spent', proxy: 1e-7, deadweight: 0.1, displacement: 0.2, attribution: 0.3, leakage: 0.4, dropOff: 0.5, maxYears: 7 },
    { id: 'B1', theme: 'b', title: "'@ already apostrophed", kind: 'qualitative', weight: 2.5 },
    { id: 'B2', theme: 'b', title: 'Cymunedau cryfach: ŵ ŷ', kind: 'quantitative', proxy: 123456789.123 },
    { id: 'A2', theme: 'a', kind: 'qualitative' },
  ],
};

test('every shipped framework round-trips: export, import, equal document', () => {
  assert.ok(shipped.length >= 3);
  for (const framework of shipped) {
    const text = exportFrameworkCsv(framework);
    assert.deepEqual(imported(text), carried(framework), `${framework.id}: the carried fields`);
    assert.deepEqual(imported(text, { base: framework }), framework, `${framework.id}: the whole document, given itself as base`);
    // Key order too, so a file re-saved after an import diffs cleanly.
    assert.equal(JSON.stringify(imported(text, { base: framework })), JSON.stringify(framework));
  }
});

test('awkward text, theme order, unused themes and long numbers round-trip exactly', () => {
  const text = exportFrameworkCsv(awkward);
  assert.deepEqual(imported(text), carried(awkward));
  assert.deepEqual(imported(text, { base: awkward }), awkward);
  // Theme-only rows keep the theme order and the unused theme.
  assert.ok(text.startsWith(`${header}\r\n,b,`));
  // Formula-like text is written with a leading apostrophe, so a spreadsheet shows it as text.
  assert.ok(text.includes(",'=1+1,"));
  assert.ok(text.includes(",'-5% waste,"));
  assert.ok(text.includes(",''@ already apostrophed,"));
  assert.ok(text.includes(',1e-7,0.1,0.2,0.3,0.4,0.5,7,'));
  // The same file with LF or CR line ends, or a BOM, reads the same.
  const lf = text.replace(/\r\n(?=[^"]*("[^"]*"[^"]*)*$)/g, '\n');
  assert.notEqual(lf, text);
  assert.ok(lf.includes('quoted""\r\nover'), 'line ends inside a quoted cell are data and stay');
  assert.deepEqual(imported(lf), carried(awkward));
  assert.deepEqual(imported(text.replace(/\r\n(?=[^"]*("[^"]*"[^"]*)*$)/g, '\r')), carried(awkward));
  assert.deepEqual(imported(`\uFEFF${text}`), carried(awkward));
});

test('RFC 4180 cells: quotes, commas, line breaks, no final line end, a trailing empty cell', () => {
  const text = `${header}\r\n"M,1","t""1",,,,"two\nlines",,1,,,,,,,\r\nM2,t1,,,,"",,,,,,,,,`;
  assert.deepEqual(imported(text), {
    themes: [{ id: 't"1' }, { id: 't1' }],
    measures: [
      { id: 'M,1', theme: 't"1', title: 'two\nlines', kind: 'quantitative', proxy: 1 },
      { id: 'M2', theme: 't1', kind: 'qualitative' },
    ],
  });
});

test('an empty kind is quantitative when there is a proxy, qualitative otherwise; percentages are fractions', () => {
  const framework = imported(sheet(
    { id: 'Q', theme: 't', themeTitle: 'Jobs', themeWeight: '3', title: 'Plan', weight: '2' },
    { id: 'N', theme: 't', proxy: ' 28500 ', deadweight: '12.3%', displacement: '0.5', leakage: '100 %', dropOff: '0%', attribution: '1e-1', maxYears: '3' },
    { id: 'K', theme: 't', kind: ' Quantitative ', proxy: '0', unit: 'hour' },
  ));
  assert.deepEqual(framework, {
    themes: [{ id: 't', title: 'Jobs', weight: 3 }],
    measures: [
      { id: 'Q', theme: 't', title: 'Plan', kind: 'qualitative', weight: 2 },
      { id: 'N', theme: 't', kind: 'quantitative', proxy: 28500, deadweight: 0.123, displacement: 0.5, attribution: 0.1, leakage: 1, dropOff: 0, maxYears: 3 },
      { id: 'K', theme: 't', kind: 'quantitative', unit: 'hour', proxy: 0 },
    ],
  });
  // Exactly the double that 0.123 reads as: the decimal point moved in the text, not 12.3 / 100.
  assert.equal(framework.measures[1].deadweight, 0.123);
});

test('a column mapping reads a spreadsheet with its own headings, whatever their case', () => {
  const text = [
    'Ref,Theme ,Outcome,Measure description,Units,Proxy value (£),Notes',
    'LOC1,Local jobs,,Local people employed,FTE,30000,from our licensed list',
    'LOC2,Local jobs,,Training plan,,,',
  ].join('\r\n');
  const { framework, errors, ignoredColumns } = importFrameworkCsv(text, {
    id: 'ref', theme: 'THEME', title: 'Measure description', unit: 'Units', proxy: 'Proxy value (£)',
  });
  assert.deepEqual(errors, []);
  assert.deepEqual(ignoredColumns, ['Outcome', 'Notes']);
  assert.deepEqual(framework, {
    themes: [{ id: 'Local jobs' }],
    measures: [
      { id: 'LOC1', theme: 'Local jobs', title: 'Local people employed', kind: 'quantitative', unit: 'FTE', proxy: 30000 },
      { id: 'LOC2', theme: 'Local jobs', title: 'Training plan', kind: 'qualitative' },
    ],
  });
  // The { mapping } form says the same.
  assert.deepEqual(importFrameworkCsv(text, { mapping: { id: 'Ref', title: 'Measure description', unit: 'Units', proxy: 'Proxy value (£)' } }).framework, framework);
});

test('a base framework keeps what the CSV cannot carry: a Welsh translation of the titles', () => {
  const base = shipped.find((framework) => framework.id === 'mixed-method-example');
  const welsh = exportFrameworkCsv(base)
    .replaceAll(',Good work and skills,', ',Gwaith da a sgiliau,')
    .replace(',Hours volunteered with local charities and community groups by the contract workforce,', ',Oriau gwirfoddoli,');
  const framework = imported(welsh, { base });
  assert.equal(framework.themes[0].title, 'Gwaith da a sgiliau');
  assert.equal(framework.measures.find((m) => m.id === 'COMMUNITY-VOL').title, 'Oriau gwirfoddoli');
  const untranslated = structuredClone(framework);
  untranslated.themes[0].title = 'Good work and skills';
  untranslated.measures.find((m) => m.id === 'COMMUNITY-VOL').title = base.measures.find((m) => m.id === 'COMMUNITY-VOL').title;
  assert.deepEqual(untranslated, base, 'ids, figures, sources, evidence and geography are unchanged');
  framework.measures[0]['x-source'] = 'changed';
  assert.notEqual(base.measures[0]['x-source'], 'changed', 'the result does not share objects with the base');
});

test('a base framework: the CSV decides which measures there are; new ones come without x- keys', () => {
  const base = shipped.find((framework) => framework.id === 'mixed-method-example');
  const text = sheet(
    { id: 'WORK-FTE', theme: 'work', themeTitle: 'Good work and skills', themeWeight: '2', kind: 'quantitative', proxy: '40000' },
    { id: 'LOCAL-1', theme: 'local', themeTitle: 'Our borough', title: 'Council priority', kind: 'qualitative' },
  );
  const framework = imported(text, { base });
  assert.deepEqual(framework.themes.map((theme) => theme.id), ['work', 'local']);
  assert.deepEqual(framework.measures.map((measure) => measure.id), ['WORK-FTE', 'LOCAL-1']);
  const work = framework.measures[0];
  assert.equal(work.proxy, 40000);
  assert.equal(work.title, undefined, 'an empty cell removes a carried field');
  assert.equal(work.deadweight, undefined);
  assert.equal(work['x-source'], base.measures[0]['x-source'], 'x- keys are kept by id');
  assert.deepEqual(framework.measures[1], { id: 'LOCAL-1', theme: 'local', title: 'Council priority', kind: 'qualitative' });
  assert.deepEqual(framework.evidence, base.evidence);
  assert.equal(framework['x-licence'], base['x-licence']);
});

test('bad rows are reported with their spreadsheet row, column heading and column number', () => {
  const text = [
    'Ref,Theme,Title,Proxy (£),Deadweight,Max years,Kind,Weight',
    'A1,jobs,"A title over',
    'two lines",£1200,,,,', // row 2, one record over two lines
    'A2,jobs,Fine,1200,12,,,', // row 3: 12 in a fraction column
    '', // row 4: blank, skipped but counted
    'A3,jobs,,1,200,2.5,,', // row 5: an unquoted "1,200" shifted the cells: Deadweight 200, Max years 2.5
    'A1,jobs,Again,5,,,,', // row 6: duplicate id
    ',jobs,No id,5,,,,', // row 7: a measure with no id
    'A4,,No theme,,,,qualitative,', // row 8: no theme
    'A5,jobs,,12%,,,quantitative,', // row 9: percentage proxy
    'A6,jobs,,,,,quantitative,', // row 10: quantitative without proxy
    'A7,jobs,,5,,,qualitative,', // row 11: qualitative with a proxy
    'A8,jobs,,5,,,,2', // row 12: weight on a quantitative measure
    'A9,jobs,,,,,qualitative,0', // row 13: weight must be above 0
    'A10,jobs,,,,,qual,', // row 14: unknown kind
    'A11,jobs,,-1,-5%,0,,', // row 15: negatives and a zero maxYears
    'A12,jobs,a"b,,,,,', // row 16: stray quote
    'A13,jobs,"ok"x,,,,,', // row 17: text after a closing quote
    'A14,jobs,,,,,,,extra', // row 18: a value beyond the last heading
    'A15,jobs,,1e999,,,,', // row 19: too large
  ].join('\n');
  const mapping = { id: 'Ref', theme: 'Theme', title: 'Title', proxy: 'Proxy (£)', deadweight: 'Deadweight', maxYears: 'Max years', kind: 'Kind', weight: 'Weight' };
  const { errors } = importFrameworkCsv(text, mapping);
  const at = (row, column) => errors.filter((e) => e.row === row && e.column === column).map((e) => e.message);
  assert.match(at(2, 'Proxy (£)')[0], /no currency sign or thousands separator.*got "£1200"/);
  assert.match(at(3, 'Deadweight')[0], /fraction from 0 to 1: write 0.12 or 12%, got "12"/);
  assert.match(at(5, 'Deadweight')[0], /got "200"/);
  assert.match(at(5, 'Max years')[0], /whole number, got "2.5"/);
  assert.match(at(6, 'Ref')[0], /"A1" is already used on row 2/);
  assert.match(at(7, 'Ref')[0], /has a "Title" but no measure id/);
  assert.match(at(8, 'Theme')[0], /needs a theme/);
  assert.match(at(9, 'Proxy (£)')[0], /not a percentage, got "12%"/);
  assert.match(at(10, 'Proxy (£)')[0], /needs a proxy value/);
  assert.match(at(11, 'Proxy (£)')[0], /qualitative measure takes no proxy/);
  assert.match(at(12, 'Weight')[0], /qualitative measures only/);
  assert.match(at(13, 'Weight')[0], /must be above 0, got "0"/);
  assert.match(at(14, 'Kind')[0], /"quantitative" or "qualitative".*got "qual"/);
  assert.match(at(15, 'Proxy (£)')[0], /at least 0, got "-1"/);
  assert.match(at(15, 'Deadweight')[0], /from 0 to 1 \(0% to 100%\), got "-5%"/);
  assert.match(at(15, 'Max years')[0], /from 1 to 1000, got "0"/);
  assert.match(at(16, 'Title')[0], /not in quotes contains a "/);
  assert.match(at(17, 'Title')[0], /text after its closing quote: "x"/);
  assert.match(at(18, null)[0], /Column I has a value but no heading: "extra"/);
  assert.match(at(19, 'Proxy (£)')[0], /too large/);
  assert.equal(errors.length, 20, JSON.stringify(errors, null, 1));
  // Every error in a cell gives the column's number (A = 1) beside its heading.
  const numbers = (row) => errors.filter((e) => e.row === row).map((e) => [e.column, e.columnNumber]);
  assert.deepEqual(numbers(2), [['Proxy (£)', 4]]);
  assert.deepEqual(numbers(6), [['Ref', 1]]);
  assert.deepEqual(numbers(15), [['Proxy (£)', 4], ['Deadweight', 5], ['Max years', 6]]);
  assert.deepEqual(numbers(16), [['Title', 3]]);
  assert.deepEqual(numbers(18), [[null, 9]], 'a value beyond the last heading has a number but no heading');
  assert.ok(errors.every((e) => Number.isInteger(e.columnNumber)), 'no error here is outside a cell');
  assert.equal(importFrameworkCsv(text, mapping).framework, null);
});

test('conflicting theme titles and weights name the row that set them first', () => {
  assert.deepEqual(errorsOf(sheet(
    { id: 'M1', theme: 't', themeTitle: 'Jobs', themeWeight: '2' },
    { id: 'M2', theme: 't', themeTitle: 'Jobs' },
    { id: 'M3', theme: 't', themeTitle: 'Skills', themeWeight: '3' },
  )), [[4, 'themeTitle', 3], [4, 'themeWeight', 4]]);
  const { errors } = importFrameworkCsv(sheet({ id: 'M1', theme: 't', themeWeight: '2' }, { id: 'M2', theme: 't', themeWeight: '3' }));
  assert.match(errors[0].message, /Theme "t" has weight 2 on row 2; .* got 3/);
});

test('header problems: missing required columns, a repeated heading, an empty file, no measures', () => {
  // A missing column has a name but no number: it is nowhere in the file.
  assert.deepEqual(errorsOf('theme,title\nt,x'), [[1, 'id', null]]);
  assert.deepEqual(errorsOf('Title,Proxy\nx,1', { title: 'Title', proxy: 'Proxy', id: 'Ref' }), [[1, 'Ref', null], [1, 'theme', null]]);
  assert.deepEqual(errorsOf('id,theme,ID\nM1,t,M2'), [[1, 'ID', 3]]);
  assert.deepEqual(errorsOf(''), [[1, null, null]]);
  assert.deepEqual(errorsOf('\uFEFF'), [[1, null, null]]);
  assert.deepEqual(errorsOf(`${header}\r\n\r\n,t,Theme only,,,,,,,,,,,,\r\n`), [[2, null, null]]);
  assert.deepEqual(errorsOf('id,theme\n"M1,t'), [[2, 'id', 1], [2, 'theme', 2]], 'an unclosed quote swallows the rest of the file');
});

test('wrong arguments are programming errors and throw', () => {
  assert.throws(() => importFrameworkCsv(Buffer.from('id,theme')), TypeError);
  assert.throws(() => importFrameworkCsv('id,theme', { reference: 'Ref' }), /not one of/);
  assert.throws(() => importFrameworkCsv('id,theme', { id: 'Ref', theme: 'ref' }), /two columns/);
  assert.throws(() => importFrameworkCsv('id,theme', { title: 'Theme' }), /heading "theme" to two columns/);
  assert.throws(() => importFrameworkCsv('id,theme', { id: '' }), /non-empty string/);
  assert.throws(() => importFrameworkCsv('id,theme', { base: [] }), /base must be a framework/);
  assert.throws(() => exportFrameworkCsv({ themes: [] }), TypeError);
});
