/**
 * The ranking table. Row n shows the bid ranked n: an edit that reorders the
 * bids rewrites the rows' text and never moves a row, because a moved row is
 * styled and laid out afresh. Only the figures that changed are formatted and
 * written, and the table is laid out a row at a time (`rowsTable`). Rows far
 * from the screen take an edit's figures a few frames later (`rowWriter`), so
 * a 50-bid recalculation fits in a frame. An expanded bid's calculation is a
 * row of its own that follows its bid.
 *
 * While a field in the table has focus, such as an expanded bid's quality
 * score being typed, the rows keep their order and only their figures (the
 * rank among them) change: what the evaluator is typing into stays where it
 * is, instead of jumping with every keystroke that moves its bid. The rows
 * take the new order when focus leaves the field.
 *
 * Each row carries the raw numbers as data attributes (data-total and so on)
 * for hosts and tests.
 */
import { h, orderChildren, rowWriter, rowsTable, scrollable, setAttr, setText, tableRoles, uid } from '../dom.js';
import { bidName, pointsText } from '../wording.js';

const columns = ['rank', 'bidder', 'total', 'price', 'quality', 'socialValue', 'percent', 'warnings', 'details'];
const figureColumn = (i) => i >= 2 && i <= 6;
const rawNames = ['rank', 'total', 'price', 'quality', 'social-value']; // a row's data attributes

