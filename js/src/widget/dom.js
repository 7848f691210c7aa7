/**
 * The widget's only way of making DOM. Text always goes in through textContent
 * and attributes through setAttribute, so a supplier name or a note can never
 * become markup; and no `style` attribute is ever written, because a portal's
 * CSP (`style-src 'self'`) would block it.
 */

const svgNs = 'http://www.w3.org/2000/svg';

/**
 * h('button', { class: 'x', onclick: fn, text: 'Go' }, child, …)
 * `on…` props add listeners; `text` sets textContent; `value`, `checked` and
 * `selected` set the live property (after the children, so a select's options
 * exist); null, undefined and false leave an attribute out.
 */
export function h(tag, props, ...children) {
  return build(document.createElement(tag), props, children);
}

/** The same for SVG elements. */
export function svg(tag, props, ...children) {
  return build(document.createElementNS(svgNs, tag), props, children);
}

const liveProperties = new Set(['value', 'checked', 'selected', 'disabled']);

function build(element, props, children) {
  const live = [];
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'style') throw new Error('svcalc: no style attributes (CSP); use a class');
    if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
    else if (key === 'text') element.textContent = value;
    else if (liveProperties.has(key)) live.push([key, value]);
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  append(element, children);
  for (const [key, value] of live) element[key] = value;
  return element;
}

/** Appends children, flattening arrays and skipping null, undefined and false. */
export function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.append(child instanceof Node ? child : String(child));
  }
  return parent;
}

/** Replaces an element's children. */
export function fill(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/**
 * Sets text only when it changed, so an unchanged cell costs no layout. A lone
 * text node is edited, not replaced: the browser then re-lays out the text
 * without rebuilding its box.
 */
export function setText(element, text) {
  const node = element.firstChild;
  if (node && node === element.lastChild && node.nodeType === Node.TEXT_NODE) {
    if (node.data !== text) node.data = text;
  } else if (element.textContent !== text) element.textContent = text;
}

/**
 * Makes `parent` hold `count` children, the missing ones made by `make(i)`,
 * keeping those already there.
 */
export function keep(parent, count, make) {
  while (parent.children.length > count) parent.lastElementChild.remove();
  for (let i = parent.children.length; i < count; i++) parent.append(make(i));
  return parent.children;
}

/**
 * Shows `rows`, arrays of texts, as a tbody's rows, each headed by its first
 * cell; `numeric(i)` says whether column i holds figures (aligned right).
 * Rows are kept by position and only changed text is written; a long table
 * passes a `rowWriter`, which writes the rows far from the screen later.
 */
export function setRows(tbody, rows, numeric, writer) {
  const byRow = tbody.parentElement?.classList.contains('rows');
  if (writer) for (const gone of [...tbody.children].slice(rows.length)) writer.forget(gone);
  const existing = tbody.children.length; // rows from here on are new, and written at once
  const kept = keep(tbody, rows.length, (r) => {
    const row = h('tr', null, rows[r].map((_, i) => (i ? h('td', { class: numeric(i) ? 'n' : null }) : h('th', { scope: 'row' }))));
    return byRow ? tableRoles(row) : row;
  });
  rows.forEach((texts, r) => {
    const row = kept[r];
    const write = () => texts.forEach((text, i) => setText(row.cells[i], text));
    if (writer) writer.write(row, write, r >= existing);
    else write();
  });
  writer?.schedule();
}

/**
 * Writes a long table's rows on or near the screen at once, and the others
 * ten a frame from two frames after `schedule()` (after the frame that
 * follows an edit), or as soon as they come near. Every changed row is laid
 * out, on screen or not, and 50 rows of new figures are more than one frame
 * holds on a slow machine. Off screen, a row's text lags an edit by a few
 * frames; what hosts read (data attributes) is set at once by the caller.
 */
export function rowWriter() {
  const near = new Set(); // rows within half a screen of the screen
  const behind = new Map(); // row → the write it is waiting for
  let frame = 0;
  const watcher = new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting } of entries) {
        if (!isIntersecting) near.delete(target);
        else {
          near.add(target);
          behind.get(target)?.();
          behind.delete(target);
        }
      }
    },
    { rootMargin: '50% 0px' },
  );
  function catchUp() {
    frame = 0;
    for (const [row, write] of [...behind].slice(0, 10)) {
      write();
      behind.delete(row);
    }
    if (behind.size) frame = requestAnimationFrame(catchUp);
  }
  return {
    /** Runs `write` for `row` now if the row is near the screen or `now` is true, else later; a later write replaces an earlier one. */
    write(row, write, now) {
      watcher.observe(row); // observing again is a no-op
      if (now || near.has(row)) {
        behind.delete(row);
        write();
      } else behind.set(row, write);
    },
    forget(row) {
      watcher.unobserve(row);
      near.delete(row);
      behind.delete(row);
    },
    /** Stops watching: the table is gone (the element was rebuilt). */
    disconnect() {
      watcher.disconnect();
      cancelAnimationFrame(frame);
      near.clear();
      behind.clear();
    },
    /** Call after writing a table's rows: the far ones start the frame after next. */
    schedule() {
      frame ||= behind.size ? requestAnimationFrame(() => (frame = requestAnimationFrame(catchUp))) : 0;
    },
  };
}

const partRoles = { TABLE: 'table', THEAD: 'rowgroup', TBODY: 'rowgroup', TFOOT: 'rowgroup', TR: 'row', TD: 'cell' };

/**
 * Gives a table, or a row of one, the role of each of its parts. A table laid
 * out a row at a time (`rowsTable`) changes its parts' CSS display, and some
 * browsers then stop exposing it as a table to assistive technology.
 */
