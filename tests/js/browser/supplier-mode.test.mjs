// <social-value-calculator mode="bid"> in Debian's Chromium: a keyboard-only
// walk from an empty draft to a downloaded bid, axe, a draft that survives a
// reload, the bid loaded by the buyer's widget, and a screenshot.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { artifactsDir, axeViolations, browserSession, downloadedText, focused, openWidget, tabTo } from './support/browser.mjs';

const session = browserSession();

const figure = (widget, name) => widget.locator(`dd[data-figure="${name}"]`).textContent();

test('keyboard only: name the bid, add a commitment, self-assess, move the benchmark, download the bid', async () => {
  const page = await session.page();
  const widget = await openWidget(session, page, '/examples/supplier.html');
  assert.equal(await figure(widget, 'points'), '0 out of 100');

  await tabTo(page, (f) => f.path === '/bids/0/supplier/name');
  await page.keyboard.type('Riverside Works CIC');
  await tabTo(page, (f) => f.tag === 'select' && f.label.startsWith('Measure to add under Inclusive jobs'));
  await page.keyboard.press('ArrowDown'); // the second jobs measure: apprenticeship weeks
  const add = await tabTo(page, (f) => f.text === 'Add this commitment');
  assert.equal(add.tag, 'button');
  await page.keyboard.press('Enter');
  const quantity = await focused(page); // focus moves to the new line's quantity
  assert.equal(quantity.path, '/bids/0/commitments/0/quantity');
  await page.keyboard.type('52');
  await tabTo(page, (f) => f.path === '/bids/0/commitments/0/years');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('3');
  await tabTo(page, (f) => f.path === '/bids/0/commitments/0/evidence');
  await page.keyboard.press('Home'); // verified
  await widget.locator('dd[data-figure="points"]', { hasNotText: /^0 out of 100$/ }).waitFor();
  const afterCommitment = await figure(widget, 'points');

  await tabTo(page, (f) => f.tag === 'select' && f.label.startsWith('Your self-assessed score for "How the bidder will recruit'));
  await page.keyboard.press('End'); // 100: excellent
  await widget.locator('dd[data-figure="points"]', { hasNotText: afterCommitment }).waitFor();
  const withResponse = await figure(widget, 'points');

  // The benchmark is the assumption the estimate rests on: lowering it raises the estimate.
  await tabTo(page, (f) => f.path === 'benchmark', { key: 'Shift+Tab' });
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2');
  await widget.locator('.estimate', { hasText: 'worth 2% of its price' }).waitFor();
  assert.notEqual(await figure(widget, 'points'), withResponse);
  await widget.locator('[role=status]', { hasText: /Estimate updated: social value score/ }).waitFor();

  await tabTo(page, (f) => f.text === 'Download your bid (JSON)');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const bid = JSON.parse(await downloadedText(download));
  assert.equal(download.suggestedFilename(), 'riverside-works-cic-bid.json');
  assert.equal(bid.supplier.name, 'Riverside Works CIC');
  assert.deepEqual(bid.commitments, [{ measure: 'APPRENTICE', quantity: 52, years: 3, geography: 'local', evidence: 'verified' }]);
  assert.deepEqual(bid.responses, [{ measure: 'JOB-PLAN', score: 100 }]);
  assert.equal(bid['x-svcalc-framework'].id, 'district-grounds-sv');
  assert.deepEqual(page.problems, []);

  // The buyer loads that file into evaluate mode and sees it ranked.
  const buyer = await session.page();
  const ranking = await openWidget(session, buyer, '/examples/');
  await ranking.locator('summary', { hasText: 'Load another tender, or add a bid' }).click();
  await ranking.getByLabel('Choose a JSON file').setInputFiles({ name: 'bid.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bid)) });
  await ranking.locator(`tr[data-bid="${bid.id}"]`, { hasText: 'Riverside Works CIC' }).waitFor();
  await buyer.context().close();
  await page.context().close();
});

test('a draft survives a reload, in the same browser profile', async () => {
  const page = await session.page();
  let widget = await openWidget(session, page, '/examples/supplier.html');
  await widget.getByLabel('Supplier name').fill('Draft & Sons');
  await widget.getByLabel('Measure to add under Nature and net zero').selectOption('CARBON');
  await widget.locator('fieldset[data-theme=environment]').getByRole('button', { name: 'Add this commitment' }).click();
  await widget.locator('[data-path="/bids/0/commitments/0/quantity"]').fill('120');
  await widget.locator('[data-path="/bids/0/commitments/0/note"]').fill('Electric mowers from year 1');
  await widget.locator('p', { hasText: 'Draft saved in this browser' }).waitFor();
  const estimate = await figure(widget, 'claimed');
  const stored = await page.evaluate(() => Object.keys(localStorage));
  assert.deepEqual(stored, ['svcalc:draft:district-grounds-sv']);

  await page.reload();
  widget = page.locator('social-value-calculator');
  await widget.locator('p', { hasText: /Your draft from .* is back/ }).waitFor();
  assert.equal(await widget.getByLabel('Supplier name').inputValue(), 'Draft & Sons');
  assert.equal(await widget.locator('[data-path="/bids/0/commitments/0/quantity"]').inputValue(), '120');
  assert.equal(await widget.locator('[data-path="/bids/0/commitments/0/note"]').inputValue(), 'Electric mowers from year 1');
  assert.equal(await figure(widget, 'claimed'), estimate);

  // A pagehide (closing the tab) saves at once, without waiting for the autosave.
  await widget.locator('[data-path="/bids/0/commitments/0/quantity"]').fill('130');
  await page.reload();
  assert.equal(await page.locator('social-value-calculator').locator('[data-path="/bids/0/commitments/0/quantity"]').inputValue(), '130');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('warnings: cap reached, years limited and evidence that is only aspirational', async () => {
  const page = await session.page();
  const widget = await openWidget(session, page, '/examples/supplier.html');
  await widget.getByLabel('Measure to add under Inclusive jobs and skills').selectOption('JOB-BARRIERS');
  await widget.locator('fieldset[data-theme=jobs]').getByRole('button', { name: 'Add this commitment' }).click();
  await widget.locator('[data-path="/bids/0/commitments/0/quantity"]').fill('20');
  await widget.locator('[data-path="/bids/0/commitments/0/years"]').fill('5');
  await widget.locator('[data-path="/bids/0/commitments/0/evidence"]').selectOption('aspirational');
  const warnings = widget.locator('.estimate .warnings');
  await warnings.locator('li', { hasText: 'Cap reached' }).waitFor();
  await warnings.locator('li', { hasText: 'Years limited' }).waitFor();
  await warnings.locator('li', { hasText: 'Weak evidence' }).waitFor();
  // A bad quantity is pointed out at its field, and the estimate waits for it.
  await widget.locator('[data-path="/bids/0/commitments/0/quantity"]').fill('-3');
  await widget.locator('[role=alert]', { hasText: 'commitment 1' }).waitFor();
  assert.equal(await widget.locator('[data-path="/bids/0/commitments/0/quantity"]').getAttribute('aria-invalid'), 'true');
  await page.context().close();
});

test('"what raises my score most" ranks every quantitative measure by points per £ of proxy value', async () => {
  const page = await session.page();
  const widget = await openWidget(session, page, '/examples/supplier.html');
  const rows = widget.locator('table[part=improvements] tbody tr');
  await rows.first().waitFor();
  const measures = await rows.evaluateAll((trs) => trs.map((tr) => [tr.dataset.measure, Number(tr.cells[3].textContent.replace(/,/g, ''))]));
  assert.equal(measures.length, 6);
  const perPound = measures.map(([, v]) => v);
  assert.deepEqual(perPound, [...perPound].sort((a, b) => b - a));
  await widget.getByLabel('Rank the measures by').selectOption('perUnit');
  await widget.locator('table[part=improvements] tbody tr').first().and(widget.locator('tr[data-measure="JOB-BARRIERS"]')).waitFor();
  await page.context().close();
});

test('axe finds no WCAG 2.2 AA violations in bid mode, empty and filled in', async () => {
  const page = await session.page();
  const widget = await openWidget(session, page, '/examples/supplier.html');
  await widget.locator('table[part=improvements]').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await widget.getByLabel('Supplier name').fill('Axe Check Ltd');
  await widget.locator('fieldset[data-theme=community]').getByRole('button', { name: 'Add this commitment' }).click();
  await widget.locator('[data-path="/bids/0/commitments/0/quantity"]').fill('500');
  await widget.locator('summary', { hasText: 'How the buyer scores social value' }).click();
  await widget.locator('dd[data-figure="points"]', { hasNotText: /^0 out of 100$/ }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await widget.screenshot({ path: join(artifactsDir, 'bid-mode.png') });
  await page.context().close();
});

test('Welsh: lang="cy" shows the Welsh strings and formats numbers with Intl', async () => {
  const page = await session.page();
  const widget = await openWidget(session, page, '/examples/supplier.html?lang=cy');
  await widget.locator('h3', { hasText: 'Eich sgôr gwerth cymdeithasol amcangyfrifedig' }).waitFor();
  assert.equal(await widget.locator('.root').getAttribute('lang'), 'cy');
  await widget.evaluate((el) => el.setAttribute('lang', 'en-GB'));
  await widget.locator('h3', { hasText: 'Your estimated social value score' }).waitFor();
  await page.context().close();
});
