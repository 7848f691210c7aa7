// examples/portal-embed/: a tender portal page that loads svcalc from its
// plugin manifest with the declared integrity hashes, embeds the element in
// evaluate mode under a strict CSP, and keeps the result as its evaluation
// record. An altered module or .wasm is refused by the browser.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { root } from '../support/paths.mjs';
import { axeViolations, browserSession, strictCsp } from './support/browser.mjs';

const manifest = JSON.parse(readFileSync(join(root, 'js/dist/svcalc.plugin.json'), 'utf8'));
const pagePath = '/examples/portal-embed/';
const session = browserSession({ headers: { 'Content-Security-Policy': strictCsp } });

/** Opens the page, collecting the path of every request it makes. */
async function openPortal() {
  const page = await session.page();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(session.url(pagePath));
  return { page, requests };
}

test('the portal embeds the element, keeps every result as its record, and logs what the evaluator changes', async () => {
  const { page, requests } = await openPortal();
  const widget = page.locator('social-value-calculator');
  await widget.locator('tr[data-bid]').first().waitFor();
  await page.locator('#saved', { hasNotText: 'not yet' }).waitFor();

  // The record the host saved is the result the element shows.
  const { record, result } = await page.evaluate(() => ({
    record: JSON.parse(sessionStorage.getItem('portal:evaluation:ECC-FM-2025')),
    result: document.querySelector('social-value-calculator').result,
  }));
  assert.deepEqual(record.result, result);
  assert.equal(result.bids.length, 5);
  assert.match(await page.locator('#leader').textContent(), new RegExp(`^${result.bids[0].supplier.name} \\(${result.bids[0].total.toFixed(2)} points\\)$`));
  assert.match(await page.locator('#status').textContent(), /^Calculator ready: svcalc \d+\.\d+\.\d+\.$/);

  // The host's OCDS view of the same evaluation.
  await page.locator('summary', { hasText: 'The bids as OCDS' }).click();
  const ocds = JSON.parse(await page.locator('#ocds').textContent());
  assert.deepEqual(ocds.bids.details.map((d) => [d.id, d.rank]), result.bids.map((b) => [b.id, b.rank]));
  assert.deepEqual(ocds.bids.details[0].awardCriteriaScores.map((s) => s.maximum), [60, 30, 10]);

  // A what-if change: the element says so, and the record follows.
  await widget.locator('summary', { hasText: 'What if?' }).click();
  await widget.locator('[data-path="/method/socialValue/basis"]').selectOption('absolute');
  await page.locator('#activity li', { hasText: 'basis absolute' }).waitFor();
  await page.waitForFunction(() => JSON.parse(sessionStorage.getItem('portal:evaluation:ECC-FM-2025')).method.socialValue.basis === 'absolute');

  // It loaded the modules with their integrity hashes, and asked for nothing
  // but the declared assets, the manifest and the tender, all same-origin,
  // besides its own code: portal.js and the OCDS conversion it imports from
  // the package (host-side code, which a portal's build would bundle).
  assert.equal(await page.locator(`script[type=module][integrity="${manifest.assets.entry.integrity}"]`).count(), 1);
  const origin = new URL(session.url('/')).origin;
  const paths = [...new Set(requests.map((url) => {
    assert.equal(new URL(url).origin, origin, url);
    return new URL(url).pathname;
  }))].sort();
  assert.deepEqual(paths, [
    '/examples/favicon.svg',
    '/examples/portal-embed/',
    '/examples/portal-embed/portal.js',
    '/examples/portal-theme.css',
    '/examples/tenders/council-facilities-management.json',
    `/js/${manifest.assets.entry.path}`,
    `/js/${manifest.assets['locale-en-GB'].path}`,
    `/js/${manifest.assets['csv-importer'].path}`,
    `/js/${manifest.assets.wasm.path}`,
    '/js/dist/svcalc.plugin.json',
    '/js/src/ocds.js',
  ].sort());
  // Evaluate mode keeps nothing in localStorage.
  assert.equal(await page.evaluate(() => localStorage.length), 0);

  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the portal page, with the element in it, has no WCAG 2.2 AA violations that axe-core finds', async () => {
  // axe-core is injected as an inline script, which the page's CSP rightly refuses.
  const page = await session.page({ bypassCSP: true });
  await page.goto(session.url(pagePath));
  await page.locator('social-value-calculator tr[data-bid]').first().waitFor();
  await page.locator('#saved', { hasNotText: 'not yet' }).waitFor();
  await page.locator('summary', { hasText: 'The bids as OCDS' }).click();
  assert.deepEqual(await axeViolations(page), []);
  await page.context().close();
});

for (const [what, asset] of [
  ['entry module', manifest.assets.entry],
  ['English text module', manifest.assets['locale-en-GB']],
  ['CSV importer module', manifest.assets['csv-importer']],
  ['.wasm', manifest.assets.wasm],
]) {
  test(`an altered ${what} fails its integrity check, and the portal says so instead of running it`, async () => {
    const page = await session.page();
    await page.route(`**/js/${asset.path}`, async (route) => {
      const response = await route.fetch();
      const body = Buffer.concat([await response.body(), Buffer.from(asset.path.endsWith('.wasm') ? [0] : '\n// altered\n')]);
      await route.fulfill({ response, body });
    });
    await page.goto(session.url(pagePath));
    await page.locator('#status.status-error').waitFor();
    assert.match(await page.locator('#status').textContent(), /^svcalc could not be loaded: /);
    assert.equal(await page.locator('social-value-calculator').count(), 0);
    await page.context().close();
  });
}
