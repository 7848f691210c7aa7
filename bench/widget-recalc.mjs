// Measures the widget's recalculation after an edit, with 50 bids, in Debian's
// Chromium: CPU time per edit for scoring and re-rendering, then the same with
// the browser's style and layout forced after each edit. Target: under 16 ms.
// Usage: node bench/widget-recalc.mjs [edits]   (needs the wasm preset built)
import { openWidget, startBrowser } from '../tests/js/browser/support/browser.mjs';

const edits = Number(process.argv[2] ?? 31);
const session = await startBrowser();
try {
  const page = await session.page();
  const widget = await openWidget(session, page, '/examples/');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  // Thread time, not wall time: what the page's own thread spent, whatever else the machine does.
  const threadMs = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000;

  await widget.evaluate((el) => {
    const tender = structuredClone(el.tender);
    const model = tender.bids;
    tender.bids = Array.from({ length: 50 }, (_, i) => {
      const bid = structuredClone(model[i % model.length]);
      bid.id = `bid-${i + 1}`;
      bid.price = Math.round(bid.price * (0.9 + (i % 7) / 30));
      bid.quality = 50 + (i % 40);
      for (const c of bid.commitments ?? []) c.quantity *= 1 + (i % 5) / 10;
      return bid;
    });
    el.tender = tender;
    el.shadowRoot.querySelector('details:has(.what-if)').open = true;
    el.shadowRoot.querySelector('tr[data-bid] button').click(); // one bid expanded too
  });

  const perEdit = async (withLayout) => {
    const before = await threadMs();
    await widget.evaluate(
      (el, [edits, withLayout]) => {
        for (let i = 0; i < edits; i++) {
          el.settings = { weights: { price: 50 - (i % 10), quality: 30, socialValue: 20 + (i % 10) } };
          if (withLayout) void el.shadowRoot.querySelector('table').offsetHeight;
        }
      },
      [edits, withLayout],
    );
    return ((await threadMs()) - before) / edits;
  };
  const recalculation = await perEdit(false);
  const withLayout = await perEdit(true);
  console.log(`| widget, 50 bids, one edit | ${recalculation.toFixed(1)} ms scoring and re-rendering | ${withLayout.toFixed(1)} ms with style and layout |`);
} finally {
  await session.close();
}
