/**
 * One bid, expanded: its per-theme chart (SVG) with the same figures as a data
 * table for those who cannot see it, and the line-by-line calculation from
 * quantity × proxy to the scored value.
 */
import { h, scrollable, svg, uid } from '../dom.js';
import { settingsOf } from '../what-if.js';
import { bidName, levelName, measureOf, proxyText, themeTitle, warningText } from '../wording.js';
import { warningList } from './messages.js';

const deflators = ['deadweight', 'displacement', 'attribution', 'leakage', 'dropOff'];

export function bidDetails(bid, tender, tr) {
  const { t } = tr;
  return [
    themeFigure(bid, tender, tr),
    lineTable(bid, tender, tr),
    warningList(t('details.warnings'), bid.warnings.map((w) => warningText(w, tender, tr))),
  ];
}

/** Horizontal bars of each theme's score (0–100%); every bar is labelled with its figure, so nothing relies on colour. */
function themeFigure(bid, tender, tr) {
  const { t } = tr;
  const captionId = uid('chart');
  const rowHeight = 30;
  const labelWidth = 210;
  const barWidth = 280;
  const themes = bid.socialValue.themes;
  const chart = svg(
    'svg',
    { viewBox: `0 0 ${labelWidth + barWidth + 70} ${themes.length * rowHeight + 4}`, role: 'img', 'aria-labelledby': captionId, part: 'chart' },
    themes.map((theme, i) => {
      const y = i * rowHeight + 4;
      const title = themeTitle(tender, theme.id);
      return [
        svg('text', { x: 0, y: y + 15, text: title.length > 28 ? `${title.slice(0, 27)}…` : title }),
        svg('rect', { class: 'track', x: labelWidth, y, width: barWidth, height: 20 }),
        svg('rect', { class: 'bar', x: labelWidth, y, width: barWidth * Math.max(0, Math.min(1, theme.score)), height: 20 }),
        svg('text', { x: labelWidth + barWidth + 8, y: y + 15, text: tr.percent(theme.score) }),
      ];
    }),
  );
  const pct = (x) => (x === null ? t('details.notApplicable') : tr.percent(x));
  const table = h(
    'table',
    null,
    h('caption', { text: t('details.themeTable', { name: bidName(bid) }) }),
    h('thead', null, h('tr', null, ['theme', 'weight', 'quantitative', 'qualitative', 'score', 'claimed', 'scored'].map((k, i) => h('th', { scope: 'col', class: i ? 'n' : null, text: t(`details.${k}`) })))),
    h(
      'tbody',
      null,
      themes.map((theme) =>
        h(
          'tr',
          null,
          h('th', { scope: 'row', text: themeTitle(tender, theme.id) }),
          [tr.percent(theme.weight), pct(theme.quantitative), pct(theme.qualitative), tr.percent(theme.score), tr.money(theme.claimed), tr.money(theme.scored)].map(
            (text) => h('td', { class: 'n', text }),
          ),
        ),
      ),
    ),
  );
  return [h('figure', null, h('figcaption', { id: captionId, text: t('details.chartCaption', { name: bidName(bid) }) }), chart), scrollable(table)];
}

/** Each commitment from quantity × proxy to claimed, then the bid's totals and the cap. */
function lineTable(bid, tender, tr) {
  const { t } = tr;
  const settings = settingsOf(tender);
  const price = tender.bids.find((b) => b.id === bid.id)?.price ?? tender.contractValue;
  const sv = bid.socialValue;
  const heads = ['measure', 'quantityProxyHead', 'adjustments', 'geography', 'annual', 'years', 'net', 'present', 'evidence', 'claimed'];
  const rows = bid.lines.map((line) => {
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
  });
  const cap =
    settings.cap === null
      ? t('details.noCap', { scored: tr.money(sv.scored) })
      : t('details.cap', { cap: tr.percent(settings.cap), amount: tr.money(settings.cap * price), scored: tr.money(sv.scored) });
  return scrollable(
    h(
      'table',
      null,
      h('caption', { text: t('details.lines', { name: bidName(bid) }) }),
      h('thead', null, h('tr', null, heads.map((k, i) => h('th', { scope: 'col', class: i > 3 && i !== 8 ? 'n' : null, text: t(`details.${k}`) })))),
      h(
        'tbody',
        null,
        rows.length
          ? rows.map(([first, ...rest]) => h('tr', null, h('th', { scope: 'row', text: first }), rest.map((text, i) => h('td', { class: i > 2 && i !== 7 ? 'n' : null, text }))))
          : h('tr', null, h('td', { colspan: heads.length, text: t('details.noLines') })),
      ),
      h(
        'tfoot',
        null,
        h('tr', null, h('th', { scope: 'row', colspan: 6, text: t('details.totals', { gross: tr.money(sv.gross) }) }), [sv.net, sv.present].map((x) => h('td', { class: 'n', text: tr.money(x) })), h('td'), h('td', { class: 'n', text: tr.money(sv.claimed) })),
        h('tr', null, h('td', { colspan: heads.length, text: `${cap} ${methodNote(settings, tr)}` })),
      ),
    ),
  );
}

function methodNote(settings, tr) {
  return settings.discount === 'green-book' ? tr.t('method.greenBook') : tr.t('method.discount', { rate: tr.percent(settings.discount) });
}
