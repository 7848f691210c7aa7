/**
 * Assessment summaries: for one bidder, what the Procurement Act 2023 (s. 50)
 * and regulation 31 of the Procurement Regulations 2024 ask a contracting
 * authority to tell it. Each award criterion's name, weight and scoring method;
 * the bidder's score with the reasons, taken from its own commitments and
 * responses; sub-totals, the total and how it compares with the highest-scoring
 * bid. The same structure renders as HTML and as plain text, so the printed
 * and the copied summary never differ.
 *
 * Shape: { id, title, blocks: [{ heading, lines: [string | { text, lines: [string] }] }] }
 */
import { bidName, measureOf, measureTitle, methodSentences, pointsText, themeTitle, warningText, weightText } from './wording.js';
import { settingsOf } from './what-if.js';

export function assessmentSummary(result, tender, bidId, tr) {
  const { t } = tr;
  const settings = settingsOf(tender);
  const bid = result.bids.find((b) => b.id === bidId);
  const input = tender.bids.find((b) => b.id === bidId);
  const pqp = settings.model === 'pqp';
  const w = settings.weights;
  const score = (points, weight) => t('summary.score', { points: tr.number(points), weight: tr.number(weight) });
  const blocks = [];

  blocks.push({
    heading: t('summary.overall'),
    lines: [
      t('summary.rank', { rank: bid.rank, count: result.bids.length }),
      pqp && bid.total === null
        ? t('summary.noPoints')
        : t(pqp ? 'summary.totalPqp' : 'summary.total', { total: pointsText(bid.total, pqp, tr) }),
    ],
  });

  if (pqp) {
    blocks.push({ heading: t('criterion.price'), lines: [t('summary.pricePqp', { price: pointsText(bid.scores.price, pqp, tr) })] });
  } else {
    const prices = result.bids.map((b) => priceOf(tender, b.id));
    const priceMethod = tender.method?.price ?? {};
    blocks.push({
      heading: t('criterion.price'),
      lines: [
        t('summary.weight', { weight: weightText(w.price, tr) }),
        t(`summary.price.${priceMethod.scoring ?? 'relative'}`, {
          base: priceMethod.base, min: tr.money(priceMethod.min), max: tr.money(priceMethod.max),
        }),
        t('summary.priceFigures', { price: tr.money(priceOf(tender, bidId)), lowest: tr.money(Math.min(...prices)) }),
        score(bid.scores.price, w.price),
      ],
    });
  }

  blocks.push({
    heading: t('criterion.quality'),
    lines: [
      t('summary.weight', { weight: weightText(w.quality, tr) }),
      t('summary.qualityMethod'),
      t('summary.qualityFigures', { quality: tr.number(input.quality ?? 0) }),
      score(bid.scores.quality, w.quality),
    ],
  });

  const sv = bid.socialValue;
  blocks.push({
    heading: t('criterion.socialValue'),
    lines: [
      t('summary.weight', { weight: weightText(w.socialValue, tr) }),
      ...methodSentences(settings, tr),
      t('summary.svFigures', { claimed: tr.money(sv.claimed), scored: tr.money(sv.scored), percent: tr.percent(sv.percentOfPrice) }),
      ...sv.themes.map((theme) => themeLines(theme, bid, input, tender, tr)),
      t('summary.svScore', { points: tr.number(sv.points) }),
      score(bid.scores.socialValue, w.socialValue),
    ],
  });

  if (bid.warnings.length) {
    blocks.push({ heading: t('summary.warnings'), lines: bid.warnings.map((x) => warningText(x, tender, tr)) });
  }

  const winner = result.bids[0];
  const parts = (b) => ({
    name: bidName(b),
    price: pointsText(b.scores.price, pqp, tr),
    quality: tr.number(b.scores.quality),
    socialValue: tr.number(b.scores.socialValue),
    total: pointsText(b.total, pqp, tr),
  });
  blocks.push({
    heading: t('summary.subtotals'),
    lines: [
      t(pqp ? 'summary.subtotalsPqp' : 'summary.subtotalsLine', parts(bid)),
      winner.id === bid.id ? t('summary.isHighest') : t('summary.highest', { line: t(pqp ? 'summary.subtotalsPqp' : 'summary.subtotalsLine', parts(winner)) }),
    ],
  });

  return { id: bid.id, title: t('summary.title', { name: bidName(bid), id: bid.id }), blocks };
}

/** One theme's score and the commitments and responses behind it. */
function themeLines(theme, bid, input, tender, tr) {
  const { t } = tr;
  const lines = [];
  if (theme.quantitative !== null) {
    lines.push(t('summary.quantitative', { score: tr.percent(theme.quantitative), claimed: tr.money(theme.claimed), scored: tr.money(theme.scored) }));
    bid.lines.forEach((line) => {
      const measure = measureOf(tender, line.measure);
      if (measure?.theme !== theme.id) return;
      lines.push(
        t('summary.commitment', {
          measure: measure.title ?? measure.id,
          quantity: tr.number(line.quantity),
          unit: measure.unit ?? '',
          years: line.yearsCounted,
          evidence: line.evidence,
          geography: line.geography,
          claimed: tr.money(line.claimed),
        }),
      );
    });
  }
  if (theme.qualitative !== null) {
    lines.push(t('summary.qualitative', { score: tr.percent(theme.qualitative) }));
    for (const measure of tender.framework.measures) {
      if (measure.theme !== theme.id || measure.kind !== 'qualitative') continue;
      const response = (input.responses ?? []).find((r) => r.measure === measure.id);
      const title = measureTitle(tender, measure.id);
      if (!response) lines.push(t('summary.noResponse', { measure: title }));
      else if (response.rationale) lines.push(t('summary.responseWhy', { measure: title, score: response.score, rationale: response.rationale }));
      else lines.push(t('summary.response', { measure: title, score: response.score }));
    }
  }
  return {
    text: t('summary.theme', { theme: themeTitle(tender, theme.id), weight: tr.percent(theme.weight), score: tr.percent(theme.score) }),
    lines,
  };
}

function priceOf(tender, bidId) {
  return tender.bids.find((b) => b.id === bidId)?.price ?? tender.contractValue;
}

/** The summary as plain text, for the clipboard. */
export function summaryText(summary) {
  const out = [summary.title, '='.repeat(Math.min(summary.title.length, 72)), ''];
  for (const block of summary.blocks) {
    out.push(block.heading, '-'.repeat(Math.min(block.heading.length, 72)));
    for (const line of block.lines) {
      if (typeof line === 'string') {
        out.push(line);
      } else {
        out.push(`- ${line.text}`);
        for (const sub of line.lines) out.push(`    - ${sub}`);
      }
    }
    out.push('');
  }
  return out.join('\n');
}
