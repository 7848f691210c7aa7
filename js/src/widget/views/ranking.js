/**
 * The ranking table. Rows are keyed by bid id and updated in place: a what-if
 * edit only rewrites the cells whose text changed and moves the rows whose rank
 * changed, which keeps a 50-bid recalculation well inside one frame. Each row
 * carries the raw numbers as data attributes (data-total and so on) for hosts
 * and tests.
 */
import { h, orderChildren, scrollable, setAttr, setText, uid } from '../dom.js';
import { bidName } from '../wording.js';

export function createRanking(tr, { renderDetail }) {
  const { t } = tr;
  const heads = ['rank', 'bidder', 'total', 'price', 'quality', 'socialValue', 'percent', 'warnings', 'details'].map(
    (key) => h('th', { scope: 'col', class: ['rank', 'bidder', 'warnings', 'details'].includes(key) ? null : 'n' }),
  );
  const tbody = h('tbody');
  const caption = h('caption', { text: t('ranking.caption') });
  const el = scrollable(h('table', { part: 'ranking' }, caption, h('thead', null, h('tr', null, heads)), tbody), tr);
  const rows = new Map();
  const expanded = new Set();
  let last = null;

  function rowFor(id) {
    let row = rows.get(id);
    if (row) return row;
    const cells = Array.from({ length: 9 }, (_, i) => h(i === 1 ? 'th' : 'td', i === 1 ? { scope: 'row' } : { class: i >= 2 && i <= 6 ? 'n' : null }));
    const detailId = uid('detail');
    const button = h('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false', 'aria-controls': detailId });
    button.addEventListener('click', () => toggle(id));
    cells[8].append(button);
    const detailCell = h('td', { colspan: 9 });
    row = {
      tr: h('tr', { 'data-bid': id }, cells),
      cells, button,
      detail: h('tr', { class: 'detail', id: detailId, hidden: true }, detailCell),
      detailCell,
    };
    rows.set(id, row);
    return row;
  }

  function toggle(id) {
    if (expanded.has(id)) expanded.delete(id);
    else expanded.add(id);
    if (last) update(last.result, last.tender);
  }

  function update(result, tender) {
    last = { result, tender };
    const pqp = tender.method?.model === 'pqp';
    const headTexts = [
      t('ranking.rank'), t('ranking.bidder'), t(pqp ? 'ranking.totalPqp' : 'ranking.total'), t(pqp ? 'ranking.priceAmount' : 'ranking.price'),
      t('ranking.quality'), t('ranking.socialValue'), t('ranking.percent'), t('ranking.warnings'), t('ranking.details'),
    ];
    heads.forEach((th, i) => setText(th, headTexts[i]));
    const tied = new Set(result.ties.flat());
    const wanted = [];
    for (const bid of result.bids) {
      const row = rowFor(bid.id);
      const { cells } = row;
      const name = bidName(bid);
      const open = expanded.has(bid.id);
      // Formatting costs too: a row whose figures are unchanged is left alone.
      const shown = JSON.stringify([pqp, open, tied.has(bid.id), name, bid.rank, bid.total, bid.scores, bid.socialValue.percentOfPrice, bid.warnings.length]);
      if (row.shown !== shown) {
        row.shown = shown;
        setText(cells[0], tied.has(bid.id) ? t('ranking.tied', { rank: bid.rank }) : String(bid.rank));
        setText(cells[1], name === bid.id ? name : `${name} (${bid.id})`);
        setText(cells[2], bid.total === null ? '–' : pqp ? tr.money(bid.total) : tr.number(bid.total));
        setText(cells[3], pqp ? tr.money(bid.scores.price) : tr.number(bid.scores.price));
        setText(cells[4], tr.number(bid.scores.quality));
        setText(cells[5], tr.number(bid.scores.socialValue));
        setText(cells[6], tr.percent(bid.socialValue.percentOfPrice));
        setText(cells[7], bid.warnings.length ? String(bid.warnings.length) : t('ranking.none'));
        for (const [key, value] of [['rank', bid.rank], ['total', bid.total], ['price', bid.scores.price], ['quality', bid.scores.quality], ['social-value', bid.scores.socialValue]]) {
          setAttr(row.tr, `data-${key}`, JSON.stringify(value));
        }
        // Whose calculation is in the name: a visually hidden span would be a positioned box in every row, placed again at each layout.
        setText(row.button, t(open ? 'ranking.hide' : 'ranking.show'));
        setAttr(row.button, 'aria-label', `${row.button.textContent} ${t('ranking.for', { name })}`);
        setAttr(row.button, 'aria-expanded', String(open));
        setAttr(row.detail, 'hidden', !open);
      }
      if (open) renderDetail(bid, row.detailCell);
      wanted.push(row.tr, row.detail); // collapsed rows stay, hidden, for aria-controls
    }
    const present = new Set(result.bids.map((b) => b.id));
    for (const id of rows.keys()) {
      if (present.has(id)) continue;
      rows.delete(id);
      expanded.delete(id);
    }
    orderChildren(tbody, wanted);
  }

  return { el, update, toggle };
}
