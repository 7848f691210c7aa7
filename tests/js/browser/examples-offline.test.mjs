// examples/offline/svcalc-offline.html: the calculator in one file, opened from
// file:// in headless Chromium with the network off and every request that
// is not the file itself aborted. It scores its example tender exactly as the
// engine does, switches to bid mode, and asks for nothing.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { fixturesDir, root } from '../support/paths.mjs';
import { browserSession } from './support/browser.mjs';

const pageFile = join(root, 'examples/offline/svcalc-offline.html');
const session = browserSession();

test('the offline page is built from the current sources (node scripts/build-offline.mjs)', () => {
  assert.ok(existsSync(pageFile), 'examples/offline/svcalc-offline.html is missing: run node scripts/build-offline.mjs after the wasm build');
  const run = spawnSync(process.execPath, [join(root, 'scripts/build-offline.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  // One file: no src or href that would need another.
  const html = readFileSync(pageFile, 'utf8');
  assert.doesNotMatch(html, /<(script|link|img|iframe)\b[^>]*\b(src|href)=/i);
});

test('opened from file:// with no network, it scores the example tender as the engine does, and estimates a bid', async () => {
  const page = await session.page({ offline: true });
  const pageUrl = pathToFileURL(pageFile).href;
  const requests = [];
  const refused = [];
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (url === pageUrl) return route.continue();
    refused.push(url);
    return route.abort('internetdisconnected');
  });
  page.on('request', (request) => requests.push(request.url()));

  await page.goto(pageUrl);
  const widget = page.locator('social-value-calculator');
  await widget.locator('tr[data-bid]').first().waitFor();
  const result = await page.evaluate(() => document.querySelector('social-value-calculator').result);
  assert.deepEqual(result, JSON.parse(readFileSync(join(fixturesDir, 'example-small-vs-large.result.json'), 'utf8')));

  await page.getByLabel('Estimate a bid (for suppliers)').check();
  await widget.locator('dd[data-figure]').first().waitFor();
  await widget.getByLabel('Measure to add under Stronger communities').selectOption('VOLUNTEER');
  await widget.locator('fieldset[data-theme=community]').getByRole('button', { name: 'Add this commitment' }).click();
  await widget.locator('[data-path="/bids/0/commitments/0/quantity"]').fill('500');
  await widget.locator('dd[data-figure="points"]', { hasNotText: /^0 out of 100$/ }).waitFor();

  // Nothing but the file itself was asked for (data: and blob: URLs are not requests to anywhere).
  assert.deepEqual(refused, []);
  assert.deepEqual(requests.filter((url) => !/^(data|blob):/.test(url)), [pageUrl]);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
