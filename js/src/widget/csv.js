/**
 * A result as CSV (RFC 4180): one row per bid, each followed by one row per
 * commitment line. Column names are fixed English keys, whatever the UI
 * language, so that spreadsheets and scripts built on them keep working; numbers
 * are written in full precision, as JSON writes them.
 */

export const csvColumns = [
  'row', 'rank', 'bid', 'supplier', 'total',
  'price_points', 'quality_points', 'social_value_points', 'social_value_score', 'percent_of_price',
  'measure', 'quantity', 'years', 'years_counted', 'geography', 'evidence', 'annual',
  'gross', 'net', 'present', 'claimed', 'scored',
];

export function resultCsv(result) {
  const rows = [csvColumns];
  for (const bid of result.bids) {
    const who = { rank: bid.rank, bid: bid.id, supplier: bid.supplier?.name };
    const sv = bid.socialValue;
    rows.push(
      record({
        row: 'bid', ...who, total: bid.total,
        price_points: bid.scores.price, quality_points: bid.scores.quality, social_value_points: bid.scores.socialValue,
        social_value_score: sv.points, percent_of_price: sv.percentOfPrice,
        gross: sv.gross, net: sv.net, present: sv.present, claimed: sv.claimed, scored: sv.scored,
      }),
    );
    for (const line of bid.lines) {
      rows.push(
        record({
          row: 'line', ...who,
          measure: line.measure, quantity: line.quantity, years: line.years, years_counted: line.yearsCounted,
          geography: line.geography, evidence: line.evidence, annual: line.annual,
          gross: line.gross, net: line.net, present: line.present, claimed: line.claimed,
        }),
      );
    }
  }
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

function record(values) {
  return csvColumns.map((column) => values[column]);
}

function cell(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return JSON.stringify(value);
  let text = String(value);
  // A text cell starting like a formula would run as one in a spreadsheet
  // (CSV injection): a leading apostrophe keeps it text.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
