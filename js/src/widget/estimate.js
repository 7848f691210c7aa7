/**
 * Supplier mode's model: the draft bid, the benchmark competitor it is scored
 * against, the live estimate and "what raises my score most". Every number
 * comes from re-evaluating with the calculator; these functions only build the
 * tenders to evaluate.
 */
import { settingsOf } from './what-if.js';

export const benchmarkId = 'svcalc-benchmark';

/** A new, empty draft bid for a tender's framework. */
export function emptyBid(tender) {
  return {
    id: 'my-bid',
    supplier: { name: '' },
    ...(tender.contractValue > 0 ? { price: tender.contractValue } : {}),
    commitments: [],
    responses: [],
  };
}

/** A commitment to a measure with the framework's default area and evidence level. */
export function newCommitment(tender, measureId) {
  const s = settingsOf(tender);
  return { measure: measureId, quantity: 1, years: 1, geography: s.defaultGeography, evidence: s.defaultEvidence };
}

/**
 * Whether the estimate needs a competitor at all. Under `absolute` and
 * `proportional` a score is relative to the best bid, so a lone bid would
 * always get full marks; under `target` it is not.
 */
export function needsBenchmark(tender) {
  return settingsOf(tender).basis !== 'target';
}

/** The benchmark fraction to start from: the method's target, which defaults to 0.1. */
export function defaultBenchmark(tender) {
  return settingsOf(tender).target;
}

/**
 * What one unit of each quantitative measure is worth for one year, as the
 * calculator values it: at the framework's default area and the evidence level
 * with the highest factor. One evaluation, reused for every benchmark.
 * Returns `{ units: Map(measure → claimed per unit), themeWeights: Map(theme → ŵ) }`.
 */
export function probe(calculator, tender) {
  const s = settingsOf(tender);
  const [bestEvidence] = Object.entries(s.evidence).sort((a, b) => b[1] - a[1])[0];
  const measures = quantitativeMeasures(tender);
  const result = calculator.evaluate({
    ...tender,
    bids: [
      {
        id: benchmarkId,
        price: 1,
        commitments: measures.map((m) => ({ measure: m.id, quantity: 1, years: 1, geography: s.defaultGeography, evidence: bestEvidence })),
      },
    ],
  });
  const [bid] = result.bids;
  return {
    evidence: bestEvidence,
    geography: s.defaultGeography,
    units: new Map(bid.lines.map((line) => [line.measure, line.claimed])),
    themeWeights: new Map(bid.socialValue.themes.map((theme) => [theme.id, theme.weight])),
  };
}

/**
 * The benchmark competitor: a bid at `price` whose claimed social value is
 * `fraction × price`, shared across the themes that have quantitative measures
 * in proportion to their weights (so it is as strong in every theme as its
 * total allows), each theme's share committed to the measure worth most per
 * unit. It gives no qualitative responses: qualitative scores are not relative
 * to other bids, so they would not change the supplier's estimate.
 */
export function benchmarkBid(tender, probed, price, fraction) {
  const best = new Map(); // theme → [measure id, claimed per unit]
  for (const m of quantitativeMeasures(tender)) {
    const perUnit = probed.units.get(m.id) ?? 0;
    if (perUnit > 0 && perUnit > (best.get(m.theme)?.[1] ?? 0)) best.set(m.theme, [m.id, perUnit]);
  }
  let weightSum = 0;
  for (const theme of best.keys()) weightSum += probed.themeWeights.get(theme) ?? 0;
  const commitments = [];
  for (const [theme, [measure, perUnit]] of best) {
    const share = (probed.themeWeights.get(theme) ?? 0) / weightSum;
    const quantity = (fraction * price * share) / perUnit;
    if (quantity > 0) {
      commitments.push({ measure, quantity, years: 1, geography: probed.geography, evidence: probed.evidence });
    }
  }
  return { id: benchmarkId, supplier: { name: 'Benchmark' }, price, commitments };
}

/**
 * The tender the estimate comes from: the draft bid and, where the basis needs
 * one, the benchmark competitor at the draft's price.
 */
export function estimateTender(tender, bid, probed, fraction) {
  if (!needsBenchmark(tender)) return { ...tender, bids: [bid] };
  const price = bid.price > 0 ? bid.price : tender.contractValue > 0 ? tender.contractValue : 1;
  const competitor = benchmarkBid(tender, probed, price, fraction);
  if (competitor.id === bid.id) competitor.id = `${benchmarkId}-2`;
  return { ...tender, bids: [bid, competitor] };
}

/** The draft's own result out of an estimate tender's result. */
export function draftResult(result, bid) {
  return result.bids.find((b) => b.id === bid.id);
}

/**
 * "What raises my score most": for each quantitative measure, the social value
 * points one more unit would add (to the draft's first line for that measure,
 * keeping its years, area and evidence; or a new one-year line at the
 * defaults), per unit and per currency unit of proxy value (gross) added.
 * Sorted best first by `by`: 'perPound' or 'perUnit'.
 */
export function improvements(calculator, tender, bid, probed, fraction, by = 'perPound') {
  const points = (b) => draftResult(calculator.evaluate(estimateTender(tender, b, probed, fraction)), b).scores.socialValue;
  const now = points(bid);
  const rows = quantitativeMeasures(tender).map((m) => {
    const at = bid.commitments.findIndex((c) => c.measure === m.id);
    const line = at >= 0 ? bid.commitments[at] : newCommitment(tender, m.id);
    const more = { ...line, quantity: (at >= 0 ? line.quantity : 0) + 1 };
    const commitments = at >= 0 ? bid.commitments.map((c, i) => (i === at ? more : c)) : [...bid.commitments, more];
    const perUnit = points({ ...bid, commitments }) - now;
    const years = Math.min(more.years ?? 1, m.maxYears ?? Infinity);
    const gross = m.proxy * years;
    return { measure: m.id, theme: m.theme, title: m.title ?? m.id, unit: m.unit, perUnit, perPound: gross > 0 ? perUnit / gross : null };
  });
  return rows.sort((a, b) => (b[by] ?? -Infinity) - (a[by] ?? -Infinity));
}

/**
 * Warnings the supplier should see beside the engine's own (capped,
 * years-limited, locality premium…): lines whose evidence level counts for less
 * than the framework's default level, such as `aspirational`.
 */
export function weakEvidence(tender, bid) {
  const s = settingsOf(tender);
  const floor = s.evidence[s.defaultEvidence];
  const weak = [];
  bid.commitments.forEach((c, index) => {
    const factor = s.evidence[c.evidence ?? s.defaultEvidence];
    if (factor < floor) weak.push({ index, measure: c.measure, evidence: c.evidence, factor });
  });
  return weak;
}

function quantitativeMeasures(tender) {
  return (tender.framework?.measures ?? []).filter((m) => m?.kind === 'quantitative');
}
