// "Import measures from a spreadsheet (CSV)" in both modes: a buyer's measure
// list replaces the framework's, the method and bids stay; a bad file is
// explained row by row and column by column; headings that are not ours are
// mapped with a small form. The example framework is flagged x-illustrative,
// which the widget states in words.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { exportFrameworkCsv } from '../../../js/src/framework-csv.js';
import { examplesDir } from '../support/paths.mjs';
import { axeViolations, browserSession, openWidget } from './support/browser.mjs';

const example = JSON.parse(readFileSync(join(examplesDir, 'small-vs-large.json'), 'utf8'));
const session = browserSession();

/** The example's measures as CSV, with VOLUNTEER retitled and its proxy doubled. */
function editedCsv() {
  const measures = example.framework.measures.map((m) => (m.id === 'VOLUNTEER' ? { ...m, title: 'Volunteering from the spreadsheet', proxy: 30 } : m));
  return exportFrameworkCsv({ ...example.framework, measures });
}

const csvFile = (text) => ({ name: 'measures.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });

async function openCsvImport(widget, loader) {
  await widget.locator('summary', { hasText: loader }).click();
  await widget.locator('summary', { hasText: 'Import measures from a spreadsheet (CSV)' }).click();
}

test('evaluate mode: a CSV replaces the measures, keeping the method and the bids', async () => {
  const page = await session.page();
  const widget = await openWidget(session, page, '/examples/');
  const before = await widget.evaluate((el) => el.result.bids.map((b) => b.total));
  await openCsvImport(widget, 'Load another tender, or add a bid');
  await widget.getByLabel('Choose a CSV file').setInputFiles(csvFile(editedCsv()));
  await widget.locator('tr[data-bid]').first().waitFor();
  await page.waitForFunction(() => document.querySelector('social-value-calculator').tender.framework.measures.some((m) => m.proxy === 30));
  const tender = await widget.evaluate((el) => el.tender);
  assert.deepEqual(tender.bids, example.bids, 'the bids stay');
  assert.deepEqual(tender.method, example.method, 'the method stays');
  assert.equal(tender.framework.id, example.framework.id, 'what a CSV cannot carry comes from the framework in use');
  const after = await widget.evaluate((el) => el.result.bids.map((b) => b.total));
  assert.notDeepEqual(after, before, 'a doubled proxy changes the totals');
  // The new title is what the line-by-line calculation shows.
  await widget.locator('tr[data-bid="green-pathways"]').getByRole('button', { name: /Show calculation/ }).click();
  await widget.getByText('Volunteering from the spreadsheet (VOLUNTEER)').waitFor();
  // The framework kept its x-illustrative flag: the header says so, and each proxy is marked in words.
  await widget.locator('[part=header]', { hasText: 'Illustrative figures: some figures or names in this framework have not been checked' }).waitFor();
  await widget.getByText('× £30 (illustrative figure) = ').first().waitFor();
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a bad CSV is explained by row, column number and heading; bids naming a lost measure get the engine\'s errors', async () => {
  const page = await session.page();
  const widget = await openWidget(session, page, '/examples/');
  await openCsvImport(widget, 'Load another tender, or add a bid');
  await widget.locator('summary', { hasText: 'Paste CSV instead' }).click();
  await widget.getByLabel('CSV to import').fill('id,proxy,theme\nJOB-BARRIERS,20000,jobs\nAPPRENTICE,£200,jobs\n');
  await widget.getByRole('button', { name: 'Import the pasted CSV' }).click();
  const alert = widget.locator('[role=alert]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /Row 3, column 2 \(proxy\): proxy must be a plain number, with no currency sign/);
  assert.deepEqual(await axeViolations(page), []);

  // Well formed, but the bids commit to measures it no longer has: not loaded, and the engine says why.
  await widget.getByLabel('CSV to import').fill('id,proxy,theme\nJOB-BARRIERS,20000,jobs\n');
  await widget.getByRole('button', { name: 'Import the pasted CSV' }).click();
  await widget.locator('[role=alert]', { hasText: /commitment \d+ \(APPRENTICE\) › measure/ }).waitFor();
  assert.equal((await widget.evaluate((el) => el.tender.framework.measures.length)), example.framework.measures.length, 'the framework in use stays');
  await page.context().close();
});

test('bid mode: headings that are not ours are mapped in a small form, then the measures are offered', async () => {
  const page = await session.page();
  const widget = await openWidget(session, page, '/examples/supplier.html');
  await openCsvImport(widget, 'Load another framework, or a bid you saved');
  const renamed = editedCsv().replace(/^id,theme,/, 'Ref,Theme code,');
  await widget.getByLabel('Choose a CSV file').setInputFiles(csvFile(renamed));
  await widget.locator('[role=alert]', { hasText: /Row 1, column "id"/ }).waitFor();
  await widget.getByLabel('id', { exact: true }).selectOption('Ref');
  await widget.getByLabel('theme', { exact: true }).selectOption('Theme code');
  await widget.getByRole('button', { name: 'Import with these columns' }).click();
  await page.waitForFunction(() => document.querySelector('social-value-calculator').tender.framework.measures.some((m) => m.proxy === 30));
  const option = widget.getByLabel('Measure to add under Stronger communities').locator('option[value=VOLUNTEER]');
  assert.match(await option.textContent(), /^Volunteering from the spreadsheet \(£30 \(illustrative figure\) per volunteer-hour\)$/);
  assert.equal(await widget.locator('[role=alert]').count(), 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
