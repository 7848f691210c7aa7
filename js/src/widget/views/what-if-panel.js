/**
 * The what-if panel: every setting of the method and the framework's factors
 * as a labelled control, and the side-by-side comparison with "absolute £
 * only". Controls are built once per tender and never re-rendered, so typing is
 * never interrupted; each knows the JSON Pointer it edits, so an error from the
 * engine lands on the right control.
 */
import { field, h, rowWriter, rowsTable, scrollable, select, setAttr, setRows, setText, uid } from '../dom.js';
import { isPlaceNeutral } from '../what-if.js';
import { bidName, levelName, pointsText } from '../wording.js';

const percent = 100;
const comparedFigure = (i) => i > 0 && i < 5;

export function createWhatIfPanel(tr, settings, { onChange, onPlaceNeutral, onReset }) {
  const { t } = tr;
  const controls = new Map(); // JSON Pointer → control
  const setters = []; // (settings) → void, to show outside changes

  /** A number input for a setting; `empty` is the setting's value when it is left empty (NaN: not allowed). */
  function numberControl(label, pointer, path, { scale = 1, min, max, step, empty = Number.NaN, hint } = {}) {
    const input = h('input', { type: 'number', inputmode: 'decimal', min, max, step, 'data-path': pointer });
    input.addEventListener('input', () => onChange(path, input.value === '' ? empty : Number(input.value) / scale));
    setters.push((s) => {
      const value = path.reduce((node, key) => node?.[key], s);
      const text = typeof value === 'number' ? String(Number((value * scale).toPrecision(12))) : '';
      if (input.getRootNode().activeElement !== input && input.value !== text) input.value = text;
    });
    controls.set(pointer, input);
    return field(label, input, hint);
  }

  const weights = h(
    'fieldset',
    null,
    h('legend', { text: t('whatIf.weights') }),
    h('div', { class: 'fields' }, ['price', 'quality', 'socialValue'].map((k) =>
      numberControl(t(`criterion.${k}`), `/method/weights/${k}`, ['weights', k], { min: 0, max: 100, step: 1 }),
    )),
  );

  const basis = select({ 'data-path': '/method/socialValue/basis', onchange: () => onChange(['basis'], basis.value) },
    ['proportional', 'absolute', 'target'].map((b) => [b, t(`whatIf.basis.${b}`)]));
  controls.set('/method/socialValue/basis', basis);
  setters.push((s) => (basis.value = s.basis));


  const socialValue = h(
    'fieldset',
    null,
    h('legend', { text: t('whatIf.socialValue') }),
    h('div', { class: 'fields' },
      field(t('whatIf.basis'), basis),
      numberControl(t('whatIf.alpha'), '/method/socialValue/quantitativeShare', ['alpha'], { scale: percent, min: 0, max: 100, step: 5 }),
      numberControl(t('whatIf.cap'), '/method/socialValue/cap', ['cap'], { scale: percent, min: 0, step: 1, empty: null, hint: t('whatIf.capHint') }),
      numberControl(t('whatIf.target'), '/method/socialValue/target', ['target'], { scale: percent, min: 0, step: 1 }),
      // An empty rate means the Green Book's declining rates, as an empty cap means none.
      numberControl(t('whatIf.rate'), '/method/discount', ['discount'], { scale: percent, min: 0, max: 99.9, step: 0.1, empty: 'green-book', hint: t('whatIf.rateHint') }),
    ),
  );

  const neutral = h('button', { type: 'button', class: 'secondary', 'aria-pressed': 'false', text: t('whatIf.placeNeutral'), onclick: () => onPlaceNeutral() });
  setters.push((s) => setAttr(neutral, 'aria-pressed', String(isPlaceNeutral(s.geography))));
  const factorSet = (kind, legend, hint) =>
    h(
      'fieldset',
      null,
      h('legend', { text: legend }),
      h('p', { class: 'hint', text: hint }),
      kind === 'geography' && neutral,
      h('div', { class: 'fields' }, Object.keys(settings[kind]).map((name) =>
        numberControl(levelName(tr, kind, name), `/framework/${kind}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`, [kind, name], { min: 0, max: kind === 'evidence' ? 1 : undefined, step: 0.05 }),
      )),
    );

  const comparison = h('div');
  const comparisonHeading = h('h4', { id: uid('cmp'), text: t('compare.title') });
  const el = h(
    'div',
    { class: 'what-if' },
    h('p', { class: 'hint', text: t('whatIf.intro') }),
    weights,
    socialValue,
    factorSet('geography', t('whatIf.geography'), t('whatIf.geographyHint')),
    factorSet('evidence', t('whatIf.evidence'), t('whatIf.evidenceHint')),
    h('div', { class: 'toolbar' }, h('button', { type: 'button', class: 'secondary', text: t('whatIf.reset'), onclick: () => onReset() })),
    h('section', { 'aria-labelledby': comparisonHeading.id }, comparisonHeading, h('p', { class: 'hint', text: t('compare.intro') }), comparison),
  );

  function set(next) {
    for (const setter of setters) setter(next);
  }
  set(settings);

  const compareBody = h('tbody');
  const compareWriter = rowWriter();
  const verdict = h('p');
  comparison.append(
    verdict,
    scrollable(
      rowsTable(
        { class: 'comparison' },
        h('caption', { text: t('compare.caption') }),
        h('thead', null, h('tr', null, ['bidder', 'rankNow', 'totalNow', 'rankAbsolute', 'totalAbsolute', 'change'].map((k, i) => h('th', { scope: 'col', class: comparedFigure(i) ? 'n' : null, text: t(`compare.${k}`) })))),
        compareBody,
      ),
      tr,
    ),
  );

  /**
   * Updates the comparison from the current result and the absolute-only one
   * (null when that failed); `model` is the method's. Row n shows the bid
   * ranked n now, and only changed text is rewritten. `opening`: the panel
   * has just been opened, so every row is written at once, none of them being
   * known to be on screen yet.
   */
  function showComparison(result, absolute, model, opening) {
    const shown = !opening && !comparison.hidden;
    setAttr(comparison, 'hidden', !absolute);
    if (!absolute) return;
    const total = (b) => pointsText(b.total, model === 'pqp', tr);
    const moved = (now, then) => (then === now ? t('compare.same') : then < now ? t('compare.higher', { n: now - then }) : t('compare.lower', { n: then - now }));
    const [now, then] = [result.bids[0], absolute.bids[0]].map((b) => b && bidName(b));
    setText(verdict, !now ? '' : now === then ? t('compare.sameWinner', { name: now }) : t('compare.otherWinner', { now, then }));
    const others = new Map(absolute.bids.map((b) => [b.id, b]));
    setRows(compareBody, result.bids.map((bid) => {
      const other = others.get(bid.id);
      return [bidName(bid), String(bid.rank), total(bid), String(other.rank), total(other), moved(bid.rank, other.rank)];
    }), comparedFigure, shown ? compareWriter : undefined);
  }

  function locate(pointer) {
    return controls.get(pointer) ?? [...controls].find(([p]) => p.startsWith(`${pointer}/`))?.[1] ?? null;
  }

  function markErrors(errors) {
    for (const [pointer, control] of controls) {
      setAttr(control, 'aria-invalid', errors.some((e) => e.path === pointer || pointer.startsWith(`${e.path}/`)) ? 'true' : null);
    }
  }

  return { el, set, showComparison, locate, markErrors, dispose: () => compareWriter.disconnect() };
}
