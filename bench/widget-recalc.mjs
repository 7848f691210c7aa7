// Measures what an edit costs the page in evaluate mode, with 50 bids, in
// Debian's Chromium: the CPU time of the page's main thread (from a trace, so
// other processes on a shared machine do not count), everything included: the
// keystroke's input task, scoring, updating the DOM, and the browser's style,
// layout and paint. The widget spreads an edit over several frames, and each
// is reported: the recalculation (the keystroke's task, then the frame that
// scores the tender and updates the ranking's rows on or near the screen),
// the next frame (the expanded bid's calculation, the warnings, and "absolute
// £ only" scored and shown), and the largest of the frames after it, before
// the next keystroke (the ranking's far rows, a few at a frame). Target: each
// within a 16 ms frame.
//
// An edit is what an evaluator makes: a number typed into a control, with that
// control focused and so on screen, the what-if panel open and one bid
// expanded. The controls are the panel's α, cap, a geography factor, an
// evidence factor and the discount rate, and the expanded bid's quality score,
// each edit a valid tender that changes the scores and reorders the ranking
// (while a quality score is typed, the rows keep their order and show the new
// ranks; the one reorder when focus leaves it is not measured here). A weight
// cannot be changed alone without breaking the weights' sum of 100. The
// browser paints only what is near the viewport, so the same edits are
// measured again with the top of the ranking on screen.
//
// Each edit is typed through Chromium's input pipeline (the control's text
// selected, the new value inserted), so its input event runs in a task of its
// own and the typed text is painted with the recalculation, as for a person.
// An earlier version dispatched the input event from inside an animation-frame
// callback, which counted a whole extra rendering against the edit.
//
// Usage: node bench/widget-recalc.mjs [edits per control]   (needs the wasm preset built)
import { openWidget, startBrowser } from '../tests/js/browser/support/browser.mjs';

const perControl = Number(process.argv[2] ?? 10);
const controls = [
  ['[data-path="/method/socialValue/quantitativeShare"]', (i) => 45 - 4 * i],
  ['[data-path="/method/socialValue/cap"]', (i) => 9 - 0.7 * i],
  ['[data-path="/framework/geography/local"]', (i) => 1.1 + 0.1 * i],
  ['[data-path="/framework/evidence/planned"]', (i) => 0.65 - 0.05 * i],
  ['[data-path="/method/discount"]', (i) => 3 + 0.5 * i],
  ['tr.detail input[data-path$="/quality"]', (i) => 95 - 9 * i],
];

const session = await startBrowser();
try {
  const page = await session.page();
  const widget = await openWidget(session, page, '/examples/');
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

  const cdp = await page.context().newCDPSession(page);
  /** Each edit made while `run` runs: the CPU time of its input event and its frame, and of the frame after. */
  async function trace(run) {
    const events = [];
    const collect = (data) => events.push(...data.value);
    cdp.on('Tracing.dataCollected', collect);
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'], excludedCategories: ['*'] } });
    await run();
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    const main = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain' && events.some((f) => f.pid === e.pid && f.name === 'FireAnimationFrame'));
    const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
    // A task is a frame when requestAnimationFrame callbacks ran in it, an edit when an input event was dispatched in it.
    const holding = (marks) => (task) => marks.some((e) => e.ts >= task.ts && e.ts <= task.ts + task.dur);
    const tasks = mine.filter((e) => e.name === 'RunTask' && e.ph === 'X').sort((a, b) => a.ts - b.ts);
    const frames = tasks.filter(holding(mine.filter((e) => e.name === 'FireAnimationFrame')));
    const inputs = tasks.filter(holding(mine.filter((e) => e.name === 'EventDispatch' && e.args.data?.type === 'input')));
    return inputs.map((input, i) => {
      const until = inputs[i + 1]?.ts ?? Infinity;
      const [recalculation, next, ...later] = frames.filter((frame) => frame.ts > input.ts && frame.ts < until);
      return { recalculation: (input.tdur + recalculation.tdur) / 1000, next: next.tdur / 1000, later: Math.max(0, ...later.map((frame) => frame.tdur)) / 1000 };
    });
  }

  /**
   * Each edit's two figures, with `view` (a selector) scrolled to the top of
   * the screen, or the control in view. An edit is typed as a user types it:
   * the control's text selected, and the new value entered through Chromium's
   * input pipeline, so its input event runs in a task of its own and the
   * typed text is painted with the recalculation, as it is for a person.
   */
  async function measure(view) {
    return trace(async () => {
      for (const [selector, value] of controls) {
        const control = widget.locator(selector);
        await control.focus();
        if (view) await widget.evaluate((el, view) => el.shadowRoot.querySelector(view).scrollIntoView(), view);
        for (let i = 0; i < perControl; i++) {
          await page.keyboard.press('ControlOrMeta+A');
          await page.keyboard.insertText(String(Number(value(i).toFixed(2))));
          // Two frames, the recalculation and the next, then a pause, as between keystrokes.
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)))));
        }
        if (await widget.locator('[role=alert]').count()) throw new Error(`an edit of ${selector} was refused`);
      }
    });
  }

  /** The median and the 90th percentile of one figure, in ms. */
  const spread = (edits, key) => {
    const sorted = edits.map((e) => e[key]).sort((a, b) => a - b);
    return `${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms (90%: ${sorted[Math.floor(sorted.length * 0.9)].toFixed(1)})`;
  };
  console.log(`| widget, 50 bids, ${controls.length * perControl} edits (main-thread CPU time, median and 90th percentile) | recalculation: the keystroke and its frame | the next frame: calculation, warnings, comparison | the frames after: far rows, the largest |`);
  console.log('|---|---|---|---|');
  for (const [label, view] of [['the control typed in on screen', null], ['the ranking on screen', 'table[part=ranking]']]) {
    const edits = await measure(view);
    console.log(`| ${label} | ${spread(edits, 'recalculation')} | ${spread(edits, 'next')} | ${spread(edits, 'later')} |`);
  }
} finally {
  await session.close();
}
