/**
 * A framework's themes and measures as a CSV spreadsheet (RFC 4180), and back.
 * This is how a buyer loads a measure list held under a licence svcalc cannot
 * redistribute (National TOMs, HACT values) or a council's own list, and how a
 * translator edits titles in a spreadsheet. docs/frameworks.md describes the
 * columns, the accepted cell formats and what a CSV cannot carry.
 */

/** Our column names, in the order the exporter writes them. */
export const frameworkCsvColumns = Object.freeze([
  'id', 'theme', 'themeTitle', 'themeWeight', 'kind', 'title', 'unit', 'proxy',
  'deadweight', 'displacement', 'attribution', 'leakage', 'dropOff', 'maxYears', 'weight',
]);
const columns = frameworkCsvColumns;
const themeColumns = ['theme', 'themeTitle', 'themeWeight'];
const fractionColumns = ['deadweight', 'displacement', 'attribution', 'leakage', 'dropOff'];
const quantitativeOnly = ['proxy', ...fractionColumns, 'maxYears'];
/** The fields of a theme and a measure that a CSV carries; everything else comes from `base`. */
const themeFields = ['id', 'title', 'weight'];
const measureFields = ['id', 'theme', 'title', 'kind', 'unit', 'proxy', ...fractionColumns, 'maxYears', 'weight'];
/** scoring.md's bound on `maxYears` (core/include/svcalc/limits.hpp: years). */
const maxYearsLimit = 1000;

/**
 * Reads a framework from CSV text.
 *
 * @param {string} text the CSV: a header row, then one row per measure
 * @param {object} [options] either a column mapping such as `{ id: 'Ref', proxy: 'Proxy value (£)' }`,
 *   or `{ mapping, base }`, where `base` is a framework whose other fields (id, title, evidence,
 *   geography, every `x-` key, …) the imported framework keeps, matched to themes and measures by id
 * @returns {{ framework: object | null,
 *   errors: { row: number, column: string | null, columnNumber: number | null, message: string }[],
 *   ignoredColumns: string[] }} `framework` is null when there is any error; rows and column
 *   numbers count as a spreadsheet shows them (header = row 1, column A = 1); `column` is the
 *   heading as written in the file (null for a cell with no heading); `columnNumber` is null only
 *   when the error is not about one cell (an empty file, a required column missing)
 */
export function importFrameworkCsv(text, options = {}) {
  if (typeof text !== 'string') throw new TypeError('svcalc: importFrameworkCsv(text) takes the CSV as a string');
  const { mapping, base } = importOptions(options);
  const errors = [];
  const records = parseCsv(text, errors);
  if (records.length === 0) {
    errors.push({ row: 1, column: null, columnNumber: null, message: 'The CSV is empty: row 1 must hold the column headings.' });
    return { framework: null, errors, ignoredColumns: [] };
  }
  const header = readHeader(records[0], mapping, errors);
  // Parse errors were recorded against cell positions: name their columns now the header is known.
  for (const error of errors) {
    if ('cell' in error) {
      error.column = header.headings[error.cell] ?? null;
      error.columnNumber = error.cell + 1;
      delete error.cell;
    }
  }
  if (!header.complete) return { framework: null, errors, ignoredColumns: header.ignored };

  const themes = new Map();
  const measures = [];
  const rowOfMeasure = new Map();
  for (const [at, record] of records.entries()) {
    if (at === 0) continue;
    const row = new RowReader(record, at + 1, header, errors);
    if (row.blank) continue;
    row.checkWidth();
    const themeId = row.id('theme');
    if (themeId === undefined) row.fail('theme', 'Every row needs a theme id.');
    else addTheme(themes, themeId, row);
    const id = row.id('id');
    if (id === undefined) {
      const stray = columns.find((column) => !themeColumns.includes(column) && row.has(column));
      // A row with only theme cells declares a theme (its order, or a theme with no measures yet).
      if (stray) row.fail('id', `This row has a ${headingOf(header, stray)} but no measure id.`);
      continue;
    }
    if (rowOfMeasure.has(id)) {
      row.fail('id', `The measure id "${id}" is already used on row ${rowOfMeasure.get(id)}; ids must be unique.`);
      continue;
    }
    rowOfMeasure.set(id, row.number);
    const measure = readMeasure(row, id, themeId);
    if (measure) measures.push(measure);
  }
  if (errors.length === 0 && measures.length === 0) {
    errors.push({ row: 2, column: null, columnNumber: null, message: 'There are no measure rows below the headings.' });
  }
  if (errors.length > 0) return { framework: null, errors, ignoredColumns: header.ignored };

  const framework = {
    themes: [...themes.values()].map(({ id, title, weight }) => ({ id, title, weight })),
    measures,
  };
  return { framework: withBase(framework, base), errors, ignoredColumns: header.ignored };
}

