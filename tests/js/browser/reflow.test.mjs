// Both modes on a 320 CSS px wide screen (WCAG 1.4.10 Reflow): nothing makes
// the page scroll sideways; wide tables scroll inside regions of their own,
// which keyboard users can reach and scroll, and which have a name.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axeViolations, focused, openWidget, startBrowser, tabTo } from './support/browser.mjs';

let session;

before(async () => {
  session = await startBrowser();
});
after(async () => {
  await session?.close();
});

const narrow = { viewport: { width: 320, height: 640 } };

/** How far the page, and the element itself, reach past their width (0: they reflow). */
function overflow(widget) {
  return widget.evaluate((el) => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    element: el.scrollWidth - el.clientWidth,
  }));
}

test('evaluate mode at 320 px: no sideways page scrolling, with a bid expanded and every panel open; the calculation scrolls in its own region', async () => {
  const page = await session.page(narrow);
  const widget = await openWidget(session, page, '/examples/');
  await widget.getByRole('button', { name: /^Show calculation for Green Pathways/ }).click();
  for (const name of ['What if?', 'Assessment summaries']) await widget.locator('summary', { hasText: name }).click();
  await widget.locator('article.summary').first().waitFor();
  assert.deepEqual(await overflow(widget), { page: 0, element: 0 });

  // The line-by-line table is wider than the screen: its region scrolls, by keyboard too.
  const region = await tabTo(page, (f) => /^Line-by-line calculation for Green Pathways/.test(f.label));
  assert.equal(region.tag, 'div');
  const scroller = widget.getByRole('region', { name: /^Line-by-line calculation for Green Pathways/ });
  assert.equal(await scroller.getAttribute('tabindex'), '0');
  assert.ok(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth), 'the table fits: nothing to scroll');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((el) => el.scrollLeft > 0, await scroller.elementHandle());
  assert.equal((await focused(page)).label, region.label);

  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('bid mode at 320 px: no sideways page scrolling, with a commitment added', async () => {
  const page = await session.page(narrow);
  const widget = await openWidget(session, page, '/examples/supplier.html');
  await widget.getByRole('button', { name: 'Add this commitment' }).first().click();
  await widget.locator('[data-path="/bids/0/commitments/0/quantity"]').fill('12');
  await widget.locator('table[part=improvements]').waitFor();
  assert.deepEqual(await overflow(widget), { page: 0, element: 0 });
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
