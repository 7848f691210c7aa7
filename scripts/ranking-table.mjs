// Reads a result document on stdin and prints the ranking as a terminal table.
import { text } from 'node:stream/consumers';

const result = JSON.parse(await text(process.stdin));
if (result.errors) {
  for (const e of result.errors) console.error(`${e.code} at ${e.path || '/'}: ${e.message}`);
  process.exit(1);
}

const number = (x, digits = 2) =>
  x === null ? '–' : x.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: result.currency, maximumFractionDigits: 0 });

const rows = result.bids.map((bid) => [
  String(bid.rank),
  bid.supplier?.name ?? bid.id,
  number(bid.total),
  number(bid.scores.price),
  number(bid.scores.quality),
  number(bid.scores.socialValue),
  money.format(bid.socialValue.scored),
  `${number(bid.socialValue.percentOfPrice * 100, 1)}%`,
]);
const header = ['Rank', 'Bidder', 'Total', 'Price', 'Quality', 'Social value', 'SV scored', 'SV % of price'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i === 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '─'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));

const r = result.robustness;
if (r) {
  const name = (id) => result.bids.find((b) => b.id === id)?.supplier?.name ?? id;
  const range = r.low === null ? 'at no social value weight' : `for social value weights ${number(r.low, 1)}–${number(r.high, 1)}%`;
  const side = (at) => (r.low !== null && at <= r.low ? 'below' : 'above');
  const takeovers = r.overtakenBy.map((o) =>
    o.at === null ? `${name(o.bid)} leads at every weight` : `${name(o.bid)} takes over ${side(o.at)} ${number(o.at, 1)}%`,
  );
  console.log(`\n${name(r.winner)} stays first ${range}${takeovers.length ? `; ${takeovers.join('; ')}` : ''}.`);
}
for (const bid of result.bids) {
  for (const w of bid.warnings) console.log(`  ${bid.id}: ${w.message}`);
}
