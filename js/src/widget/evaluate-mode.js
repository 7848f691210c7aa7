/**
 * Evaluator mode (`mode="evaluate"`): the ranking, the robustness line, the
 * warnings, each bid's calculation, the what-if panel and the assessment
 * summaries. Edits are coalesced to one recalculation per animation frame,
 * which scores the tender and updates the ranking; the expanded bids, the
 * warnings and the open panels follow in the next frame, each only when its
 * figures changed. Closed panels are not rendered at all.
 */
import { SvcalcError } from '../svcalc-error.js';
import { csvFile, jsonFile } from './downloads.js';
import { resultCsv } from './csv.js';
import { withBid, withQuality } from './documents.js';
import { field, fill, h, setAttr, setText, watchScrolls } from './dom.js';
import { createBidDetails } from './views/bid-details.js';
import { warningList } from './views/messages.js';
import { createRanking } from './views/ranking.js';
import { summariesView } from './views/summaries.js';
import { createWhatIfPanel } from './views/what-if-panel.js';
import { absoluteOnly, applySettings, isPlaceNeutral, placeNeutral, settingsOf, withSetting } from './what-if.js';
import { bidName, pointsText, robustnessText, warningText, weightText } from './wording.js';

export function createEvaluateMode(ctx, tender) {
  const { tr } = ctx;
  const { t } = tr;
  let source = tender;
  const original = settingsOf(tender);
  let settings = original;
  let savedGeography = null; // the factors to restore when place-neutral is switched off
  let evaluated = null;
  let result = null;
  let lastOrder = '';
  let frame = 0;
  let panelsFrame = 0;
  let absolute = null; // the "absolute £ only" result the comparison shows
  let absoluteFor = null; // the source and settings it was scored with

  const qualityInputs = new Map(); // bid id → input
  const details = new Map(); // bid id → its expanded view
  const showing = new Map(); // bid id → the result's bid its expanded view shows
  const behind = new Map(); // bid id → the bid, for expanded views to update next frame
  let summarised = null; // the result the summaries show

  const robustness = h('p', { class: 'robustness', part: 'robustness' });
  const warnings = warningList(t('warnings.title'));
  const ranking = createRanking(tr, { renderDetail });
  const panel = createWhatIfPanel(tr, settings, {
    onChange(path, value) {
      change(withSetting(settings, path, value), 'settings');
    },
    onPlaceNeutral() {
      if (isPlaceNeutral(settings.geography) && savedGeography) {
        change({ ...settings, geography: savedGeography }, 'settings');
      } else {
        savedGeography = settings.geography;
        change({ ...settings, geography: placeNeutral(settings.geography) }, 'settings');
      }
    },
    onReset() {
      savedGeography = null;
      change(original, 'settings');
    },
  });
  const whatIf = h('details', { class: 'no-print', part: 'what-if' }, h('summary', { text: t('whatIf.title') }), panel.el);
  whatIf.addEventListener('toggle', () => whatIf.open && showComparison(true));
  const summariesBody = h('div');
  const summaries = h('details', { class: 'summaries', part: 'summaries' }, h('summary', { text: t('summaries.title') }), summariesBody);
  summaries.addEventListener('toggle', () => summaries.open && showSummaries());

  const el = h(
    'div',
    { class: 'mode-evaluate' },
    h(
      'section',
      { 'aria-labelledby': 'svcalc-ranking' },
      h('h3', { id: 'svcalc-ranking', text: t('ranking.title') }),
      robustness,
      warnings.el,
      ranking.el,
      h(
        'div',
        { class: 'toolbar no-print', part: 'exports' },
        h('button', { type: 'button', class: 'secondary', text: t('export.result'), onclick: () => ctx.download(jsonFile(ctx.name('result'), ctx.calculator.evaluateJson(evaluated).json)) }),
        h('button', { type: 'button', class: 'secondary', text: t('export.csv'), onclick: () => ctx.download(csvFile(ctx.name('result'), resultCsv(result))) }),
      ),
    ),
    whatIf,
    summaries,
  );

  /**
   * Shows an expanded bid: built as it first opens, then updated in place. A
   * calculation already on screen catches up a frame after the ranking (with
   * the warnings), so an edit's first frame is spent on the ranking alone; one
   * that is opening (its row not yet in the table) is shown up to date at once.
   */
  function renderDetail(bid, cell) {
    if (details.has(bid.id)) {
      if (!cell.isConnected) watchScrolls(cell); // shown again
      if (showing.get(bid.id) === bid) return;
      if (cell.isConnected) {
        behind.set(bid.id, bid);
        followNextFrame();
      } else showDetail(bid);
      return;
    }
    const index = source.bids.findIndex((b) => b.id === bid.id);
    const input = h('input', {
      type: 'number', min: 0, max: 100, step: 1, inputmode: 'decimal', 'data-path': `/bids/${index}/quality`,
      value: String(source.bids[index].quality ?? 0),
    });
    input.addEventListener('input', () => {
      source = withQuality(source, bid.id, input.value === '' ? Number.NaN : Number(input.value));
      change(settings, 'quality');
    });
    qualityInputs.set(bid.id, input);
    const view = createBidDetails(bid, evaluated, tr);
    details.set(bid.id, view);
    showing.set(bid.id, bid);
    cell.replaceChildren(h('div', null, h('div', { class: 'fields' }, field(t('details.quality', { name: bidName(bid) }), input, t('details.qualityHint'))), view.el));
  }

  function change(next, kind) {
    settings = next;
    panel.set(settings); // the controls not being typed in show it (place-neutral, a reset)
    ctx.emit('svcalc-change', { mode: 'evaluate', kind, settings, tender: source });
    if (!frame) {
      frame = requestAnimationFrame(() => {
        frame = 0;
        recalculate();
      });
    }
  }

  function locate(pointer) {
    const quality = [...qualityInputs.values()].find((input) => input.dataset.path === pointer);
    return quality ?? panel.locate(pointer);
  }

  function markErrors(errors) {
    panel.markErrors(errors);
    for (const input of qualityInputs.values()) {
      setAttr(input, 'aria-invalid', errors.some((e) => e.path === input.dataset.path) ? 'true' : null);
    }
  }

  /** Scores the tender with the current settings and shows it; false when the engine rejected it. */
  function recalculate() {
    const next = applySettings(source, settings);
    try {
      result = ctx.calculator.evaluate(next);
    } catch (error) {
      if (!(error instanceof SvcalcError)) throw error;
      markErrors(error.errors);
      ctx.showErrors(error.errors, next, locate, 'what-if');
      ctx.announce(t('announce.errors', { count: error.errors.length }));
      return false;
    }
    evaluated = next;
    markErrors([]);
    ctx.clearErrors();
    render();
    ctx.emit('svcalc-result', { mode: 'evaluate', result, tender: evaluated });
    return true;
  }

  function render() {
    const line = robustnessText(result, tr);
    const current = t('robust.current', { weight: weightText(settings.weights.socialValue, tr) });
    setText(robustness, result.bids.length === 0 ? t('ranking.empty') : line ? `${line} ${current}` : t('robust.none'));
    ranking.update(result, evaluated);
    followNextFrame();
    const order = result.bids.map((b) => `${b.id}:${b.total}`).join('\n');
    if (order !== lastOrder) {
      lastOrder = order;
      const pqp = evaluated.method?.model === 'pqp';
      ctx.announce(
        t('announce.ranking', {
          top: result.bids
            .slice(0, 3)
            .map((b) => t(pqp ? 'announce.placePqp' : 'announce.place', { rank: b.rank, name: bidName(b), total: pointsText(b.total, pqp, tr) }))
            .join('; '),
        }),
      );
    }
  }

  /**
   * The rest follows a frame later: the ranking, which the edit is about, is
   * on screen within one frame, and a burst of edits updates the rest once.
   */
  function followNextFrame() {
    if (!panelsFrame) {
      panelsFrame = requestAnimationFrame(() => {
        panelsFrame = 0;
        follow();
      });
    }
  }

  /** The expanded bids, the warnings and the open panels, for the latest result. */
  function follow() {
    for (const bid of behind.values()) showDetail(bid);
    behind.clear();
    const notes = result.warnings.map((w) => warningText(w, evaluated, tr));
    if (!isPlaceNeutral(evaluated.framework.geography)) notes.push(t('warnings.notNeutral'));
    for (const bid of result.bids) for (const w of bid.warnings) notes.push(`${bidName(bid)}: ${warningText(w, evaluated, tr)}`);
    warnings.set(notes);
    if (whatIf.open) showComparison();
    if (summaries.open) showSummaries();
  }

  function showComparison(opening = false) {
    // α and the basis do not change it: it is scored again only when something else did.
    const absoluteSettings = absoluteOnly(settings);
    const key = JSON.stringify(absoluteSettings);
    if (absoluteFor?.source !== source || absoluteFor.key !== key) {
      absoluteFor = { source, key };
      try {
        absolute = ctx.calculator.evaluate(applySettings(source, absoluteSettings));
      } catch {
        absolute = null; // the current settings are invalid; their errors are already on screen
      }
    }
    panel.showComparison(result, absolute, settings.model, opening);
  }

  function showDetail(bid) {
    details.get(bid.id)?.update(bid, evaluated);
    showing.set(bid.id, bid);
  }

  function showSummaries() {
    if (summarised === result) return; // rebuilt only for a new result: a rebuild under the pointer loses a click
    summarised = result;
    fill(summariesBody, summariesView(result, evaluated, tr, { onPrint: () => ctx.print(), onCopy: ctx.copy }));
  }

  return {
    el,
    recalculate,
    get result() {
      return result;
    },
    get tender() {
      return evaluated;
    },
    get settings() {
      return settings;
    },
    /** Replaces the settings at once (the host's `settings` property): recalculates synchronously. */
    set settings(next) {
      settings = { ...settings, ...next };
      panel.set(settings);
      recalculate();
    },
    /** Adds or replaces a bid; returns the engine's errors, or null when it scored. */
    addBid(bid) {
      const before = source;
      const added = withBid(source, bid);
      source = added.tender;
      if (added.replaced) {
        qualityInputs.delete(bid.id);
        details.delete(bid.id);
      }
      if (!recalculate()) {
        source = before;
        return false;
      }
      ctx.emit('svcalc-change', { mode: 'evaluate', kind: 'bid', settings, tender: source });
      return added;
    },
    /** Stops watching the screen: the element is being rebuilt. */
    dispose() {
      ranking.dispose();
      panel.dispose();
    },
    /** Shows the summaries, opened, ready for window.print(). */
    openSummaries() {
      summaries.open = true;
      showSummaries();
    },
  };
}
