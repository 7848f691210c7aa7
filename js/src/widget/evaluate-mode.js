/**
 * Evaluator mode (`mode="evaluate"`): the ranking, the robustness line, the
 * warnings, each bid's calculation, the what-if panel and the assessment
 * summaries. Edits are coalesced to one recalculation per animation frame,
 * and only open panels are re-rendered.
 */
import { SvcalcError } from '../svcalc-error.js';
import { csvFile, jsonFile } from './downloads.js';
import { resultCsv } from './csv.js';
import { withBid, withQuality } from './documents.js';
import { field, fill, h, setAttr, setText } from './dom.js';
import { bidDetails } from './views/bid-details.js';
import { warningList } from './views/messages.js';
import { createRanking } from './views/ranking.js';
import { summariesView } from './views/summaries.js';
import { createWhatIfPanel } from './views/what-if-panel.js';
import { absoluteOnly, applySettings, isPlaceNeutral, placeNeutral, settingsOf, withSetting } from './what-if.js';
import { bidName, robustnessText, warningText, weightText } from './wording.js';

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
  let lastNotes = '';
  let frame = 0;
  let panelsFrame = 0;

  const qualityInputs = new Map(); // bid id → input
  const detailBodies = new Map(); // bid id → element
  const shownDetails = new Map(); // bid id → what its body shows, as JSON

  const robustness = h('p', { class: 'robustness', part: 'robustness' });
  const warnings = h('div');
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
  whatIf.addEventListener('toggle', () => whatIf.open && showComparison());
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
      warnings,
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

  function renderDetail(bid, cell) {
    let body = detailBodies.get(bid.id);
    if (!body) {
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
      body = h('div');
      detailBodies.set(bid.id, body);
      cell.replaceChildren(h('div', { class: 'fields' }, field(t('details.quality', { name: bidName(bid) }), input, t('details.qualityHint'))), body);
    }
    // Weights move the ranking but not a bid's calculation: rebuild it only when what it shows changed.
    const shown = JSON.stringify([bid.socialValue, bid.lines, bid.warnings, settings.geography, settings.evidence, settings.cap, settings.discount]);
    if (shownDetails.get(bid.id) !== shown) {
      shownDetails.set(bid.id, shown);
      fill(body, bidDetails(bid, evaluated, tr));
    }
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
    const notes = result.warnings.map((w) => warningText(w, evaluated, tr));
    if (!isPlaceNeutral(settings.geography)) notes.push(t('warnings.notNeutral'));
    for (const bid of result.bids) for (const w of bid.warnings) notes.push(`${bidName(bid)}: ${warningText(w, evaluated, tr)}`);
    if (notes.join('\n') !== lastNotes) {
      lastNotes = notes.join('\n');
      fill(warnings, warningList(t('warnings.title'), notes));
    }
    ranking.update(result, evaluated);
    // The open panels follow a frame later: the ranking, which the edit is
    // about, is on screen first, and a burst of edits scores them once.
    if ((whatIf.open || summaries.open) && !panelsFrame) {
      panelsFrame = requestAnimationFrame(() => {
        panelsFrame = 0;
        if (whatIf.open) showComparison();
        if (summaries.open) showSummaries();
      });
    }
    const order = result.bids.map((b) => `${b.id}:${b.total}`).join('\n');
    if (order !== lastOrder) {
      lastOrder = order;
      ctx.announce(
        t('announce.ranking', {
          top: result.bids
            .slice(0, 3)
            .map((b) => t('announce.place', { rank: b.rank, name: bidName(b), total: b.total === null ? '–' : tr.number(b.total) }))
            .join('; '),
        }),
      );
    }
  }

  function showComparison() {
    let absolute = null;
    try {
      absolute = ctx.calculator.evaluate(applySettings(source, absoluteOnly(settings)));
    } catch {
      // The current settings are invalid; their errors are already on screen.
    }
    panel.showComparison(result, absolute, settings.model);
  }

  function showSummaries() {
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
        detailBodies.delete(bid.id);
        shownDetails.delete(bid.id);
      }
      if (!recalculate()) {
        source = before;
        return false;
      }
      ctx.emit('svcalc-change', { mode: 'evaluate', kind: 'bid', settings, tender: source });
      return added;
    },
    /** Shows the summaries, opened, ready for window.print(). */
    openSummaries() {
      summaries.open = true;
      showSummaries();
    },
  };
}