/**
 * Writes a framework's themes and measures as CSV (CRLF line ends, our column names
 * as headings). Numbers are written as JSON writes them, so they read back exactly.
 * Theme-only rows (no measure id) come first when the framework's theme order is not
 * the order the measures first name them in, or a theme has no measures.
 *
 * @param {object} framework a framework document
 * @returns {string}
 */
export function exportFrameworkCsv(framework) {
  if (!framework || !Array.isArray(framework.themes) || !Array.isArray(framework.measures)) {
    throw new TypeError('svcalc: exportFrameworkCsv(framework) takes a framework with themes and measures arrays');
  }
  const themeById = new Map(framework.themes.map((theme) => [theme.id, theme]));
  const themeCells = (id) => ({ theme: id, themeTitle: themeById.get(id)?.title, themeWeight: themeById.get(id)?.weight });
  const named = [...new Set(framework.measures.map((measure) => measure.theme))];
  const declared = framework.themes.map((theme) => theme.id);
  const rows = [];
  if (named.length !== declared.length || named.some((id, i) => id !== declared[i])) {
    for (const id of declared) rows.push(themeCells(id));
  }
  for (const measure of framework.measures) rows.push({ ...measure, ...themeCells(measure.theme) });
  const lines = [columns, ...rows.map((row) => columns.map((column) => row[column]))];
  return lines.map((line) => line.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function importOptions(options) {
  if (options === null || typeof options !== 'object') {
    throw new TypeError('svcalc: importFrameworkCsv(text, options) takes a column mapping or { mapping, base }');
  }
  // Neither "mapping" nor "base" is a column name, so the two forms cannot be confused.
  const wrapped = 'mapping' in options || 'base' in options;
  const mapping = (wrapped ? options.mapping : options) ?? {};
  const base = wrapped ? options.base : undefined;
  if (mapping === null || typeof mapping !== 'object') throw new TypeError('svcalc: the column mapping must be an object');
  for (const [column, heading] of Object.entries(mapping)) {
    if (!columns.includes(column)) {
      throw new TypeError(`svcalc: the column mapping names "${column}", which is not one of: ${columns.join(', ')}`);
    }
    if (typeof heading !== 'string' || heading.trim() === '') {
      throw new TypeError(`svcalc: the column mapping gives "${column}" a heading that is not a non-empty string`);
    }
  }
  // Unmapped columns keep their own name as heading, so a mapping can collide with one of those too.
  const headings = columns.map((column) => normalHeading(mapping[column] ?? column));
  const repeated = headings.find((heading, at) => headings.indexOf(heading) !== at);
  if (repeated !== undefined) {
    throw new TypeError(`svcalc: the column mapping gives the heading "${repeated}" to two columns`);
  }
  if (base !== undefined && (base === null || typeof base !== 'object' || Array.isArray(base))) {
    throw new TypeError('svcalc: importFrameworkCsv base must be a framework object');
  }
  return { mapping, base };
}

/**
 * Splits CSV text into records of cells. Each record is one spreadsheet row, however
 * many lines its quoted cells span. Accepts CRLF, LF or CR line ends and a UTF-8 BOM.
 * Malformed quoting is an error, not a guess.
 */
function parseCsv(text, errors) {
  const records = [];
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let cells = [];
  const fail = (message) => errors.push({ row: records.length + 1, cell: cells.length, message });
  while (at < text.length) {
    let value;
    if (text[at] === '"') {
      value = '';
      let from = at + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) {
          fail('A quoted cell is not closed: its closing " is missing.');
          value += text.slice(from);
          at = text.length;
          break;
        }
        value += text.slice(from, quote);
        if (text[quote + 1] === '"') {
          value += '"';
          from = quote + 2;
          continue;
        }
        at = quote + 1;
        break;
      }
      const end = cellEnd(text, at);
      if (end > at) {
        fail(`A quoted cell has text after its closing quote: ${JSON.stringify(text.slice(at, end))}.`);
        at = end;
      }
    } else {
      const end = cellEnd(text, at);
      value = text.slice(at, end);
      if (value.includes('"')) fail('A cell that is not in quotes contains a ": put the whole cell in quotes and double the " inside.');
      at = end;
    }
    cells.push(value);
    if (text[at] === ',') {
      at += 1;
      if (at === text.length) cells.push('');
      continue;
    }
    if (text[at] === '\r') at += 1;
    if (text[at] === '\n') at += 1;
    records.push(cells);
    cells = [];
  }
  if (cells.length > 0) records.push(cells); // the last row ended in a comma and no line end
  return records;
}