export function createRanking(tr, { renderDetail }) {
  const { t } = tr;
  const heads = columns.map((_, i) => h('th', { scope: 'col', class: figureColumn(i) ? 'n' : null }));
  const tbody = h('tbody');
  const caption = h('caption', { text: t('ranking.caption') });
  const el = scrollable(rowsTable({ part: 'ranking' }, caption, h('thead', null, h('tr', null, heads)), tbody), tr);
  const slots = []; // row n's elements, and the bid it shows
  const details = new Map(); // bid id → its calculation's row, kept while the bid is there
  const expanded = new Set();
  let last = null;
  let pqp = null; // the method's model decides how totals and prices read
  const points = (x) => pointsText(x, pqp, tr);
  const writer = rowWriter();

  function slot() {
    const cells = columns.map((_, i) => h(i === 1 ? 'th' : 'td', i === 1 ? { scope: 'row' } : { class: figureColumn(i) ? 'n' : null }));
    const row = { cells, tr: tableRoles(h('tr', null, cells)), shown: [], raw: [], bid: null };
    row.button = h('button', { type: 'button', class: 'secondary', onclick: () => toggle(row.bid) });
    cells[8].append(row.button);
    slots.push(row);
    return row;
  }

  function detailRow(id) {
    if (!details.has(id)) {
      const cell = h('td', { colspan: columns.length });
      details.set(id, { tr: tableRoles(h('tr', { class: 'detail', id: uid('detail') }, cell)), cell });
    }
    return details.get(id);
  }

  tbody.addEventListener('focusout', () => {
    // The focus has moved on by the next frame; if typing has ended, the rows take the ranking's order.
    requestAnimationFrame(() => {
      if (last && !holding() && slots.some((row, n) => last.result.bids[n]?.id !== row.bid)) update(last.result, last.tender);
    });
  });

  /** Whether a field in the table (an expanded bid's quality score) has focus: typing in it holds the order. */
  function holding() {
    const focused = tbody.getRootNode().activeElement;
    return focused?.localName === 'input' && tbody.contains(focused);
  }

  /** The bids in the order the rows show them now, when holding; newcomers go after, by rank. */
  function heldOrder(bids) {
    const byId = new Map(bids.map((bid) => [bid.id, bid]));
    const kept = slots.filter((row) => byId.has(row.bid)).map((row) => byId.get(row.bid));
    const keptIds = new Set(kept.map((bid) => bid.id));
    return kept.concat(bids.filter((bid) => !keptIds.has(bid.id)));
  }

  function toggle(id) {
    if (expanded.has(id)) expanded.delete(id);
    else expanded.add(id);
    if (last) update(last.result, last.tender);
  }

  /**
   * Shows `value` in cell i of a row, formatted by `format`, only when it is
   * not what the cell shows already: formatting and writing text are most of
   * an update's cost, and most figures do not change with an edit.
   */
  function show(row, i, value, format) {
    if (Object.is(row.shown[i], value)) return;
    row.shown[i] = value;
    setText(row.cells[i], format(value));
  }

  /**
   * The row's bid and raw numbers, as data attributes for hosts: set at once
   * for every row, even when its text waits (they cost no layout).
   */
  function identify(row, bid) {
    if (row.bid !== bid.id) {
      row.bid = bid.id;
      row.tr.dataset.bid = bid.id;
    }
    [bid.rank, bid.total, bid.scores.price, bid.scores.quality, bid.scores.socialValue].forEach((value, i) => {
      if (Object.is(row.raw[i], value)) return;
      row.raw[i] = value;
      row.tr.setAttribute(`data-${rawNames[i]}`, JSON.stringify(value));
    });
  }

  /** Writes a bid's figures into a row; `tied` holds the ids of the result's tied bids. */
  function write(row, bid, tied) {
    const name = bidName(bid);
    const open = expanded.has(bid.id);
    const { scores } = bid;
    const rank = tied.has(bid.id) ? `${bid.rank}=` : bid.rank;
    show(row, 0, rank, () => (rank === bid.rank ? String(rank) : t('ranking.tied', { rank: bid.rank })));
    show(row, 1, `${bid.id}\n${name}`, () => (name === bid.id ? name : `${name} (${bid.id})`));
    show(row, 2, bid.total, points);
    show(row, 3, scores.price, points);
    show(row, 4, scores.quality, tr.number);
    show(row, 5, scores.socialValue, tr.number);
    show(row, 6, bid.socialValue.percentOfPrice, tr.percent);
    show(row, 7, bid.warnings.length, (count) => (count ? String(count) : t('ranking.none')));
    const state = `${bid.id}\n${name}\n${open}`;
    if (row.shown[9] !== state) {
      row.shown[9] = state;
      // Whose calculation is in the name: a visually hidden span would be a positioned box in every row, placed again at each layout.
      setText(row.button, t(open ? 'ranking.hide' : 'ranking.show'));
      setAttr(row.button, 'aria-label', `${row.button.textContent} ${t('ranking.for', { name })}`);
      setAttr(row.button, 'aria-expanded', String(open));
      setAttr(row.button, 'aria-controls', open ? details.get(bid.id).tr.id : null);
    }
  }

  function update(result, tender) {
    last = { result, tender };
    const model = tender.method?.model === 'pqp';
    if (model !== pqp) {
      pqp = model;
      const headTexts = [
        t('ranking.rank'), t('ranking.bidder'), t(pqp ? 'ranking.totalPqp' : 'ranking.total'), t(pqp ? 'ranking.priceAmount' : 'ranking.price'),
        t('ranking.quality'), t('ranking.socialValue'), t('ranking.percent'), t('ranking.warnings'), t('ranking.details'),
      ];
      heads.forEach((th, i) => setText(th, headTexts[i]));
      for (const row of slots) row.shown = []; // totals and prices now read otherwise
    }
    const tied = new Set(result.ties.flat());
    const bids = holding() ? heldOrder(result.bids) : result.bids;
    // Rows past the last bid go; missing ones are made (and put in place below).
    for (const row of slots.splice(result.bids.length)) writer.forget(row.tr);
    const wanted = [];
    bids.forEach((bid, n) => {
      const row = slots[n] ?? slot(); // slots are made in order, so a missing one is the next
      const detail = expanded.has(bid.id) ? detailRow(bid.id) : null;
      const fresh = row.bid === null;
      identify(row, bid);
      writer.write(row.tr, () => write(row, bid, tied), fresh || detail !== null); // new, or its calculation's button is due
      wanted.push(row.tr);
      if (detail) {
        renderDetail(bid, detail.cell);
        wanted.push(detail.tr);
      }
    });
    const present = new Set(result.bids.map((b) => b.id));
    for (const id of details.keys()) if (!present.has(id)) details.delete(id);
    for (const id of expanded) if (!present.has(id)) expanded.delete(id);
    orderChildren(tbody, wanted);
    // From the frame after next: the next frame brings the calculations, the warnings and the comparison.
    writer.schedule();
  }

  return { el, update, dispose: () => writer.disconnect() };
}
