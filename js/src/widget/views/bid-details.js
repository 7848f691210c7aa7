/**
 * One bid, expanded: its per-theme chart (SVG) with the same figures as a data
 * table for those who cannot see it, and the line-by-line calculation from
 * quantity × proxy to the scored value. It is built once per bid; a what-if
 * edit only rewrites the figures that changed, as the ranking does.
 */
import { h, scrollable, setAttr, setRows, setText, svg, uid } from '../dom.js';
import { settingsOf } from '../what-if.js';
import { bidName, levelName, measureOf, proxyText, themeTitle, warningText } from '../wording.js';
import { warningList } from './messages.js';

const deflators = ['deadweight', 'displacement', 'attribution', 'leakage', 'dropOff'];
const lineHeads = ['measure', 'quantityProxyHead', 'adjustments', 'geography', 'annual', 'years', 'net', 'present', 'evidence', 'claimed'];
const lineNumeric = (i) => i > 3 && i !== 8;
const rowHeight = 30;
const labelWidth = 210;
const barWidth = 280;

/** The expanded bid's elements, and `update(bid, tender)` to show new figures (the bid's themes and lines stay those of its tender). */
export function createBidDetails(bid, tender, tr) {
  const { t } = tr;
  const name = bidName(bid);
  const captionId = uid('chart');
  const bars = [];
  const barFigures = [];
  // Horizontal bars of each theme's score (0–100%); every bar is labelled with its figure, so nothing relies on colour.
  const chart = svg(
    'svg',
    { viewBox: `0 0 ${labelWidth + barWidth + 70} ${bid.socialValue.themes.length * rowHeight + 4}`, role: 'img', 'aria-labelledby': captionId, part: 'chart' },
    bid.socialValue.themes.map((theme, i) => {
      const y = i * rowHeight + 4;
      const title = themeTitle(tender, theme.id);
      bars[i] = svg('rect', { class: 'bar', x: labelWidth, y, height: 20 });
      barFigures[i] = svg('text', { x: labelWidth + barWidth + 8, y: y + 15 });
      return [
        svg('text', { x: 0, y: y + 15, text: title.length > 28 ? `${title.slice(0, 27)}…` : title }),
        svg('rect', { class: 'track', x: labelWidth, y, width: barWidth, height: 20 }),
        bars[i],
        barFigures[i],
      ];
    }),
  );
  const themeBody = h('tbody');
  const themeTable = h(
    'table',
    null,
    h('caption', { text: t('details.themeTable', { name }) }),
    h('thead', null, h('tr', null, ['theme', 'weight', 'quantitative', 'qualitative', 'score', 'claimed', 'scored'].map((k, i) => h('th', { scope: 'col', class: i ? 'n' : null, text: t(`details.${k}`) })))),
    themeBody,
  );
  const lineBody = h('tbody', null, !bid.lines.length && h('tr', null, h('td', { colspan: lineHeads.length, text: t('details.noLines') })));
  const totals = [h('th', { scope: 'row', colspan: 6 }), h('td', { class: 'n' }), h('td', { class: 'n' }), h('td'), h('td', { class: 'n' })];
  const capNote = h('td', { colspan: lineHeads.length });
  const lineTable = h(
    'table',
    null,
    h('caption', { text: t('details.lines', { name }) }),
    h('thead', null, h('tr', null, lineHeads.map((k, i) => h('th', { scope: 'col', class: lineNumeric(i) ? 'n' : null, text: t(`details.${k}`) })))),
    lineBody,
    h('tfoot', null, h('tr', null, totals), h('tr', null, capNote)),
  );
  const warnings = warningList(t('details.warnings'));

  function update(bid, tender) {
    const settings = settingsOf(tender);
    const sv = bid.socialValue;
    const pct = (x) => (x === null ? t('details.notApplicable') : tr.percent(x));
    sv.themes.forEach((theme, i) => {
      setAttr(bars[i], 'width', barWidth * Math.max(0, Math.min(1, theme.score)));
      setText(barFigures[i], tr.percent(theme.score));
    });
    setRows(themeBody, sv.themes.map((theme) => [
      themeTitle(tender, theme.id), tr.percent(theme.weight), pct(theme.quantitative), pct(theme.qualitative), tr.percent(theme.score), tr.money(theme.claimed), tr.money(theme.scored),
    ]), (i) => i > 0);
    if (bid.lines.length) setRows(lineBody, bid.lines.map((line) => lineTexts(line, tender, settings, tr)), lineNumeric);
    [t('details.totals', { gross: tr.money(sv.gross) }), tr.money(sv.net), tr.money(sv.present), '', tr.money(sv.claimed)].forEach((text, i) => setText(totals[i], text));
    const price = tender.bids.find((b) => b.id === bid.id)?.price ?? tender.contractValue;
    const cap =
      settings.cap === null
        ? t('details.noCap', { scored: tr.money(sv.scored) })
        : t('details.cap', { cap: tr.percent(settings.cap), amount: tr.money(settings.cap * price), scored: tr.money(sv.scored) });
    setText(capNote, `${cap} ${methodNote(settings, tr)}`);
    warnings.set(bid.warnings.map((w) => warningText(w, tender, tr)));
  }
  update(bid, tender);

  return {
    el: [h('figure', null, h('figcaption', { id: captionId, text: t('details.chartCaption', { name }) }), chart), scrollable(themeTable, tr), scrollable(lineTable, tr), warnings.el],
    update,
  };
}

/** One commitment from quantity × proxy to claimed. */
function lineTexts(line, tender, settings, tr) {
  const { t } = tr;
  const m = measureOf(tender, line.measure) ?? {};
  const adjustments = deflators.filter((d) => m[d]).map((d) => `${t(`details.${d}`)} ${tr.percent(m[d])}`);
  return [
    m.title ? `${m.title} (${line.measure})` : line.measure,
    t('details.quantityProxy', { quantity: tr.number(line.quantity), unit: m.unit ?? '', proxy: proxyText(tender, m, tr), annual: tr.money(line.quantity * m.proxy) }),
    adjustments.join(', ') || t('ranking.none'),
    `${levelName(tr, 'geography', line.geography)} × ${tr.number(settings.geography[line.geography])}`,
    tr.money(line.annual),
    line.years === line.yearsCounted ? String(line.years) : t('details.yearsCut', { years: line.years, counted: line.yearsCounted }),
    tr.money(line.net),
    tr.money(line.present),
    `${levelName(tr, 'evidence', line.evidence)} × ${tr.percent(settings.evidence[line.evidence])}`,
    tr.money(line.claimed),
  ];
}

function methodNote(settings, tr) {
  return settings.discount === 'green-book' ? tr.t('method.greenBook') : tr.t('method.discount', { rate: tr.percent(settings.discount) });
}