function cellEnd(text, from) {
  let end = from;
  while (end < text.length && text[end] !== ',' && text[end] !== '\r' && text[end] !== '\n') end += 1;
  return end;
}

/** Where each of our columns is in the file, by its (mapped) heading. */
function readHeader(cells, mapping, errors) {
  const headingFor = (column) => mapping[column] ?? column;
  const columnOf = new Map(columns.map((column) => [normalHeading(headingFor(column)), column]));
  const header = { headings: cells.map((cell) => cell.trim()), index: new Map(), ignored: [], complete: true };
  cells.forEach((cell, at) => {
    const column = columnOf.get(normalHeading(cell));
    if (column === undefined) {
      if (cell.trim() !== '') header.ignored.push(cell.trim());
    } else if (header.index.has(column)) {
      errors.push({ row: 1, column: cell.trim(), columnNumber: at + 1, message: `The heading "${cell.trim()}" appears twice.` });
      header.complete = false;
    } else {
      header.index.set(column, at);
    }
  });
  for (const column of ['id', 'theme']) {
    if (!header.index.has(column)) {
      const mapped = column in mapping ? ` (mapped from "${column}")` : '';
      // A missing column has a name but no number: it is nowhere in the file.
      errors.push({ row: 1, column: headingFor(column), columnNumber: null, message: `There is no "${headingFor(column)}" column${mapped}; it is required.` });
      header.complete = false;
    }
  }
  return header;
}

function headingOf(header, column) {
  return JSON.stringify(header.headings[header.index.get(column)]);
}

/** Headings match whatever their case and surrounding spaces. */
function normalHeading(heading) {
  return heading.trim().toLowerCase();
}

/** One data row: typed reads of its cells, each failing with the row number and heading. */
class RowReader {
  constructor(cells, number, header, errors) {
    this.cells = cells;
    this.number = number;
    this.header = header;
    this.errors = errors;
    this.blank = columns.every((column) => !this.has(column));
  }

  raw(column) {
    const at = this.header.index.get(column);
    return at === undefined ? '' : (this.cells[at] ?? '');
  }

  has(column) {
    return this.raw(column).trim() !== '';
  }

  fail(column, message) {
    const at = this.header.index.get(column);
    this.errors.push({
      row: this.number,
      column: at === undefined ? null : this.header.headings[at],
      columnNumber: at === undefined ? null : at + 1,
      message,
    });
  }

  checkWidth() {
    for (let at = this.header.headings.length; at < this.cells.length; at += 1) {
      if (this.cells[at].trim() !== '') {
        this.errors.push({
          row: this.number,
          column: null,
          columnNumber: at + 1,
          message: `Column ${columnLetter(at)} has a value but no heading: ${JSON.stringify(this.cells[at])}.`,
        });
      }
    }
  }

  /** Text exactly as written, less the apostrophe the exporter adds before formula-like text. */
  text(column) {
    const raw = this.raw(column);
    if (raw === '') return undefined;
    return /^'+[=+\-@\t\r]/.test(raw) ? raw.slice(1) : raw;
  }

  /** An id: text with surrounding spaces removed, as spreadsheets often pad cells. */
  id(column) {
    const text = this.text(column)?.trim();
    return text === '' ? undefined : text;
  }

  /**
   * A number written plainly (`1200`, `0.25`, `1e3`); `percent` columns also take `25%`.
   * Currency signs, thousands separators and bare numbers above 1 in a fraction column
   * are errors: each could mean more than one thing.
   */
  numeric(column, { percent = false, integer = false, min = 0, minExclusive = false, max = Infinity } = {}) {
    const text = this.raw(column).trim();
    if (text === '') return undefined;
    const heading = this.header.headings[this.header.index.get(column)];
    const got = JSON.stringify(text);
    let value;
    if (percent && text.endsWith('%')) {
      const digits = text.slice(0, -1).trim();
      // Moving the decimal point in the text, not dividing, keeps "12.3%" exactly equal to 0.123.
      if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(digits)) value = Number(`${digits}e-2`);
    } else if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) {
      value = Number(text);
    }
    if (value === undefined) {
      let message = `${heading} must be a number, got ${got}.`;
      if (/[£$€,]/.test(text)) {
        message = `${heading} must be a plain number, with no currency sign or thousands separator (1200.5, not £1,200.50), got ${got}.`;
      } else if (text.includes('%')) {
        message = `${heading} takes a plain number, not a percentage, got ${got}.`;
      }
      this.fail(column, message);
      return undefined;
    }
    if (!Number.isFinite(value)) {
      this.fail(column, `${heading} is too large, got ${got}.`);
      return undefined;
    }
    if (percent && max === 1 && value > 1 && !text.endsWith('%')) {
      this.fail(column, `${heading} is a fraction from 0 to 1: write 0.12 or 12%, got ${got}.`);
      return undefined;
    }
    if (integer && !Number.isInteger(value)) {
      this.fail(column, `${heading} must be a whole number, got ${got}.`);
      return undefined;
    }
    if (value < min || (minExclusive && value === min) || value > max) {
      const range = max === Infinity ? `${minExclusive ? 'above' : 'at least'} ${min}` : `from ${min} to ${max}${percent ? ` (${min * 100}% to ${max * 100}%)` : ''}`;
      this.fail(column, `${heading} must be ${range}, got ${got}.`);
      return undefined;
    }
    return value === 0 ? 0 : value; // a spreadsheet's "-0" is 0
  }
}