export function tableRoles(element) {
  const table = element.closest('table'); // null for a row not yet added
  for (const part of [element, ...element.querySelectorAll('thead,tbody,tfoot,tr,th,td')]) {
    if (part !== element && part.closest('table') !== table) continue; // a table nested in a cell has its own
    part.setAttribute('role', part.tagName === 'TH' ? (part.scope === 'row' ? 'rowheader' : 'columnheader') : partRoles[part.tagName]);
  }
  return element;
}

/**
 * A long table laid out a row at a time (class "rows" in styles.js): each row
 * is a grid on the table's fixed column template that contains its own layout
 * and paint, so a changed figure lays out and paints its own row and never the
 * others' columns. A what-if edit changes a figure in every row of a 50-bid
 * ranking; as one auto-sized table, each changed cell cost the browser a
 * relayout of the whole table.
 */
export function rowsTable(props, ...children) {
  const table = h('table', props, ...children);
  table.classList.add('rows');
  return tableRoles(table);
}

/** Sets or removes an attribute only when it changed. */
export function setAttr(element, name, value) {
  const text = value === null || value === undefined || value === false ? null : String(value);
  if (element.getAttribute(name) === text) return;
  if (text === null) element.removeAttribute(name);
  else element.setAttribute(name, text);
}

/**
 * Puts `wanted` in `parent`, in order, and removes the rest, moving as few
 * children as it can: the longest run already in order stays, and each other
 * child moves once. A moved node is styled and laid out afresh, and blurs
 * whatever has focus inside it, so callers leave focused content in place.
 */
export function orderChildren(parent, wanted) {
  const keeping = new Set(wanted);
  for (const child of [...parent.children]) if (!keeping.has(child)) child.remove();
  const position = new Map(Array.from(parent.children, (child, i) => [child, i]));
  const staying = longestInOrder(wanted.map((child) => position.get(child) ?? -1));
  let anchor = null;
  for (let i = wanted.length - 1; i >= 0; i--) {
    if (!staying.has(i)) parent.insertBefore(wanted[i], anchor);
    anchor = wanted[i];
  }
}

/**
 * The indices of a longest strictly increasing subsequence of `positions`
 * (-1, a newcomer, is never part of it): O(n log n), patience sorting.
 */
function longestInOrder(positions) {
  const tails = []; // tails[k]: index of the smallest last value of a run of length k + 1
  const previous = new Array(positions.length);
  positions.forEach((value, i) => {
    if (value < 0) return;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (positions[tails[middle]] < value) low = middle + 1;
      else high = middle;
    }
    previous[i] = low > 0 ? tails[low - 1] : -1;
    tails[low] = i;
  });
  const run = new Set();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i]) run.add(i);
  return run;
}

let nextId = 0;
/** A document-unique id for aria-controls, aria-describedby and label `for`. */
export function uid(prefix) {
  nextId += 1;
  return `svcalc-${prefix}-${nextId}`;
}

/** A labelled form control: the label, the control and an optional hint, wired together. */
export function field(label, control, hint) {
  const id = control.id || (control.id = uid('f'));
  const hintEl = hint ? h('span', { class: 'hint', id: `${id}-hint`, text: hint }) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, h('label', { for: id, text: label }), hintEl, control);
}

// One observer for every region: a region resizes with the viewport, its table with its content.
let scrollObserver = null;
const scrollNames = new WeakMap(); // region → its name

/**
 * After layout, so it costs no layout of its own: makes each reported region a
 * focusable, named region while its table overflows it, or while it has focus
 * (taking the tabindex away would yank focus; blur checks it again). All
 * regions are read before any is written, so no write lays out the next read.
 */
function checkScrolls(entries) {
  const states = new Map();
  for (const { target } of entries) {
    const region = target.closest('.scroll');
    if (!region.isConnected) {
      // Gone (bid mode rebuilds its tables): let it go. One shown again is watched again (watchScrolls).
      scrollObserver.unobserve(region);
      scrollObserver.unobserve(region.firstElementChild);
      continue;
    }
    states.set(region, region.scrollWidth > region.clientWidth || region.getRootNode().activeElement === region);
  }
  for (const [region, on] of states) {
    setAttr(region, 'tabindex', on && 0);
    setAttr(region, 'role', on && 'region');
    setAttr(region, 'aria-label', on && scrollNames.get(region)());
  }
}

/** Observing afresh reports a region after the next layout, even one not yet put back in the page. */
function watch(region) {
  scrollObserver ??= new ResizeObserver(checkScrolls);
  for (const target of [region, region.firstElementChild]) {
    scrollObserver.unobserve(target);
    scrollObserver.observe(target);
  }
}

/** Watches again every scroll region in `root`, put back in the page after it was taken out. */
export function watchScrolls(root) {
  for (const region of root.querySelectorAll('.scroll')) watch(region);
}

/**
 * A region that lets a wide table scroll sideways, so that the page itself
 * never does (WCAG 1.4.10). Only while the table overflows it does it take
 * focus, so keyboard users can scroll it too, and become a region named after
 * the table's caption: a table that fits adds no tab stop and no landmark.
 * checkScrolls decides, after each layout that resizes it, and on blur.
 */
export function scrollable(table, tr) {
  const region = h('div', { class: 'scroll', onblur: () => watch(region) }, table);
  scrollNames.set(region, () => tr.t('table.scroll', { caption: table.caption.textContent }));
  watch(region);
  return region;
}

/** A select whose options are [value, label] pairs. */
export function select(props, options) {
  return h(
    'select',
    props,
    options.map(([value, label]) => h('option', { value, text: label })),
  );
}
