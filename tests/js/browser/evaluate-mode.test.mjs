// <social-value-calculator mode="evaluate"> in Debian's Chromium: the example
// page against the CLI, a keyboard-only walk, axe, a hostile supplier name,
// a bid added by paste, and a screenshot. (Speed is measured in bench/widget-recalc.mjs.)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { examplesDir, nativeCli } from '../support/paths.mjs';
import { artifactsDir, axeViolations, browserSession, downloadedText, focused, openWidget, tabTo } from './support/browser.mjs';

const examplePath = join(examplesDir, 'small-vs-large.json');
const example = JSON.parse(readFileSync(examplePath, 'utf8'));
const session = browserSession();

/** Each ranking row's raw numbers (data attributes) and the text of its cells. */
function rankingRows(widget) {
  return widget.locator('table[part=ranking] tbody tr[data-bid]').evaluateAll((rows) =>
    rows.map((row) => ({
      id: row.dataset.bid,
      rank: JSON.parse(row.dataset.rank),
      total: JSON.parse(row.dataset.total),
      price: JSON.parse(row.dataset.price),
      quality: JSON.parse(row.dataset.quality),
      socialValue: JSON.parse(row.dataset.socialValue),
      cells: [...row.cells].map((cell) => cell.textContent),
    })),
  );
}

test('the example page ranks the bids exactly as the native CLI does, number for number', async () => {
  const page = await session.page();
  const widget = await openWidget(session, page, '/examples/');
  const cli = JSON.parse(execFileSync(nativeCli, ['evaluate', examplePath], { encoding: 'utf8' }));
  const rows = await rankingRows(widget);
  assert.deepEqual(
    rows.map(({ id, rank, total, price, quality, socialValue }) => ({ id, rank, total, price, quality, socialValue })),
    cli.bids.map((b) => ({ id: b.id, rank: b.rank, total: b.total, price: b.scores.price, quality: b.scores.quality, socialValue: b.scores.socialValue })),
  );
  // What people read is the same numbers, formatted for en-GB.
  const expected = await page.evaluate((bids) => {
    const two = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
    const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });
    return bids.map((b) => [two.format(b.total), two.format(b.scores.price), two.format(b.scores.quality), two.format(b.scores.socialValue), percent.format(b.socialValue.percentOfPrice)]);
  }, cli.bids);
  assert.deepEqual(rows.map((r) => r.cells.slice(2, 7)), expected);
  assert.deepEqual(await widget.evaluate((el) => el.result.bids.map((b) => b.total)), cli.bids.map((b) => b.total));
  // The robustness line names the winner and the weights where it stays first.
  const winner = cli.bids[0].supplier.name;
  await assert.doesNotReject(widget.locator('.robustness', { hasText: `${winner} stays first for social value weights` }).waitFor());
  assert.deepEqual(page.problems, []);
  await widget.screenshot({ path: join(artifactsDir, 'evaluate-mode.png') });
  await page.context().close();
});

test('typing a quality score that lifts the bid to first keeps the focus, every keystroke and the rows in place, until focus leaves', async () => {
  const page = await session.page();
  const widget = await openWidget(session, page, '/examples/');
  const before = await rankingRows(widget);
  const last = before.at(-1);
  await widget.locator(`tr[data-bid="${last.id}"] button`).click();
  const input = widget.locator('tr.detail input[type=number]').first();
  const place = () => input.evaluate((el) => el.getBoundingClientRect().top);
  await input.focus();
  const top = await place();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('100', { delay: 50 });
  await widget.locator(`tr[data-bid="${last.id}"][data-rank="${before[0].rank}"]`).waitFor(); // it rose to first
  assert.equal(await input.evaluate((el) => el.getRootNode().activeElement === el), true);
  assert.equal(await input.inputValue(), '100');
  // While the evaluator types, the rank shows at once but the rows stay put, so the field does not jump away.
  assert.deepEqual((await rankingRows(widget)).map((r) => r.id), before.map((r) => r.id));
  assert.equal(await place(), top);
  // Once focus leaves the ranking, the rows take the new order, the calculation still under its bid.
  await widget.locator('summary', { hasText: 'What if?' }).focus();
  await widget.locator(`table[part=ranking] tbody > tr:first-child[data-bid="${last.id}"] + tr.detail`).waitFor();
  assert.deepEqual((await rankingRows(widget)).map((r) => [r.id, r.rank]), (await widget.evaluate((el) => el.result.bids)).map((b) => [b.id, b.rank]));
  await page.context().close();
});

