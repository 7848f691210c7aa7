// examples/supplier-bid/: a supplier's page for one opportunity, with the
// element in bid mode on a published framework (frameworks/*.json) and the
// buyer's method. Under a strict CSP: the estimate reaches the portal's panel,
// the draft is kept only under the declared localStorage prefix and survives a
// reload, and "Attach" hands the portal the spec bid.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { root } from '../support/paths.mjs';
import { axeViolations, browserSession, strictCsp } from './support/browser.mjs';

const manifest = JSON.parse(readFileSync(join(root, 'plugin-manifest/svcalc.plugin.json'), 'utf8'));
const [{ keyPrefix }] = manifest.touches.storage;
const pagePath = '/examples/supplier-bid/';
const session = browserSession({ headers: { 'Content-Security-Policy': strictCsp } });

async function addVolunteering(widget, hours) {
  await widget.getByLabel('Measure to add under Stronger communities').selectOption('COMMUNITY-VOL');
  await widget.locator('fieldset[data-theme=community]').getByRole('button', { name: 'Add this commitment' }).click();
  await widget.locator('[data-path="/bids/0/commitments/0/quantity"]').fill(String(hours));
}

test('the supplier estimates a bid on the published framework; the portal shows it, keeps the draft and attaches the bid', async () => {
  const page = await session.page();
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url())));
  await page.goto(session.url(pagePath));
  const widget = page.locator('social-value-calculator');
  await widget.locator('dd[data-figure]').first().waitFor();
  assert.equal(await page.locator('#framework-title').textContent(), JSON.parse(readFileSync(join(root, 'frameworks/mixed-method-example.json'), 'utf8')).title);

  await addVolunteering(widget, 800);
  await page.locator('#estimate', { hasNotText: /^0\.0 out of 100/ }).waitFor();
  await page.locator('#draft', { hasText: /^last changed at / }).waitFor();
  await widget.locator('p', { hasText: 'Draft saved in this browser' }).waitFor();
  // The portal's figure is the element's estimate for the supplier's own bid.
  const { points, socialValue } = await page.evaluate(() => {
    const element = document.querySelector('social-value-calculator');
    const mine = element.result.bids.find((b) => b.id === element.bid.id);
    return { points: mine.socialValue.points, socialValue: mine.scores.socialValue };
  });
  assert.ok(points > 0);
  assert.equal(await page.locator('#estimate').textContent(), `${points.toFixed(1)} out of 100, worth ${socialValue.toFixed(2)} of your 15 points`);

  // The draft is in localStorage under the manifest's prefix, and nowhere else.
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.deepEqual(keys, [`${keyPrefix}mixed-method-example`]);

  await page.getByRole('button', { name: 'Attach the social value response to my bid' }).click();
  const attached = JSON.parse(await page.locator('#attached').textContent());
  assert.deepEqual(attached, await page.evaluate(() => document.querySelector('social-value-calculator').bid));
  assert.equal(attached['x-svcalc-framework'].id, 'mixed-method-example');
  assert.deepEqual(attached.commitments.map((c) => [c.measure, c.quantity]), [['COMMUNITY-VOL', 800]]);
  assert.match(await page.locator('#status').textContent(), /^Attached: 1 commitment\(s\)/);

  // A reload restores the draft from the browser.
  await page.reload();
  await expectQuantity(widget, '800');

  const origin = new URL(session.url('/')).origin;
  for (const url of requests) {
    assert.equal(url.origin, origin, url.href);
    assert.match(url.pathname, /^\/(examples\/|js\/src\/|js\/dist\/svcalc\.(mjs|wasm)$|frameworks\/mixed-method-example\.json$)/, url.pathname);
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

async function expectQuantity(widget, value) {
  const input = widget.locator('[data-path="/bids/0/commitments/0/quantity"]');
  await input.waitFor();
  assert.equal(await input.inputValue(), value);
}

test('the supplier page has no WCAG 2.2 AA violations that axe-core finds', async () => {
  const page = await session.page({ bypassCSP: true }); // axe-core is injected inline
  await page.goto(session.url(pagePath));
  const widget = page.locator('social-value-calculator');
  await widget.locator('dd[data-figure]').first().waitFor();
  await addVolunteering(widget, 400);
  await page.getByRole('button', { name: 'Attach the social value response to my bid' }).click();
  await page.locator('#attached').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.context().close();
});
