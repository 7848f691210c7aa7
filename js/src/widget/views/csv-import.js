/**
 * The loader's "Import measures from a spreadsheet (CSV)": a file or pasted
 * text, and, only when the importer cannot find the id or theme column, a
 * small form saying which of the spreadsheet's headings holds each of our
 * columns. The element does the importing: `importCsv(text, mapping)` resolves
 * to the importer's result with our `columns` (whose names stay in English in
 * every language, as in the file), or null once the framework is in use.
 */
import { field, h, select } from '../dom.js';

export function csvImportPanel(tr, importCsv) {
  const { t } = tr;
  const mappingForm = h('div');
  let text = '';

  async function run(mapping = {}) {
    const outcome = await importCsv(text, mapping);
    mappingForm.replaceChildren();
    // A required column not found: its error is on the heading row and names no cell.
    if (outcome?.errors.some((e) => e.row === 1 && e.columnNumber === null && e.column !== null)) {
      mappingForm.append(columnMapping(tr, outcome, mapping, run));
    }
  }

  const file = h('input', { type: 'file', id: 'svcalc-csv-file', accept: '.csv,text/csv' });
  file.addEventListener('change', async () => {
    const [chosen] = file.files;
    file.value = '';
    if (!chosen) return;
    text = await chosen.text();
    run();
  });
  const pasted = h('textarea', { id: 'svcalc-csv-paste', rows: 6, spellcheck: 'false' });
  return h(
    'details',
    { class: 'csv-import' },
    h('summary', { text: t('csv.title') }),
    h('p', { class: 'hint', text: t('csv.hint') }),
    h('div', { class: 'field' }, h('label', { for: file.id, text: t('csv.file') }), file),
    h('details', null, h('summary', { text: t('csv.paste') }),
      h('div', { class: 'field' }, h('label', { for: pasted.id, text: t('csv.pasteLabel') }), pasted),
      h('div', { class: 'toolbar' }, h('button', {
        type: 'button',
        text: t('csv.pasteButton'),
        onclick: () => {
          text = pasted.value;
          run();
        },
      }))),
    mappingForm,
  );
}

/** One select per column, offering the headings the importer did not recognise. */
function columnMapping(tr, { columns, ignoredColumns: headings }, mapping, run) {
  const { t } = tr;
  const choices = [['', t('csv.notInFile')], ...headings.map((heading) => [heading, heading])];
  const selects = columns.map((column) => {
    const control = select({ 'data-column': column }, choices);
    control.value = headings.includes(mapping[column]) ? mapping[column] : '';
    return control;
  });
  const chosen = () => Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.column, s.value]));
  return h(
    'fieldset',
    { class: 'csv-mapping' },
    h('legend', { text: t('csv.mapping') }),
    h('p', { class: 'hint', text: t('csv.mappingHint') }),
    h('div', { class: 'fields' }, selects.map((control, at) => field(columns[at], control))),
    h('div', { class: 'toolbar' }, h('button', { type: 'button', text: t('csv.mappingButton'), onclick: () => run(chosen()) })),
  );
}