test('edits that reorder 50 bids leave every row showing its own current figures, in rank order, its calculation under it', async () => {
  const page = await session.page();
  const widget = await openWidget(session, page, '/examples/');
  await widget.evaluate((el) => {
    const tender = structuredClone(el.tender);
    tender.bids = Array.from({ length: 50 }, (_, i) => {
      const bid = structuredClone(el.tender.bids[i % el.tender.bids.length]);
      bid.id = `bid-${i + 1}`;
      bid.price = Math.round(bid.price * (0.9 + (i % 7) / 30));
      bid.quality = 50 + ((i * 7) % 40);
      for (const c of bid.commitments ?? []) c.quantity *= 1 + (i % 5) / 10;
      return bid;
    });
    el.tender = tender;
  });
  // Assistive technology gets every row with its cells, those far off screen too.
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const cells = nodes
    .filter((node) => node.role?.value === 'row' && (node.childIds ?? []).some((id) => byId.get(id)?.role?.value === 'rowheader'))
    .map((row) => row.childIds.filter((id) => ['cell', 'rowheader'].includes(byId.get(id)?.role?.value)).length);
  assert.deepEqual(cells, Array(50).fill(9));
  for (const n of [1, 30]) await widget.locator('tr[data-bid] button').nth(n - 1).click(); // two bids expanded
  await widget.locator('summary', { hasText: 'What if?' }).click();
  // What hosts read, each row's bid and raw numbers, is right when the result is announced, far rows too.
  await widget.evaluate((el) =>
    el.addEventListener('svcalc-result', ({ detail }) => {
      const rows = el.shadowRoot.querySelectorAll('table[part=ranking] tbody > tr[data-bid]');
      if (detail.result.bids.some((b, n) => rows[n]?.dataset.bid !== b.id || rows[n].dataset.total !== JSON.stringify(b.total))) el.dataset.testStale = 'true';
    }),
  );
  const figures = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
  const orders = new Set();
  for (const [path, value] of [['/framework/geography/local', '2.5'], ['/method/socialValue/quantitativeShare', '10'], ['/framework/geography/local', '0.3'], ['/method/weights/quality', '30'], ['/method/weights/socialValue', '20']]) {
    await widget.locator(`[data-path="${path}"]`).fill(value);
    // The rows on screen show it in the recalculation's frame; those far from it follow, a few at a frame.
    const frames = await widget.evaluate(async (el) => {
      const settled = () => {
        const rows = el.shadowRoot.querySelectorAll('table[part=ranking] tbody > tr[data-bid]');
        return el.result.bids.every((b, n) => rows[n]?.dataset.bid === b.id && rows[n].dataset.total === JSON.stringify(b.total));
      };
      let count = 0;
      for (; count < 30 && !settled(); count++) await new Promise((done) => requestAnimationFrame(done));
      return count;
    });
    assert.ok(frames <= 8, `the rows took ${frames} frames to show the result`);
    const result = await widget.evaluate((el) => el.result);
    const rows = await rankingRows(widget);
    orders.add(rows.map((r) => r.id).join());
    assert.deepEqual(rows.map((r) => [r.id, r.rank, r.total]), result.bids.map((b) => [b.id, b.rank, b.total]));
    assert.deepEqual(
      rows.map((r) => r.cells.slice(2, 6)),
      result.bids.map((b) => [b.total, b.scores.price, b.scores.quality, b.scores.socialValue].map((x) => figures.format(x))),
    );
    // Each expanded bid's calculation is the row after its own, and names it.
    const details = await widget.locator('tr.detail').evaluateAll((trs) =>
      trs.map((tr) => [tr.previousElementSibling.dataset.bid, tr.querySelector('caption').textContent]),
    );
    assert.equal(details.length, 2);
    for (const [id, caption] of details) assert.ok(caption.includes(result.bids.find((b) => b.id === id).supplier.name), caption);
  }
  assert.ok(orders.size >= 3, 'the edits reorder the ranking');
  assert.equal(await widget.evaluate((el) => el.dataset.testStale), undefined);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a price-per-quality-point tender reads its totals and prices as money, in the ranking, the announcement and the comparison', async () => {
  const page = await session.page();
  const widget = await openWidget(session, page, '/examples/?src=tenders/highways-call-off.json');
  await widget.locator('table[part=ranking] th', { hasText: 'Price per quality point' }).waitFor();
  const cli = JSON.parse(execFileSync(nativeCli, ['evaluate', join(examplesDir, 'highways-call-off.json')], { encoding: 'utf8' }));
  const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: cli.currency ?? 'GBP', trailingZeroDisplay: 'stripIfInteger' });
  const rows = await rankingRows(widget);
  assert.deepEqual(rows.map((r) => [r.id, r.cells[2], r.cells[3]]), cli.bids.map((b) => [b.id, money.format(b.total), money.format(b.scores.price)]));
  const [first] = cli.bids;
  const announced = await widget.locator('[role=status]', { hasText: 'per quality point' }).textContent();
  assert.ok(announced.includes(`1: ${first.supplier.name}, ${money.format(first.total)} per quality point`), announced);
  await widget.locator('summary', { hasText: 'What if?' }).click();
  await widget.locator('table.comparison tbody tr').first().waitFor();
  assert.equal(await widget.locator('table.comparison tbody tr').first().locator('td').nth(1).textContent(), money.format(first.total));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('with a calculation just opened, a slow first click on "Copy as text" is not lost to a rebuild of the summaries', async () => {
  const page = await session.page();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const widget = await openWidget(session, page, '/examples/');
  await widget.locator('summary', { hasText: 'Assessment summaries' }).click();
  await widget.locator('tr[data-bid] button').first().click(); // focus stays on it, in the ranking, until the mouse goes down on Copy
  const copy = widget.getByRole('button', { name: /^Copy as text/ }).first();
  await copy.scrollIntoViewIfNeeded();
  const box = await copy.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(90);
  await page.mouse.up();
  await widget.locator('[role=status]', { hasText: 'Copied' }).waitFor();
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^Assessment summary: /);
  await page.context().close();
});