function readMeasure(row, id, theme) {
  let kind = row.text('kind')?.trim().toLowerCase();
  if (kind === undefined || kind === '') {
    // An empty kind follows from whether the proxy cell has anything in it, not from whether it parses.
    kind = row.has('proxy') ? 'quantitative' : 'qualitative';
  } else if (kind !== 'quantitative' && kind !== 'qualitative') {
    row.fail('kind', `kind must be "quantitative" or "qualitative" (or empty), got ${JSON.stringify(row.raw('kind').trim())}.`);
    return undefined;
  }
  const measure = { id, theme, title: row.text('title'), kind, unit: row.text('unit') };
  if (kind === 'quantitative') {
    if (!row.has('proxy')) row.fail('proxy', 'A quantitative measure needs a proxy value (currency per unit per year).');
    measure.proxy = row.numeric('proxy');
    for (const column of fractionColumns) measure[column] = row.numeric(column, { percent: true, max: 1 });
    measure.maxYears = row.numeric('maxYears', { integer: true, min: 1, max: maxYearsLimit });
    if (row.has('weight')) row.fail('weight', 'weight applies to qualitative measures only; a quantitative measure counts through its proxy value.');
  } else {
    for (const column of quantitativeOnly) {
      if (row.has(column)) row.fail(column, `A qualitative measure takes no ${column}; make the kind quantitative or leave the cell empty.`);
    }
    measure.weight = row.numeric('weight', { min: 0, minExclusive: true });
  }
  return definedOnly(measure);
}

/** Records a row's theme, or checks it against what earlier rows said about it. */
function addTheme(themes, id, row) {
  const title = row.text('themeTitle');
  const weight = row.numeric('themeWeight', { min: 0, minExclusive: true });
  if (!themes.has(id)) themes.set(id, { id, rows: {} });
  const theme = themes.get(id);
  for (const [field, column, value] of [['title', 'themeTitle', title], ['weight', 'themeWeight', weight]]) {
    if (value === undefined) continue;
    if (theme[field] === undefined) {
      theme[field] = value;
      theme.rows[field] = row.number;
    } else if (theme[field] !== value) {
      row.fail(column, `Theme "${id}" has ${field} ${JSON.stringify(theme[field])} on row ${theme.rows[field]}; each row must give the same ${field} or leave it empty, got ${JSON.stringify(value)}.`);
    }
  }
}

/** The imported framework on top of `base`: base keys kept in order, CSV fields replacing theirs. */
function withBase(framework, base) {
  const themes = framework.themes.map((theme) => definedOnly(theme));
  if (base === undefined) return { themes, measures: framework.measures };
  const byId = (items) => new Map((Array.isArray(items) ? items : []).map((item) => [item?.id, item]));
  const baseThemes = byId(base.themes);
  const baseMeasures = byId(base.measures);
  return overlay(base, ['themes', 'measures'], {
    themes: themes.map((theme) => overlay(baseThemes.get(theme.id), themeFields, theme)),
    measures: framework.measures.map((measure) => overlay(baseMeasures.get(measure.id), measureFields, measure)),
  });
}

/** `item`'s keys in its order, with `fields` taken from `carried` (dropped where it has none). */
function overlay(item, fields, carried) {
  const result = {};
  for (const [key, value] of Object.entries(item ?? {})) {
    if (!fields.includes(key)) result[key] = structuredClone(value);
    else if (carried[key] !== undefined) result[key] = carried[key];
  }
  for (const key of fields) {
    if (carried[key] !== undefined && !(key in result)) result[key] = carried[key];
  }
  return result;
}

function definedOnly(object) {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

function csvCell(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return JSON.stringify(value);
  let text = String(value);
  // A text cell starting like a formula would run as one in a spreadsheet (CSV
  // injection): a leading apostrophe keeps it text, and the importer removes it.
  if (/^'*[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A spreadsheet's name for the column at a 0-based index: A … Z, AA … */
function columnLetter(at) {
  let name = '';
  for (let n = at + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
