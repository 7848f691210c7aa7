// Both modes on a 320 CSS px wide screen (WCAG 1.4.10 Reflow): nothing makes
// the page scroll sideways; wide tables scroll inside regions of their own,
// which keyboard users can reach and scroll, and which have a name. A table
// that fits makes no region, so a desktop width has no pointless tab stops.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, browserSession, focused, openWidget, tabTo } from './support/browser.mjs';

const session = browserSession();

const narrow = { viewport: { width: 320, height: 640 } };

/** How far the page, and the element itself, reach past their width (0: they reflow). */
function overflow(widget) {
  return widget.evaluate((el) => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    element: el.scrollWidth - el.clientWidth,
  }));
}

/**
 * Each scroll region's overflow and attributes, each brought on screen first
 * (off screen, content-visibility skips its table and it measures a
 * placeholder) and given a few frames for the ResizeObserver to agree.
 */
function regions(widget) {
  return widget.evaluate(async (el) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const state = (region) => ({
      caption: region.firstElementChild.caption.textContent,
      overflows: region.scrollWidth > region.clientWidth,
      tabindex: region.getAttribute('tabindex'),
      role: region.getAttribute('role'),
      label: region.getAttribute('aria-label'),
    });
    const states = [];
    for (const region of el.shadowRoot.querySelectorAll('div.scroll')) {
      region.scrollIntoView({ block: 'nearest' });
      let now;
      for (let i = 0; i < 10; i++) {
        await frame();
        now = state(region);
        if (now.overflows === (now.tabindex !== null)) break;
      }
      states.push(now);
    }
    return states;
  });
}

/** Every element Tab reaches in the widget, from the page's first link until focus leaves the widget. */
async function tabStops(page) {
  await page.locator('a').first().focus();
  const stops = [];
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const now = await page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      if (!active || active.getRootNode() === document) return null;
      return { tag: active.localName, scroll: active.matches('div.scroll'), label: active.getAttribute('aria-label') };
    });
    if (now) stops.push(now);
    else if (stops.length) return stops;
  }
  assert.fail('pressed Tab 400 times without leaving the widget');
}

test('evaluate mode at 320 px: no sideways page scrolling, with a bid expanded and every panel open; the calculation scrolls in its own region', async () => {
  const page = await session.page(narrow);
  const widget = await openWidget(session, page, '/examples/');
  await widget.getByRole('button', { name: /^Show calculation for Green Pathways/ }).click();
  // Hidden and shown again, the calculation's regions still become focusable (they are observed afresh).
  await widget.getByRole('button', { name: /^Hide calculation for Green Pathways/ }).click();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await widget.getByRole('button', { name: /^Show calculation for Green Pathways/ }).click();
  for (const name of ['What if?', 'Assessment summaries']) await widget.locator('summary', { hasText: name }).click();
  await widget.locator('article.summary').first().waitFor();
  assert.deepEqual(await overflow(widget), { page: 0, element: 0 });
  // Every cell of a row-by-row table lies within its row, which clips what is outside it.
  const outside = await widget.evaluate((el) =>
    [...el.shadowRoot.querySelectorAll('table.rows tr:not(.detail)')].filter((row) => row.lastElementChild.getBoundingClientRect().right > row.getBoundingClientRect().right + 0.5).length,
  );
  assert.equal(outside, 0);

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
  // Brought on screen: axe measures a table off screen too, where content-visibility
  // skips it and its region is decided only once it is shown.
  for (const region of await regions(widget)) assert.equal(region.tabindex, region.overflows ? '0' : null, region.caption);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('evaluate mode at a desktop width: tables that fit are neither regions nor tab stops; narrowing the window to 320 px makes the overflowing ones so, and widening it undoes that', async () => {
  const page = await session.page(); // 1280 × 900
  const widget = await openWidget(session, page, '/examples/');
  await widget.getByRole('button', { name: /^Show calculation for Green Pathways/ }).click();
  await widget.locator('summary', { hasText: 'What if?' }).click();
  await widget.locator('table.comparison').waitFor();

  // The ranking, the bid's theme scores and line by line, and the what-if comparison all fit.
  const wide = await regions(widget);
  assert.equal(wide.length, 4);
  for (const region of wide) assert.deepEqual(region, { caption: region.caption, overflows: false, tabindex: null, role: null, label: null });
  assert.equal(await widget.getByRole('region', { name: /scrolls sideways/ }).count(), 0);
  const stops = await tabStops(page);
  assert.ok(stops.length > 20, `only ${stops.length} tab stops in the widget`);
  assert.deepEqual(stops.filter((stop) => stop.scroll), []);
  assert.deepEqual(await axeViolations(page), []);

  // At 320 px every one of them overflows, and is a focusable region named after its caption.
  const scroller = widget.locator('div.scroll', { has: page.locator(':scope > table > caption', { hasText: /^Line-by-line calculation for Green Pathways/ }) });
  await scroller.scrollIntoViewIfNeeded();
  await page.setViewportSize({ width: 320, height: 640 });
  const narrow = await regions(widget);
  assert.equal(narrow.length, 4);
  for (const region of narrow) {
    assert.deepEqual(region, { caption: region.caption, overflows: true, tabindex: '0', role: 'region', label: `${region.caption} (scrolls sideways)` });
  }
  const named = widget.getByRole('region', { name: /^Line-by-line calculation for Green Pathways.* \(scrolls sideways\)$/ });
  assert.equal(await named.getAttribute('tabindex'), '0');
  assert.deepEqual(await axeViolations(page), []);

  // Back at 1280 px they are plain again, except the one with focus, which keeps it until it loses it.
  await scroller.focus();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.waitForFunction((el) => !el.shadowRoot.querySelector('div.scroll').hasAttribute('tabindex'), await widget.elementHandle());
  assert.equal(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth), false);
  assert.equal(await scroller.getAttribute('tabindex'), '0');
  assert.equal((await focused(page)).label, narrow.find((region) => /^Line-by-line/.test(region.caption)).label);
  await page.keyboard.press('Tab');
  await page.waitForFunction((el) => !el.hasAttribute('tabindex'), await scroller.elementHandle());
  assert.deepEqual(await regions(widget), wide);
  assert.equal(await widget.getByRole('region', { name: /scrolls sideways/ }).count(), 0);

  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
