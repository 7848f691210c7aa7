// The widget in the conditions portals impose: a strict Content-Security-Policy
// and, once loaded, no network at all. Both modes must work with no console
// errors (a CSP violation is one).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserSession, downloadedText, openWidget, strictCsp } from './support/browser.mjs';

const session = browserSession({ headers: { 'Content-Security-Policy': strictCsp } });

/** Uses most of evaluate mode: a bid's chart and calculation, the what-if panel, the summaries, an export. */
async function useEvaluateMode(page, widget) {
  await widget.getByRole('button', { name: /^Show calculation for Countywide/ }).click();
  await widget.locator('tr.detail svg[role=img] rect.bar').first().waitFor();
  await widget.locator('summary', { hasText: 'What if?' }).click();
  await widget.locator('[data-path="/method/socialValue/quantitativeShare"]').fill('100');
  await widget.locator('[data-path="/method/socialValue/basis"]').selectOption('absolute');
  await widget.locator('p', { hasText: 'Both methods give the same winner' }).waitFor();
  await widget.locator('summary', { hasText: 'Assessment summaries' }).click();
  await widget.locator('article.summary').nth(2).waitFor();
  const [csv] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: 'Download a spreadsheet (CSV)' }).click()]);
  assert.match(await downloadedText(csv), /^\uFEFFrow,rank,bid,supplier,total/);
}

/** Uses bid mode: a commitment, the estimate, the ranking of measures, the draft. */
async function useBidMode(page, widget) {
  await widget.getByLabel('Measure to add under Stronger communities').selectOption('VOLUNTEER');
  await widget.locator('fieldset[data-theme=community]').getByRole('button', { name: 'Add this commitment' }).click();
  await widget.locator('[data-path="/bids/0/commitments/0/quantity"]').fill('800');
  await widget.locator('dd[data-figure="points"]', { hasNotText: /^0 out of 100$/ }).waitFor();
  await widget.locator('table[part=improvements] tbody tr').first().waitFor();
  await widget.locator('p', { hasText: 'Draft saved in this browser' }).waitFor();
}

test('under a strict CSP, evaluate mode loads, styles itself and works, with no console errors', async () => {
  assert.equal((await fetch(session.url('/examples/'))).headers.get('content-security-policy'), strictCsp);
  const page = await session.page();
  const widget = await openWidget(session, page, '/examples/');
  // The constructed stylesheet applies: a CSP that blocked it would leave buttons unstyled.
  const background = await widget.getByRole('button', { name: 'Download the result (JSON)' }).evaluate((b) => getComputedStyle(b).borderTopColor);
  assert.equal(background, 'rgb(29, 79, 145)');
  await useEvaluateMode(page, widget);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('under a strict CSP, bid mode works, with no console errors', async () => {
  const page = await session.page();
  const widget = await openWidget(session, page, '/examples/supplier.html');
  await useBidMode(page, widget);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('with the network cut after load, both modes still work', async () => {
  for (const [path, use] of [['/examples/', useEvaluateMode], ['/examples/supplier.html', useBidMode]]) {
    const page = await session.page();
    const widget = await openWidget(session, page, path);
    await page.route('**', (route) => route.abort());
    const probe = await page.evaluate(() => fetch(location.href).then(() => 'reached', () => 'cut'));
    assert.equal(probe, 'cut');
    page.problems.length = 0; // the probe's own failure is expected
    await use(page, widget);
    assert.deepEqual(page.problems, [], path);
    await page.context().close();
  }
});

test('offline, a switch to a language not loaded yet keeps the page as it was, says why, and works once the network is back', async () => {
  const page = await session.page();
  const widget = await openWidget(session, page, '/examples/');
  await widget.locator('summary', { hasText: 'What if?' }).click();
  await widget.locator('[data-path="/method/socialValue/basis"]').selectOption('absolute');
  await page.route('**', (route) => route.abort());
  const failed = page.evaluate(() => new Promise((resolve) => {
    document.querySelector('social-value-calculator').addEventListener('svcalc-error', (event) => resolve(event.detail), { once: true });
  }));
  await widget.evaluate((el) => el.setAttribute('lang', 'cy'));
  const detail = await failed;
  assert.equal(detail.source, 'locale');
  assert.equal(detail.errors[0].code, 'module');
  // Said in the language still shown, with the evaluator's change kept.
  await widget.locator('[part=errors]', { hasText: 'Part of the calculator could not be loaded' }).waitFor();
  assert.equal(await widget.locator('.root').getAttribute('lang'), 'en-GB');
  assert.equal(await widget.locator('[data-path="/method/socialValue/basis"]').inputValue(), 'absolute');

  await page.unroute('**');
  page.problems.length = 0; // the refused requests' own console errors are expected
  await widget.evaluate((el) => el.setAttribute('lang', 'cy-GB'));
  await widget.locator('h3', { hasText: 'Trefn restrol' }).waitFor();
  assert.equal(await widget.locator('.root').getAttribute('lang'), 'cy-GB');
  assert.equal(await widget.evaluate((el) => el.settings.basis), 'absolute');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('global CSS does not leak in: the page cannot restyle the widget’s insides', async () => {
  const page = await session.page();
  const widget = await openWidget(session, page, '/examples/');
  const before = await widget.locator('th').first().evaluate((th) => getComputedStyle(th).color);
  // A hostile page stylesheet, same-origin as the CSP demands.
  await page.route('**/hostile.css', (route) => route.fulfill({ contentType: 'text/css', body: 'th, button, p { color: red !important; font-size: 40px !important } * { display: inline }' }));
  await page.evaluate(() => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/hostile.css';
    document.head.append(link);
    return new Promise((resolve) => (link.onload = resolve));
  });
  assert.equal(await widget.locator('th').first().evaluate((th) => getComputedStyle(th).color), before);
  await page.context().close();
});