test('keyboard only: expand a bid, score its quality, change the method, go place-neutral, copy a summary', async () => {
  const page = await session.page();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const widget = await openWidget(session, page, '/examples/');
  const before = await rankingRows(widget);

  const toggle = await tabTo(page, (f) => f.tag === 'button' && f.text.startsWith('Show calculation'));
  assert.equal(toggle.expanded, 'false');
  await page.keyboard.press('Enter');
  assert.equal((await focused(page)).expanded, 'true');
  await widget.locator('tr.detail svg[role=img]').waitFor();
  await widget.getByText(/^Line-by-line calculation for/).waitFor();

  // The evaluator's quality score for that bid, typed: the ranking follows.
  await tabTo(page, (f) => f.tag === 'input' && /quality score for/i.test(f.label));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('100');
  await widget.locator(`tr[data-bid="${before[0].id}"][data-quality="30"]`).waitFor();

  await tabTo(page, (f) => f.tag === 'summary' && f.text.startsWith('What if?'));
  await page.keyboard.press('Enter');
  await tabTo(page, (f) => f.path === '/method/weights/price');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('30');
  await tabTo(page, (f) => f.path === '/method/weights/quality');
  await tabTo(page, (f) => f.path === '/method/weights/socialValue');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('40');
  await widget.locator('.robustness', { hasText: 'The social value weight is now 40%.' }).waitFor();
  const totals = await rankingRows(widget);
  assert.notDeepEqual(totals.map((r) => r.total), before.map((r) => r.total));
  assert.equal(await widget.locator('[aria-invalid=true]').count(), 0);

  const neutral = await tabTo(page, (f) => f.text.startsWith('Place-neutral'));
  assert.equal(neutral.pressed, 'true'); // the example is place-neutral
  await tabTo(page, (f) => f.path === '/framework/geography/local');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1.5');
  await widget.locator('button[aria-pressed=false]', { hasText: 'Place-neutral' }).waitFor();
  await widget.locator('.warnings', { hasText: 'locality premium' }).first().waitFor();
  await tabTo(page, (f) => f.text.startsWith('Place-neutral'), { key: 'Shift+Tab' });
  await page.keyboard.press('Space');
  await widget.locator('button[aria-pressed=true]', { hasText: 'Place-neutral' }).waitFor();

  await tabTo(page, (f) => f.tag === 'summary' && f.text === 'Assessment summaries');
  await page.keyboard.press('Enter');
  const copy = await tabTo(page, (f) => f.text.startsWith('Copy as text'));
  assert.match(copy.text, /for /);
  await page.keyboard.press('Enter');
  await widget.locator('[role=status]', { hasText: 'Copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^Assessment summary: /);
  assert.match(copied, /Social value\n-+\nWeight: 40%\./);

  // No trap: Tab goes on past the widget to the rest of the page.
  const out = await tabTo(page, (f) => !f.inWidget);
  assert.equal(out.inWidget, false);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('axe finds no WCAG 2.2 AA violations in evaluate mode, with a bid expanded, the what-if panel and the summaries open', async () => {
  const page = await session.page();
  const widget = await openWidget(session, page, '/examples/');
  assert.deepEqual(await axeViolations(page), []);
  await widget.getByRole('button', { name: /^Show calculation for Green Pathways/ }).click();
  await widget.locator('summary', { hasText: 'What if?' }).click();
  await widget.locator('summary', { hasText: 'Assessment summaries' }).click();
  await widget.locator('article.summary').first().waitFor();
  assert.deepEqual(await axeViolations(page), []);
  // Invalid weights: the errors list and the marked fields must be accessible too.
  await widget.locator('[data-path="/method/weights/price"]').fill('90');
  await widget.locator('[role=alert]').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await widget.screenshot({ path: join(artifactsDir, 'what-if.png') });
  await page.context().close();
});

test('an invalid weight is reported in plain words at its field, and fixing it recovers', async () => {
  const page = await session.page();
  const widget = await openWidget(session, page, '/examples/');
  await widget.locator('summary', { hasText: 'What if?' }).click();
  await widget.locator('[data-path="/method/weights/price"]').fill('90');
  const alert = widget.locator('[role=alert]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /weights-sum/);
  assert.equal(await widget.locator('[data-path="/method/weights/price"]').getAttribute('aria-invalid'), 'true');
  await alert.getByRole('button', { name: 'Go to the field' }).click();
  assert.equal((await focused(page)).path?.startsWith('/method/weights/'), true);
  await widget.locator('[data-path="/method/weights/price"]').fill('50');
  await alert.waitFor({ state: 'detached' });
  assert.equal(await widget.locator('[aria-invalid=true]').count(), 0);
  await page.context().close();
});

test('a supplier name that is markup shows as text, everywhere it appears', async () => {
  const page = await session.page();
  const widget = await openWidget(session, page, '/examples/');
  const hostile = '<img src=x onerror=alert(1)>';
  await widget.evaluate((el, name) => {
    const tender = structuredClone(el.tender);
    tender.bids[0].supplier.name = name;
    tender.bids[1].id = name;
    tender.framework.themes[0].title = name;
    el.tender = tender;
  }, hostile);
  await widget.locator('tr[data-bid]', { hasText: hostile }).first().waitFor();
  await widget.getByRole('button', { name: `Show calculation for ${hostile}` }).click();
  await widget.locator('summary', { hasText: 'What if?' }).click();
  await widget.locator('summary', { hasText: 'Assessment summaries' }).click();
  await widget.locator('article.summary h3', { hasText: hostile }).waitFor();
  assert.equal(await widget.locator('img').count(), 0);
  assert.ok((await widget.locator('svg text', { hasText: hostile.slice(0, 20) }).count()) > 0);
  await page.waitForTimeout(300);
  assert.deepEqual(page.problems, []); // no alert dialog, no error
  await page.context().close();
});

test('a bid exported by a supplier can be pasted in and is ranked; a broken one is explained', async () => {
  const page = await session.page();
  const widget = await openWidget(session, page, '/examples/');
  const bid = {
    id: 'newcomer',
    supplier: { name: 'Newcomer Co-operative' },
    price: 1200000,
    commitments: [{ measure: 'VOLUNTEER', quantity: 2000, years: 2, geography: 'local', evidence: 'planned' }],
    responses: [{ measure: 'COMMUNITY-PLAN', score: 80 }],
    'x-svcalc-framework': { id: example.framework.id },
  };
  await widget.locator('summary', { hasText: 'Load another tender, or add a bid' }).click();
  await widget.locator('summary', { hasText: 'Paste JSON instead' }).click();
  await widget.getByLabel('JSON to load').fill(JSON.stringify(bid));
  await widget.getByRole('button', { name: 'Load the pasted JSON' }).click();
  await widget.locator('tr[data-bid="newcomer"]').waitFor();
  assert.equal((await rankingRows(widget)).length, example.bids.length + 1);

  await widget.getByLabel('JSON to load').fill(JSON.stringify({ ...bid, id: 'broken', supplier: undefined, commitments: [{ measure: 'NO-SUCH', quantity: -1 }] }));
  await widget.getByRole('button', { name: 'Load the pasted JSON' }).click();
  const alert = widget.locator('[role=alert]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /bid 5 \(broken\) › commitment 1 \(NO-SUCH\) › measure/);
  assert.equal((await rankingRows(widget)).length, example.bids.length + 1); // the ranking stands

  await widget.getByLabel('JSON to load').fill('{"svcalc": 1, "framework": ');
  await widget.getByRole('button', { name: 'Load the pasted JSON' }).click();
  await widget.locator('[role=alert]', { hasText: /line 1, column/ }).waitFor();
  await page.context().close();
});

test('exports: the result JSON is the engine text, the CSV has a row per bid and per line', async () => {
  const page = await session.page();
  const widget = await openWidget(session, page, '/examples/');
  const [json] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: 'Download the result (JSON)' }).click()]);
  const cli = execFileSync(nativeCli, ['evaluate', examplePath], { encoding: 'utf8' }).trim();
  assert.equal((await downloadedText(json)).trim(), cli);
  const [csv] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: 'Download a spreadsheet (CSV)' }).click()]);
  assert.match(csv.suggestedFilename(), /\.csv$/);
  const lines = (await downloadedText(csv)).replace(/^\uFEFF/, '').trim().split('\r\n');
  const result = JSON.parse(cli);
  assert.equal(lines.length, 1 + result.bids.length + result.bids.reduce((n, b) => n + b.lines.length, 0));
  await page.context().close();
});

