/**
 * <social-value-calculator>: the embeddable social value calculator.
 *
 *   <script type="module" src="…/svcalc/src/widget/social-value-calculator.js"></script>
 *   <social-value-calculator src="tender.json" mode="evaluate"></social-value-calculator>
 *
 * Attributes (and properties): mode ("evaluate" | "bid"), src (a same-origin
 * URL), lang, currency, wasm-url. Properties only: tender, calculator, result,
 * bid, settings. Events: svcalc-ready, svcalc-result, svcalc-change,
 * svcalc-error. docs/widget.md documents them all, with their `detail`.
 *
 * The element owns loading, the shell (title, loader, errors, announcements)
 * and the host API; evaluate-mode.js and bid-mode.js own the two modes.
 */
import { createCalculator } from '../calculator.js';
import { createBidMode } from './bid-mode.js';
import { documentKind, parseJson, tenderFrom } from './documents.js';
import { fill, h, watchScrolls } from './dom.js';
import { browserStorage } from './drafts.js';
import { download, fileName } from './downloads.js';
import { createEvaluateMode } from './evaluate-mode.js';
import { createTranslator, loadedStrings, loadStrings, localeFor } from './i18n.js';
import { adoptStyles } from './styles.js';
import { assessmentSummary, summaryText } from './summary.js';
import { bidName, hasIllustrative } from './wording.js';
import { csvImportPanel } from './views/csv-import.js';
import { errorList } from './views/messages.js';

/** One calculator per wasm URL, shared by every widget on the page. */
const calculators = new Map();

function sharedCalculator(wasmUrl) {
  const key = wasmUrl ?? '';
  if (!calculators.has(key)) {
    const loading = createCalculator(wasmUrl ? { wasm: new URL(wasmUrl, document.baseURI) } : {});
    loading.catch(() => calculators.delete(key)); // let a later widget try again
    calculators.set(key, loading);
  }
  return calculators.get(key);
}

/**
 * A social value calculator for evaluators (mode "evaluate") and suppliers (mode "bid").
 * The events' detail types (SvcalcReadyDetail, …) are declared in js/types/widget.d.ts.
 *
 * @tagname social-value-calculator
 * @summary Scores the social value in tender bids, in the browser, with the svcalc engine.
 *
 * @attr {"evaluate"|"bid"} mode - Evaluate bids (default) or estimate a bid.
 * @attr {string} src - A same-origin URL of a tender or framework document.
 * @attr {string} lang - Language: `cy…` for Welsh, otherwise British English.
 * @attr {string} currency - ISO 4217 code for display; default the tender's currency.
 * @attr {string} wasm-url - Where svcalc.wasm is, when not beside the package's dist/svcalc.mjs.
 *
 * @fires {CustomEvent<SvcalcReadyDetail>} svcalc-ready - The calculator has loaded, and the `src` document if any: `{version, mode}`.
 * @fires {CustomEvent<SvcalcResultDetail>} svcalc-result - A document or an edit was scored: `{mode, result, tender}` (+ `estimate, bid` in bid mode).
 * @fires {CustomEvent<SvcalcChangeDetail>} svcalc-change - The user changed something: `{mode, kind, …}` (docs/widget.md).
 * @fires {CustomEvent<SvcalcErrorDetail>} svcalc-error - A document or an edit could not be scored, or loading failed: `{errors, source}`.
 *
 * @csspart root - Everything inside the shadow root.
 * @csspart header - The title and the mode line.
 * @csspart loader - Choose, paste or drop a document.
 * @csspart errors - The list of problems that stop scoring.
 * @csspart warnings - A list of warnings.
 * @csspart announcer - The visually hidden live region.
 * @csspart robustness - The robustness sentence.
 * @csspart ranking - The ranking table.
 * @csspart chart - A bid's theme chart (SVG).
 * @csspart exports - The download buttons.
 * @csspart what-if - The what-if panel.
 * @csspart summaries - The assessment summaries panel.
 * @csspart summary - One bidder's assessment summary.
 * @csspart supplier-form - Bid mode's form.
 * @csspart estimate - Bid mode's live estimate.
 * @csspart improvements - The "what raises my score most" table.
 *
 * @cssprop --svcalc-font - Font family.
 * @cssprop --svcalc-font-size - Base font size (16px).
 * @cssprop --svcalc-text - Text colour.
 * @cssprop --svcalc-background - Background colour.
 * @cssprop --svcalc-muted - Secondary text colour.
 * @cssprop --svcalc-accent - Buttons, links and the estimate's frame.
 * @cssprop --svcalc-accent-text - Text on the accent colour.
 * @cssprop --svcalc-border - Borders of controls and tables.
 * @cssprop --svcalc-soft - Table headings and the drop highlight.
 * @cssprop --svcalc-focus - The focus outline.
 * @cssprop --svcalc-error - Error colour.
 * @cssprop --svcalc-warning - Warning text colour.
 * @cssprop --svcalc-warning-background - Warning background.
 * @cssprop --svcalc-bar - Chart bars.
 * @cssprop --svcalc-bar-track - Chart bar tracks.
 * @cssprop --svcalc-radius - Corner radius.
 * @cssprop --svcalc-space - Outer padding.
 */
