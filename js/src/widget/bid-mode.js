/**
 * Supplier mode (`mode="bid"`): the supplier builds a bid against the buyer's
 * framework and method and sees a live estimate of its social value score,
 * against a benchmark competitor it can adjust. The draft saves itself to
 * localStorage and exports as a bid JSON the buyer can load.
 */
import { SvcalcError } from '../svcalc-error.js';
import { frameworkKey } from './documents.js';
import { field, fill, h, scrollable, select, setAttr } from './dom.js';
import { fileName, jsonFile } from './downloads.js';
import { clearDraft, loadDraft, saveDraft } from './drafts.js';
import {
  defaultBenchmark, draftResult, emptyBid, estimateTender, improvements, needsBenchmark, newCommitment, probe, weakEvidence,
} from './estimate.js';
import { warningList } from './views/messages.js';
import { settingsOf } from './what-if.js';
import { levelName, measureOf, methodSentences, proxyText, themeTitle, warningText, weightText } from './wording.js';

const scores = [0, 20, 40, 60, 80, 100];

export function createBidMode(ctx, tender, storage) {
  const { tr } = ctx;
  const { t } = tr;
  const key = frameworkKey(tender.framework);
  const settings = settingsOf(tender);
  const probed = probe(ctx.calculator, tender);
  const measures = tender.framework.measures;
  let bid;
  let benchmark;
  let restored;
  let estimate = null; // { result, tender, mine } of the last valid estimate
  let frame = 0;
  let saveTimer = 0;
  let improveTimer = 0;
  let sortBy = 'perPound';

  const el = h('div', { class: 'mode-bid' });
  const status = h('p', { class: 'hint' });
  const lineLists = new Map(); // theme id → container of its commitment lines
  const figures = h('dl', { class: 'figures' });
  const depends = h('p');
  const estimateWarnings = warningList(t('estimate.warnings'));
  const improveBody = h('div');

  function start(draft) {
    bid = draft?.bid ?? emptyBid(tender);
    // Lines from a saved or loaded bid may leave out defaults; the form shows them.
    bid.commitments = bid.commitments.map((c) => ({ ...newCommitment(tender, c.measure), ...c }));
    benchmark = draft?.benchmark ?? defaultBenchmark(tender);
    restored = draft?.savedAt ?? null;
    build();
    recalculate();
  }

  // ─── The form ──────────────────────────────────────────────────────────────

  function input(props, pointer, read) {
    const control = h('input', { ...props, 'data-path': pointer });
    control.addEventListener('input', () => {
      read(control);
      changed();
    });
    return control;
  }

  const numberOf = (control) => (control.value === '' ? Number.NaN : Number(control.value));

  function build() {
    const about = h(
      'fieldset',
      null,
      h('legend', { text: t('bid.about') }),
      h(
        'div',
        { class: 'fields' },
        field(t('bid.name'), input({ type: 'text', autocomplete: 'organization', value: bid.supplier?.name ?? '' }, '/bids/0/supplier/name', (c) => (bid.supplier = { ...bid.supplier, name: c.value }))),
        field(t('bid.id'), input({ type: 'text', value: bid.id }, '/bids/0/id', (c) => (bid.id = c.value)), t('bid.idHint')),
        field(
          t('bid.price', { currency: tr.currency }),
          input({ type: 'number', min: 0, step: 'any', inputmode: 'decimal', value: bid.price ?? '' }, '/bids/0/price', (c) => {
            if (c.value === '') delete bid.price;
            else bid.price = Number(c.value);
          }),
          tender.contractValue > 0 ? t('bid.priceHint', { value: tr.money(tender.contractValue) }) : null,
        ),
      ),
    );

    const benchmarkInput = input({ type: 'number', min: 0, step: 0.5, inputmode: 'decimal', value: String(Number((benchmark * 100).toPrecision(12))) }, 'benchmark', (c) => (benchmark = numberOf(c) / 100));
    const competitor = needsBenchmark(tender)
      ? h('fieldset', null, h('legend', { text: t('bid.benchmark') }), h('p', { text: t('bid.benchmarkWhy') }), field(t('bid.benchmarkLabel'), benchmarkInput, [
          t('bid.benchmarkHint', { target: tr.percent(settings.target) }),
          settings.cap === null ? '' : t('bid.benchmarkCap', { cap: tr.percent(settings.cap) }),
        ].join(' ').trim()))
      : h('p', { text: t('estimate.target') });

    const themes = tender.framework.themes
      .filter((theme) => probed.themeWeights.has(theme.id))
      .map((theme) => themeFieldset(theme));

    fill(
      el,
      h('p', { text: t('bid.intro') }),
      status,
      h('details', null, h('summary', { text: t('bid.method') }), h('ul', null, [t('bid.svWeight', { weight: weightText(settings.weights.socialValue, tr) }), ...methodSentences(settings, tr)].map((text) => h('li', { text })))),
      h('div', { class: 'columns' },
        h('div', { class: 'form', part: 'supplier-form' }, about, competitor, themes),
        h('section', { class: 'estimate', part: 'estimate', 'aria-labelledby': 'svcalc-estimate' }, h('h3', { id: 'svcalc-estimate', text: t('estimate.title') }), depends, figures, estimateWarnings.el),
      ),
      h('section', { 'aria-labelledby': 'svcalc-improve' },
        h('h3', { id: 'svcalc-improve', text: t('improve.title') }),
        h('p', { class: 'hint', text: t('improve.intro') }),
        field(t('improve.sort'), select({ onchange: (e) => ((sortBy = e.target.value), scheduleImprovements(0)) }, [['perPound', t('improve.perPound', { amount: tr.money(1000) })], ['perUnit', t('improve.perUnit')]])),
        improveBody),
      h('div', { class: 'toolbar', part: 'exports' },
        h('button', { type: 'button', text: t('export.bid'), onclick: exportBid }),
        h('button', { type: 'button', class: 'secondary', text: t('bid.reset'), onclick: reset })),
    );
    renderLines();
    showStatus(restored ? t('bid.restored', { time: time(restored) }) : t('bid.autosave'));
  }

  function themeFieldset(theme) {
    const own = measures.filter((m) => m.theme === theme.id);
    const quantitative = own.filter((m) => m.kind === 'quantitative');
    const list = h('div');
    lineLists.set(theme.id, list);
    let adder = null;
    if (quantitative.length) {
      const choice = select({ 'data-add': theme.id }, quantitative.map((m) => [m.id, t('bid.option', { title: m.title ?? m.id, proxy: proxyText(tender, m, tr), unit: m.unit ?? t('bid.unit') })]));
      adder = h('div', { class: 'fields' },
        field(t('bid.addLabel', { theme: theme.title ?? theme.id }), choice),
        h('button', { type: 'button', class: 'secondary', text: t('bid.add'), onclick: () => addLine(choice.value) }));
    }
    return h(
      'fieldset',
      { 'data-theme': theme.id },
      h('legend', { text: t('bid.theme', { theme: themeTitle(tender, theme.id), weight: tr.percent(probed.themeWeights.get(theme.id)) }) }),
      list,
      adder,
      own.filter((m) => m.kind === 'qualitative').map(responseField),
    );
  }

  function responseField(measure) {
    const response = () => bid.responses.find((r) => r.measure === measure.id);
    const options = [['', t('bid.notAnswered')], ...scores.map((s) => [String(s), t(`score.${s}`)])];
    const choice = select({ 'data-measure': measure.id, value: response() ? String(response().score) : '' }, options);
    const rationale = h('textarea', { rows: 3, 'data-measure': measure.id, value: response()?.rationale ?? '' });
    const update = () => {
      bid.responses = bid.responses.filter((r) => r.measure !== measure.id);
      if (choice.value !== '') {
        bid.responses.push({ measure: measure.id, score: Number(choice.value), ...(rationale.value ? { rationale: rationale.value } : {}) });
      }
      changed();
    };
    choice.addEventListener('change', update);
    rationale.addEventListener('input', update);
    return h('div', { class: 'line' },
      field(t('bid.selfScore', { title: measure.title ?? measure.id }), choice, t('bid.selfScoreHint')),
      field(t('bid.rationale', { title: measure.title ?? measure.id }), rationale));
  }

  /** Every theme's commitment lines, with their controls' JSON Pointers renumbered. */
  function renderLines() {
    for (const list of lineLists.values()) list.replaceChildren();
    bid.commitments.forEach((commitment, index) => {
      const measure = measureOf(tender, commitment.measure);
      lineLists.get(measure?.theme)?.append(lineFieldset(commitment, index, measure));
    });
  }

  function lineFieldset(commitment, index, measure) {
    const at = `/bids/0/commitments/${index}`;
    const title = measure.title ?? measure.id;
    const choice = (values, name, labelled) =>
      select({ 'data-path': `${at}/${name}`, value: commitment[name], onchange: (e) => ((commitment[name] = e.target.value), changed()) }, Object.entries(values).map(labelled));
    return h(
      'fieldset',
      { class: 'line', 'data-line': index },
      h('legend', { text: title }),
      h('div', { class: 'fields' },
        field(t('bid.quantity', { unit: measure.unit ?? t('bid.unit') }),
          input({ type: 'number', min: 0, step: 'any', inputmode: 'decimal', value: String(commitment.quantity ?? '') }, `${at}/quantity`, (c) => (commitment.quantity = numberOf(c))),
          t('bid.proxyHint', { proxy: proxyText(tender, measure, tr) })),
        field(t('bid.years'),
          input({ type: 'number', min: 1, step: 1, value: String(commitment.years ?? 1) }, `${at}/years`, (c) => (commitment.years = numberOf(c))),
          measure.maxYears ? t('bid.maxYears', { max: measure.maxYears }) : null),
        field(t('bid.geography'), choice(settings.geography, 'geography', ([area, g]) => [area, `${levelName(tr, 'geography', area)} (× ${tr.number(g)})`])),
        field(t('bid.evidence'), choice(settings.evidence, 'evidence', ([level, k]) => [level, `${levelName(tr, 'evidence', level)} (${tr.percent(k)})`])),
        field(t('bid.note'), input({ type: 'text', value: commitment.note ?? '' }, `${at}/note`, (c) => {
          if (c.value) commitment.note = c.value;
          else delete commitment.note;
        })),
        h('button', { type: 'button', class: 'secondary', onclick: () => removeLine(index) }, t('bid.remove'), h('span', { class: 'sr', text: ` ${title}` })),
      ),
    );
  }

  function addLine(measureId) {
    bid.commitments.push(newCommitment(tender, measureId));
    renderLines();
    const quantity = el.querySelector(`[data-path="/bids/0/commitments/${bid.commitments.length - 1}/quantity"]`);
    quantity.focus();
    quantity.select(); // typing replaces the starting 1
    changed();
  }

  function removeLine(index) {
    const theme = measureOf(tender, bid.commitments[index].measure)?.theme;
    bid.commitments.splice(index, 1);
    renderLines();
    el.querySelector(`[data-add="${CSS.escape(theme)}"]`)?.focus();
    changed();
  }

  function locate(pointer) {
    if (pointer.startsWith('/bids/0/responses/')) {
      const response = bid.responses[Number(pointer.split('/')[4])];
      return response ? el.querySelector(`select[data-measure="${CSS.escape(response.measure)}"]`) : null;
    }
    const controls = [...el.querySelectorAll('[data-path]')];
    return controls.find((c) => c.dataset.path === pointer) ?? controls.find((c) => c.dataset.path.startsWith(`${pointer}/`)) ?? null;
  }

  function markErrors(errors) {
    for (const control of el.querySelectorAll('[data-path], select[data-measure]')) {
      setAttr(control, 'aria-invalid', errors.some((e) => locate(e.path) === control) ? 'true' : null);
    }
  }

  // ─── Estimate ──────────────────────────────────────────────────────────────

  function changed() {
    ctx.emit('svcalc-change', { mode: 'bid', kind: 'draft', bid: exportable(), benchmark });
    clearTimeout(saveTimer);
    saveTimer = setTimeout(save, 400);
    if (!frame) {
      frame = requestAnimationFrame(() => {
        frame = 0;
        recalculate();
      });
    }
  }

  function recalculate() {
    if (!(benchmark >= 0)) {
      markErrors([]);
      setAttr(el.querySelector('[data-path="benchmark"]'), 'aria-invalid', 'true');
      const error = { code: 'out-of-range', path: '', field: t('bid.benchmarkLabel'), message: t('bid.benchmarkInvalid') };
      ctx.showErrors([error], {}, () => el.querySelector('[data-path="benchmark"]'), 'bid');
      estimate = null;
      return false;
    }
    const next = estimateTender(tender, bid, probed, benchmark);
    let result;
    try {
      result = ctx.calculator.evaluate(next);
    } catch (error) {
      if (!(error instanceof SvcalcError)) throw error;
      markErrors(error.errors);
      ctx.showErrors(error.errors, next, locate, 'bid');
      ctx.announce(t('announce.errors', { count: error.errors.length }));
      estimate = null;
      return false;
    }
    markErrors([]);
    ctx.clearErrors();
    const mine = draftResult(result, bid);
    estimate = { result, tender: next, mine };
    renderEstimate(mine);
    ctx.announce(t('announce.estimate', { points: tr.number(mine.socialValue.points), weighted: tr.number(mine.scores.socialValue) }));
    ctx.emit('svcalc-result', { mode: 'bid', result, tender: next, estimate: mine, bid: exportable() });
    scheduleImprovements(300);
    return true;
  }

  function renderEstimate(mine) {
    const sv = mine.socialValue;
    depends.textContent = needsBenchmark(tender) ? t('estimate.depends', { benchmark: tr.percent(benchmark) }) : t('estimate.target');
    const rows = [
      ['estimate.points', t('estimate.outOf', { value: tr.number(sv.points), of: 100 })],
      ['estimate.weighted', t('estimate.outOf', { value: tr.number(mine.scores.socialValue), of: tr.number(settings.weights.socialValue) })],
      ['estimate.percent', tr.percent(sv.percentOfPrice)],
      ['estimate.gross', tr.money(sv.gross)],
      ['estimate.net', tr.money(sv.net)],
      ['estimate.present', tr.money(sv.present)],
      ['estimate.claimed', tr.money(sv.claimed)],
      ['estimate.scored', tr.money(sv.scored)],
    ];
    fill(figures, rows.map(([k, value]) => [h('dt', { text: t(k) }), h('dd', { 'data-figure': k.slice(9), text: value })]));
    const notes = mine.warnings.filter((w) => w.code !== 'no-social-value').map((w) => warningText(w, estimate.tender, tr));
    for (const weak of weakEvidence(tender, bid)) {
      notes.push(t('warning.weakEvidence', { measure: measureOf(tender, weak.measure)?.title ?? weak.measure, evidence: levelName(tr, 'evidence', weak.evidence), factor: tr.percent(weak.factor) }));
    }
    estimateWarnings.set(notes);
  }

  function scheduleImprovements(delay) {
    clearTimeout(improveTimer);
    improveTimer = setTimeout(() => {
      if (!estimate) return;
      const rows = improvements(ctx.calculator, tender, bid, probed, benchmark, sortBy);
      fill(improveBody, scrollable(h('table', { part: 'improvements' },
        h('caption', { class: 'sr', text: t('improve.title') }),
        h('thead', null, h('tr', null, ['measure', 'theme', 'perUnit', 'perPound'].map((k, i) => h('th', { scope: 'col', class: i > 1 ? 'n' : null, text: t(`improve.${k}`, { amount: tr.money(1000) }) })))),
        h('tbody', null, rows.map((row) => h('tr', { 'data-measure': row.measure },
          h('th', { scope: 'row', text: row.title }),
          h('td', { text: themeTitle(tender, row.theme) }),
          h('td', { class: 'n', text: t('improve.per', { points: tr.small(row.perUnit), unit: row.unit ?? t('bid.unit') }) }),
          h('td', { class: 'n', text: row.perPound === null ? '–' : tr.small(row.perPound * 1000) }))))),
      tr));
    }, delay);
  }

  // ─── Draft, export ─────────────────────────────────────────────────────────

  /** The draft as a spec Bid, tagged with the framework it was written for. */
  function exportable() {
    return { ...structuredClone(bid), 'x-svcalc-framework': { id: tender.framework.id, version: tender.framework.version } };
  }

  function save() {
    clearTimeout(saveTimer);
    saveTimer = 0;
    const at = saveDraft(storage, key, { bid, benchmark });
    showStatus(at ? t('bid.saved', { time: time(at) }) : t('bid.notSaved'));
  }

  function showStatus(text) {
    status.textContent = text;
  }

  function time(date) {
    return new Intl.DateTimeFormat(tr.lang, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  }

  function exportBid() {
    if (!estimate) {
      ctx.announce(t('bid.fixFirst'));
      el.querySelector('[aria-invalid="true"]')?.focus();
      return;
    }
    ctx.download(jsonFile(fileName(bid.supplier?.name || bid.id, 'bid'), `${JSON.stringify(exportable(), null, 2)}\n`));
  }

  function reset() {
    if (!globalThis.confirm?.(t('bid.confirmReset'))) return;
    clearDraft(storage, key);
    start(null);
    el.querySelector('input')?.focus();
  }

  const flush = () => saveTimer && save();
  start(loadDraft(storage, key));

  return {
    el,
    /** Saves a pending draft now (the element calls it on pagehide and when it is removed). */
    flush,
    get bid() {
      return exportable();
    },
    get result() {
      return estimate?.result ?? null;
    },
    get tender() {
      return estimate?.tender ?? null;
    },
    /** Replaces the draft with a bid, such as one exported earlier. */
    loadBid(next) {
      const plain = { commitments: [], responses: [], ...structuredClone(next) };
      delete plain['x-svcalc-framework'];
      start({ bid: plain, benchmark });
      save();
    },
  };
}
