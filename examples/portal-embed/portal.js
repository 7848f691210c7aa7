// A tender portal's glue for <social-value-calculator>: what a host writes.
// 1. Reads the plugin manifest and loads the entry module, the modules it
//    imports, and the .wasm with the integrity hashes it declares, so the
//    browser refuses altered files.
// 2. Embeds the element in evaluate mode on the tender.
// 3. Reacts to its events: keeps the latest result as the evaluation record
//    (here in sessionStorage, standing in for the portal's own database), logs
//    what the evaluator changes, and shows the bids as OCDS.
// The OCDS conversion is host-side code, not part of the element's entry
// module: a portal with a build step takes it from the package's main module
// (`import { toOcds } from 'svcalc'`); this page has none, so it imports the
// package's source file, which has no imports of its own.
import { toOcds } from '../../js/src/ocds.js';

const packageRoot = new URL('../../js/', import.meta.url); // where the svcalc package is served
const tenderUrl = '../tenders/council-facilities-management.json'; // same origin, as the element requires
const recordKey = 'portal:evaluation:ECC-FM-2025';

const $ = (id) => document.getElementById(id);

function setStatus(text, isError = false) {
  $('status').textContent = text;
  $('status').classList.toggle('status-error', isError);
}

function log(text) {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString('en-GB')} ${text}`;
  $('activity').prepend(item);
}

/** Loads an ES module with a <script integrity>, which dynamic import() cannot carry. */
function loadModuleScript(url, integrity) {
  return loadChecked('script', { type: 'module', src: url }, integrity);
}

/**
 * Fetches a module the entry module imports on demand with a <link
 * rel="modulepreload" integrity>: the browser keeps it, checked, for that
 * import. (An import map's integrity would check them without fetching them
 * early, but this page's CSP refuses the inline script an import map is.)
 */
function preloadModule(url, integrity) {
  return loadChecked('link', { rel: 'modulepreload', href: url }, integrity);
}

function loadChecked(tag, attributes, integrity) {
  return new Promise((resolve, reject) => {
    const element = Object.assign(document.createElement(tag), attributes, { integrity, crossOrigin: 'anonymous' });
    element.onload = resolve;
    element.onerror = () => reject(new Error(`${attributes.src ?? attributes.href} did not load, or does not match its integrity hash`));
    document.head.append(element);
  });
}

async function loadSvcalc() {
  const manifest = await (await fetch(new URL('dist/svcalc.plugin.json', packageRoot))).json();
  const { entry, wasm, 'locale-en-GB': text, 'csv-importer': csvImporter } = manifest.assets;
  const url = (asset) => new URL(asset.path, packageRoot).href;
  // Every script the element can run on this English page, checked: the
  // entry module, the English text, and the importer behind "Import measures
  // from a spreadsheet".
  await Promise.all([
    loadModuleScript(url(entry), entry.integrity),
    preloadModule(url(text), text.integrity),
    preloadModule(url(csvImporter), csvImporter.integrity),
  ]);
  // The same URL: the module the script tag loaded and checked, not a second fetch.
  const svcalc = await import(url(entry));
  const calculator = await svcalc.createCalculator({ wasm: fetch(url(wasm), { integrity: wasm.integrity }) });
  return { svcalc, calculator };
}

function saveRecord(result, tender) {
  const record = { tender: 'ECC-FM-2025', savedAt: new Date().toISOString(), result, method: tender.method };
  sessionStorage.setItem(recordKey, JSON.stringify(record));
  const [first] = result.bids;
  $('leader').textContent = first ? `${first.supplier?.name ?? first.id} (${first.total?.toFixed(2)} points)` : 'no bids';
  $('saved').textContent = new Date(record.savedAt).toLocaleTimeString('en-GB');
}

try {
  const { svcalc, calculator } = await loadSvcalc();
  const element = document.createElement('social-value-calculator');
  // A calculator set before the element connects is the one it uses: here,
  // the one whose .wasm passed the integrity check.
  element.calculator = calculator;
  element.setAttribute('mode', 'evaluate');
  element.setAttribute('src', tenderUrl);

  element.addEventListener('svcalc-ready', (event) => setStatus(`Calculator ready: svcalc ${event.detail.version}.`));
  element.addEventListener('svcalc-result', (event) => {
    const { result, tender } = event.detail;
    saveRecord(result, tender);
    $('ocds').textContent = JSON.stringify(toOcds(result, { tender, lotId: '1' }), null, 2);
  });
  element.addEventListener('svcalc-change', (event) => {
    const { kind, settings } = event.detail;
    if (kind === 'settings') {
      const { price, quality, socialValue } = settings.weights;
      log(`Method changed in "What if?": weights ${price}/${quality}/${socialValue}, basis ${settings.basis}.`);
    } else if (kind === 'quality') {
      log('A quality score was changed.');
    } else if (kind === 'bid') {
      log('A bid was added.');
    } else {
      log('The tender was loaded.');
    }
  });
  element.addEventListener('svcalc-error', (event) => {
    setStatus(`The calculator could not score this: ${event.detail.errors.length} problem(s), listed in the calculator.`, true);
    log(`Scoring failed (${event.detail.source}).`);
  });

  $('loading').replaceWith(element);
} catch (error) {
  setStatus(`svcalc could not be loaded: ${error.message}`, true);
  $('loading').textContent = 'The social value calculator is not available.';
}