export class SocialValueCalculator extends HTMLElement {
  static observedAttributes = ['mode', 'src', 'lang', 'currency'];

  #calculator = null;
  #source = null; // the loaded tender, as given
  #pending = null; // a tender set before the calculator was ready
  #mode = null;
  #tr = null;
  #spoke = null; // resolves #whenSpoken: called once a language's strings have built the shell
  #whenSpoken = new Promise((resolve) => {
    this.#spoke = resolve;
  });
  #ready = false;
  #started = false;
  #parts = null;
  #announceTimer = 0;
  #onPageHide = () => this.#mode?.flush?.();

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    adoptStyles(this.shadowRoot);
  }

  connectedCallback() {
    window.addEventListener('pagehide', this.#onPageHide);
    if (this.#started) {
      watchScrolls(this.shadowRoot); // taken out of the page and put back
      return;
    }
    this.#started = true;
    this.#build();
    this.#start();
  }

  disconnectedCallback() {
    window.removeEventListener('pagehide', this.#onPageHide);
    this.#mode?.flush?.();
  }

  attributeChangedCallback(name, before, after) {
    if (!this.#started || before === after) return;
    if (name !== 'src') this.#build();
    else if (this.#ready) this.#loadSrc();
  }

  // ─── Host API ──────────────────────────────────────────────────────────────

  get mode() {
    return this.getAttribute('mode') === 'bid' ? 'bid' : 'evaluate';
  }
  set mode(value) {
    this.setAttribute('mode', value);
  }
  get src() {
    return this.getAttribute('src') ?? '';
  }
  set src(value) {
    this.setAttribute('src', value);
  }
  get currency() {
    return this.getAttribute('currency') ?? '';
  }
  set currency(value) {
    if (value) this.setAttribute('currency', value);
    else this.removeAttribute('currency');
  }

  /** The loaded tender (as given, before any what-if change); set it to load one. */
  get tender() {
    return this.#source;
  }
  set tender(value) {
    if (this.#ready) this.#loadValue(value, 'property');
    else this.#pending = value;
  }

  /** The calculator in use; set one before the element connects to share it. */
  get calculator() {
    return this.#calculator;
  }
  set calculator(value) {
    this.#calculator = value;
  }

  /** The latest result document: the ranking (evaluate) or the estimate's tender (bid). */
  get result() {
    return this.#mode?.result ?? null;
  }

  /** Supplier mode's draft, as a spec Bid; set it to load a bid into the form. */
  get bid() {
    return this.mode === 'bid' ? (this.#mode?.bid ?? null) : null;
  }
  set bid(value) {
    if (this.mode === 'bid' && this.#mode) this.#mode.loadBid(value);
  }

  /** The what-if settings of evaluate mode (see docs/widget.md); setting some recalculates at once. */
  get settings() {
    return this.mode === 'evaluate' ? (this.#mode?.settings ?? null) : null;
  }
  set settings(value) {
    if (this.mode === 'evaluate' && this.#mode) this.#mode.settings = value;
  }

  /** One bidder's assessment summary as plain text, as "Copy as text" gives it. */
  summaryText(bidId) {
    const result = this.result;
    if (this.mode !== 'evaluate' || !result?.bids.some((b) => b.id === bidId)) return null;
    return summaryText(assessmentSummary(result, this.#mode.tender, bidId, this.#tr));
  }

  // ─── Start-up and loading ──────────────────────────────────────────────────

  async #start() {
    let failure = null;
    try {
      this.#calculator ??= await sharedCalculator(this.getAttribute('wasm-url'));
    } catch (error) {
      failure = error;
    }
    // Nothing can be said before some language's strings have loaded. If the
    // first could not, this waits for a later language, or a retry, that can.
    await this.#whenSpoken;
    if (failure) {
      this.#fail([{ code: 'engine', path: '', field: this.#tr.t('load.engine'), message: String(failure?.message ?? failure) }], 'engine');
      return;
    }
    this.#ready = true;
    if (this.#pending) this.#loadValue(this.#pending, 'property');
    else if (this.src) await this.#loadSrc();
    this.#pending = null;
    this.#emit('svcalc-ready', { version: this.#calculator.version, mode: this.mode });
  }

  async #loadSrc() {
    const { t } = this.#tr;
    const url = new URL(this.src, document.baseURI);
    if (url.origin !== location.origin) {
      this.#fail([{ code: 'src', path: '', field: 'src', message: t('load.sameOrigin', { url: url.href }) }], 'src');
      return;
    }
    let text;
    try {
      const response = await fetch(url, { mode: 'same-origin', credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      text = await response.text();
    } catch (error) {
      this.#fail([{ code: 'src', path: '', field: 'src', message: t('load.failed', { url: url.href, reason: error.message }) }], 'src');
      return;
    }
    this.#loadText(text, 'src');
  }

  #loadText(text, origin) {
    const parsed = parseJson(text);
    // The engine's parse error names the line and column.
    if (parsed.error) this.#fail(this.#calculator.validate(text), origin);
    else this.#loadValue(parsed.value, origin);
  }

  #loadValue(value, origin) {
    const { t } = this.#tr;
    const kind = documentKind(value);
    if (kind === 'bid') {
      if (!this.#mode) {
        this.#fail([{ code: 'missing', path: '', field: t('load.bid'), message: t('load.bidFirst') }], origin);
      } else if (this.mode === 'bid') {
        this.#mode.loadBid(value);
        this.#announce(t('load.bidLoaded', { name: bidName(value) }));
      } else {
        const added = this.#mode.addBid(value);
        if (added) this.#announce(t(added.replaced ? 'load.bidReplaced' : 'load.bidAdded', { name: bidName(value) }));
      }
      return;
    }
    const tender = kind === 'tender' ? tenderFrom(value) : value;
    // Supplier mode only needs the framework and method: other bids do not matter.
    const checked = this.mode === 'bid' && kind === 'tender' ? { ...tender, bids: [] } : tender;
    const errors = this.#calculator.validate(checked);
    if (errors.length) {
      this.#fail(errors, origin, value);
      return;
    }
    this.#source = tender;
    this.#build();
    this.#emit('svcalc-change', { mode: this.mode, kind: 'document', tender });
  }

  /**
   * Imports a framework's measures from CSV text and uses it, keeping the
   * method and (in evaluate mode) the bids, which the engine then checks as
   * for any document. Resolves to the importer's result when it failed, else
   * null. The importer is a module of its own, loaded on first use: few users
   * import a spreadsheet, and every page would pay for it.
   */
  async #importCsv(text, mapping) {
    const { t } = this.#tr;
    let importer;
    try {
      importer = await import('../framework-csv.js');
    } catch (error) {
      this.#failModule(t('csv.title'), error.message, 'csv');
      return null;
    }
    let outcome;
    try {
      outcome = importer.importFrameworkCsv(text, { mapping, base: this.#source?.framework });
    } catch (error) {
      // Only a mapping the user chose can be refused here: one heading given to two columns.
      outcome = { framework: null, errors: [{ row: 1, column: null, columnNumber: null, message: error.message.replace(/^svcalc: /, '') }], ignoredColumns: [] };
    }
    if (!outcome.framework) {
      const where = ({ row, column, columnNumber }) => {
        if (columnNumber !== null) return t(column === null ? 'csv.atNumber' : 'csv.at', { row, column: columnNumber, heading: column });
        return column === null ? t('csv.atRow', { row }) : t('csv.atHeading', { row, heading: column });
      };
      this.#fail(outcome.errors.map((error) => ({ code: 'csv', ...error, field: where(error) })), 'csv');
      return { ...outcome, columns: importer.frameworkCsvColumns };
    }
    this.#loadValue({ svcalc: 1, bids: [], ...this.#source, framework: outcome.framework }, 'csv');
    if (this.#source?.framework === outcome.framework) {
      this.#announce(t('csv.done', { count: outcome.framework.measures.length }));
    }
    return null;
  }

  #fail(errors, source, document = {}) {
    fill(this.#parts.errors, errorList(errors, document, this.#tr));
    this.#emit('svcalc-error', { errors, source });
  }

  /** A module loaded on demand (the CSV importer, a language's text) that did not load. */
  #failModule(field, reason, source) {
    this.#fail([{ code: 'module', path: '', field, message: this.#tr.t('load.module', { reason }) }], source);
  }

  // ─── The shell ─────────────────────────────────────────────────────────────

  #lang() {
    return this.getAttribute('lang') || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en-GB';
  }

  /**
   * Builds the shell and the mode, always at once, so that what is shown
   * follows the mode and the document: in the language asked for if its
   * strings have loaded, else in the one shown until they do.
   */
  #build() {
    const wanted = this.#lang();
    const loaded = loadedStrings(localeFor(wanted));
    if (!loaded) this.#loadLanguage(wanted);
    const lang = loaded ? wanted : this.#tr?.lang;
    if (!lang) return; // the first language is still loading, and builds when it comes
    this.#mode?.flush?.();
    this.#mode?.dispose?.();
    const settings = this.#mode?.settings;
    this.#tr = createTranslator(lang, this.currency || this.#source?.currency || 'GBP', loaded ?? loadedStrings(localeFor(lang)));
    this.#spoke();
    const { t } = this.#tr;
    const bidMode = this.mode === 'bid';
    const file = h('input', { type: 'file', id: 'svcalc-file', accept: '.json,application/json' });
    file.addEventListener('change', async () => {
      const [chosen] = file.files;
      if (chosen) this.#loadText(await chosen.text(), 'file');
      file.value = '';
    });
    const pasted = h('textarea', { id: 'svcalc-paste', rows: 6, spellcheck: 'false' });
    const parts = {
      errors: h('div'),
      live: h('div', { class: 'sr', role: 'status', 'aria-live': 'polite', part: 'announcer' }),
      content: h('div'),
    };
    const framework = this.#source?.framework;
    const root = h(
      'div',
      { class: 'root', part: 'root', lang: this.#tr.lang },
      h('header', { part: 'header' },
        h('h2', { text: framework?.title ?? framework?.id ?? t('title') }),
        h('p', { class: 'muted', text: t(bidMode ? 'mode.bid' : 'mode.evaluate') }),
        this.#source && hasIllustrative(this.#source) && h('p', { class: 'warnings illustrative', text: t('illustrative.notice') })),
      // Once a document is loaded, loading another folds away.
      h(this.#source ? 'details' : 'section', { class: 'drop no-print', part: 'loader', 'aria-label': this.#source ? null : t('load.region') },
        this.#source && h('summary', { text: t(bidMode ? 'load.anotherBid' : 'load.anotherEvaluate') }),
        h('p', { class: 'hint', text: t(bidMode ? 'load.hintBid' : 'load.hintEvaluate') }),
        h('div', { class: 'field' }, h('label', { for: file.id, text: t('load.file') }), file),
        h('details', null, h('summary', { text: t('load.paste') }),
          h('div', { class: 'field' }, h('label', { for: pasted.id, text: t('load.pasteLabel') }), pasted),
          h('div', { class: 'toolbar' }, h('button', { type: 'button', text: t('load.pasteButton'), onclick: () => this.#loadText(pasted.value, 'paste') }))),
        csvImportPanel(this.#tr, (text, mapping) => this.#importCsv(text, mapping))),
      parts.errors,
      parts.live,
      parts.content,
    );
    this.#dropTarget(root);
    this.#parts = parts;
    this.shadowRoot.replaceChildren(root);

    if (!this.#source) {
      this.#mode = null;
      parts.content.append(h('p', { text: t('load.empty') }));
      return;
    }
    const ctx = this.#context();
    this.#mode = bidMode ? createBidMode(ctx, { ...this.#source, bids: [] }, browserStorage()) : createEvaluateMode(ctx, this.#source);
    parts.content.append(this.#mode.el);
    if (!bidMode) {
      if (settings) this.#mode.settings = settings; // a language or currency change keeps the what-if
      else this.#mode.recalculate();
    }
  }

  /** Loads a language's strings, then builds with them if they are still the ones asked for. */
  async #loadLanguage(lang) {
    const locale = localeFor(lang);
    const stillWanted = () => localeFor(this.#lang()) === locale;
    try {
      await loadStrings(locale);
    } catch (error) {
      if (!stillWanted()) return;
      const message = String(error?.message ?? error);
      if (this.#tr) {
        // Offline, say, and switching language: keep the one shown, and everything in it.
        this.#failModule('lang', message, 'locale');
      } else {
        // No language has loaded, so there are no words to say it in but the browser's.
        this.shadowRoot.replaceChildren(h('p', { role: 'alert', part: 'errors', text: `svcalc: ${message}` }));
        this.#emit('svcalc-error', { errors: [{ code: 'module', path: '', message }], source: 'locale' });
      }
      return;
    }
    if (stillWanted() && this.#tr?.locale !== locale) this.#build();
  }

  #dropTarget(root) {
    root.addEventListener('dragover', (event) => {
      event.preventDefault();
      root.querySelector('.drop').classList.add('over');
    });
    root.addEventListener('dragleave', () => root.querySelector('.drop').classList.remove('over'));
    root.addEventListener('drop', async (event) => {
      event.preventDefault();
      root.querySelector('.drop').classList.remove('over');
      const [dropped] = event.dataTransfer?.files ?? [];
      if (dropped) this.#loadText(await dropped.text(), 'drop');
    });
  }

  /** What the modes may use of the element. */
  #context() {
    const tr = this.#tr;
    return {
      calculator: this.#calculator,
      tr,
      announce: (text) => this.#announce(text),
      emit: (type, detail) => this.#emit(type, detail),
      showErrors: (errors, document, locate, source) => {
        fill(this.#parts.errors, errorList(errors, document, tr, locate));
        this.#emit('svcalc-error', { errors, source });
      },
      clearErrors: () => this.#parts.errors.replaceChildren(),
      download,
      name: (what) => fileName(this.#source.framework.id, what),
      copy: (text, button) => this.#copy(text, button),
      print: () => {
        const root = this.#parts.content.parentElement;
        this.#mode.openSummaries();
        root.classList.add('printing');
        window.addEventListener('afterprint', () => root.classList.remove('printing'), { once: true });
        window.print();
      },
    };
  }

  async #copy(text, button) {
    const { t } = this.#tr;
    try {
      await navigator.clipboard.writeText(text);
      this.#announce(t('copy.done'));
    } catch {
      // No clipboard access (an insecure page, a denied permission): offer
      // the text selected, to copy by hand.
      const area = h('textarea', { readonly: true, rows: 8, 'aria-label': t('copy.manual'), value: text });
      button.after(area);
      area.select();
      area.focus();
      this.#announce(t('copy.manual'));
    }
  }

  /** Says something to screen readers, politely, once the user pauses. */
  #announce(text) {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      if (this.#parts) this.#parts.live.textContent = text;
    }, 700);
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

if (!customElements.get('social-value-calculator')) {
  customElements.define('social-value-calculator', SocialValueCalculator);
}
