// An independent, deliberately plain reading of /work/shared/spec/scoring.md
// (format version 1), written from the spec alone so that it can cross-check the
// C++ core to 1e-9. Section names in comments refer to that spec. The input must
// already be a valid tender (validation is not repeated here).

const DEFAULT_EVIDENCE = { verified: 1, evidenced: 0.9, planned: 0.7, aspirational: 0.4 };
const DEFAULT_GEOGRAPHY = { local: 1, regional: 1, national: 1, international: 1 };

// "Computation": green-book rates 3.5% for years 1-30, 3.0% for 31-75, 2.5% after;
// a number is a constant rate.
function discountRate(discount, year) {
  if (typeof discount === 'number') return discount;
  if (year <= 30) return 0.035;
  if (year <= 75) return 0.03;
  return 0.025;
}

// "Framework" defaults, resolved once.
function resolveFramework(fw) {
  const evidence = fw.evidence ?? DEFAULT_EVIDENCE;
  const geography = fw.geography ?? DEFAULT_GEOGRAPHY;
  const measures = new Map(fw.measures.map((m) => [m.id, m]));
  // Only themes that have at least one measure take part; their weights are normalised.
  const themes = fw.themes
    .map((t) => {
      const ms = fw.measures.filter((m) => m.theme === t.id);
      return {
        id: t.id,
        rawWeight: t.weight ?? 1,
        quantitative: ms.filter((m) => m.kind === 'quantitative'),
        qualitative: ms.filter((m) => m.kind === 'qualitative'),
      };
    })
    .filter((t) => t.quantitative.length + t.qualitative.length > 0);
  const weightSum = themes.reduce((s, t) => s + t.rawWeight, 0);
  for (const t of themes) t.weight = t.rawWeight / weightSum;
  const unused = fw.themes.filter((t) => !fw.measures.some((m) => m.theme === t.id));
  const factors = Object.values(geography);
  return {
    evidence,
    geography,
    defaultEvidence: fw.defaultEvidence ?? 'planned',
    defaultGeography: fw.defaultGeography ?? 'local',
    placeNeutral: factors.every((g) => g === factors[0]),
    measures,
    themes,
    unused,
  };
}

// "Method" defaults. A present weights object means a missing key is 0.
function resolveMethod(method = {}) {
  const w = method.weights;
  const sv = method.socialValue ?? {};
  return {
    model: method.model ?? 'weighted',
    weights: w
      ? { price: w.price ?? 0, quality: w.quality ?? 0, socialValue: w.socialValue ?? 0 }
      : { price: 50, quality: 40, socialValue: 10 },
    price: { scoring: 'relative', ...(method.price ?? {}) },
    basis: sv.basis ?? 'proportional',
    alpha: sv.quantitativeShare ?? 0.5,
    cap: sv.cap ?? null,
    target: sv.target ?? 0.1,
    discount: method.discount ?? 'green-book',
    tieMargin: method.tieMargin ?? 0,
    tieBreak: method.tieBreak ?? 'none',
  };
}

// "One commitment c of bid i, for measure m". geographyFactor is passed in so the
// same code gives the place-neutral value for the locality-premium warning.
function valueCommitment(c, m, fw, method, geographyFactor) {
  const years = c.years ?? 1;
  const yearsCounted = m.maxYears === undefined ? years : Math.min(years, m.maxYears);
  const annual =
    c.quantity *
    m.proxy *
    (1 - (m.deadweight ?? 0)) *
    (1 - (m.displacement ?? 0)) *
    (1 - (m.attribution ?? 0)) *
    (1 - (m.leakage ?? 0)) *
    geographyFactor;
  const evidence = c.evidence ?? fw.defaultEvidence;
  let net = 0;
  let present = 0;
  let discountFactor = 1;
  for (let t = 1; t <= yearsCounted; t++) {
    discountFactor /= 1 + discountRate(method.discount, t); // D_t = prod 1/(1+r_k)
    const value = annual * Math.pow(1 - (m.dropOff ?? 0), t - 1); // V_t
    net += value;
    present += value * discountFactor;
  }
  return {
    measure: c.measure,
    quantity: c.quantity,
    years,
    yearsCounted,
    geography: c.geography ?? fw.defaultGeography,
    evidence,
    annual,
    gross: c.quantity * m.proxy * yearsCounted,
    net,
    present,
    claimed: present * fw.evidence[evidence],
  };
}

// "Social value of bid i": lines, sums, cap, per-theme claimed/scored, warnings.
function valueBid(bid, fw, method, price) {
  const warnings = [];
  const lines = [];
  const themeClaimed = new Map(fw.themes.map((t) => [t.id, 0]));
  const sums = { gross: 0, net: 0, present: 0, claimed: 0 };
  let neutralClaimed = 0;
  for (const c of bid.commitments ?? []) {
    const m = fw.measures.get(c.measure);
    const area = c.geography ?? fw.defaultGeography;
    const line = valueCommitment(c, m, fw, method, fw.geography[area]);
    lines.push(line);
    for (const k of Object.keys(sums)) sums[k] += line[k];
    themeClaimed.set(m.theme, themeClaimed.get(m.theme) + line.claimed);
    neutralClaimed += valueCommitment(c, m, fw, method, 1).claimed;
    if (line.yearsCounted < line.years) warnings.push({ code: 'years-limited' });
  }
  const capValue = method.cap === null ? Infinity : method.cap * price;
  const scored = Math.min(sums.claimed, capValue);
  if (scored < sums.claimed) warnings.push({ code: 'capped' });
  if (!fw.placeNeutral && neutralClaimed !== sums.claimed) {
    warnings.push({ code: 'locality-premium' });
  }
  if ((bid.commitments ?? []).length === 0 && (bid.responses ?? []).length === 0) {
    warnings.push({ code: 'no-social-value' });
  }
  // The cap is shared out across themes in proportion to claimed_iθ. Taken as a
  // share of scored_i, and with percent_i = cap for a capped bid, this is the
  // spec's formula in an order that keeps capped bids exactly level, as they are
  // in exact arithmetic (ties and overtaking turn on exact equality).
  const percent = scored < sums.claimed ? method.cap : sums.claimed / price;
  const themeScored = new Map();
  const themeRatio = new Map(); // scored_iθ / price_i
  for (const [id, claimed] of themeClaimed) {
    const share = sums.claimed === 0 ? 0 : claimed / sums.claimed;
    themeScored.set(id, share * scored);
    themeRatio.set(id, share * percent);
  }
  return { ...sums, scored, percentOfPrice: percent, lines, warnings, themeClaimed, themeScored, themeRatio };
}

// "Qualitative score per theme": weighted mean of response scores, missing = 0.
function qualitativeScore(theme, bid) {
  let num = 0;
  let den = 0;
  for (const m of theme.qualitative) {
    const w = m.weight ?? 1;
    const r = (bid.responses ?? []).find((x) => x.measure === m.id);
    num += (w * (r ? r.score : 0)) / 100;
    den += w;
  }
  return num / den;
}

// "Price score, in [0, 1]".
function priceScore(p, pMin, rule) {
  switch (rule.scoring) {
    case 'relative': return pMin / p;
    case 'linear': return Math.max(0, 1 - (p - pMin) / pMin);
    case 'log': return Math.max(0, 1 - Math.log(p / pMin) / Math.log(rule.base));
    case 'range': return Math.min(1, Math.max(0, (rule.max - p) / (rule.max - rule.min)));
    default: throw new Error(`unknown price scoring ${rule.scoring}`);
  }
}

export function evaluateReference(tender) {
  const fw = resolveFramework(tender.framework);
  const method = resolveMethod(tender.method);
  const W = method.weights;
  const pqp = method.model === 'pqp';

  const rows = tender.bids.map((bid) => {
    const price = bid.price ?? tender.contractValue;
    return { bid, price, quality: bid.quality ?? 0, sv: valueBid(bid, fw, method, price) };
  });

  // "Quantitative score per theme": the maxima over bids, per basis.
  const ratio = (r, themeId) =>
    (method.basis === 'absolute' ? r.sv.themeScored : r.sv.themeRatio).get(themeId);
  const maxima = new Map(fw.themes.map((t) => [t.id, Math.max(0, ...rows.map((r) => ratio(r, t.id)))]));

  for (const r of rows) {
    // "Social value score": t_iθ blends q and s by α where a theme has both kinds.
    r.themes = fw.themes.map((t) => {
      let q = null;
      if (t.quantitative.length > 0) {
        if (method.basis === 'target') {
          q = Math.min(1, r.sv.themeRatio.get(t.id) / (method.target * t.weight));
        } else {
          const max = maxima.get(t.id);
          q = max === 0 ? 0 : ratio(r, t.id) / max;
        }
      }
      const s = t.qualitative.length > 0 ? qualitativeScore(t, r.bid) : null;
      const score = q === null ? s : s === null ? q : method.alpha * q + (1 - method.alpha) * s;
      return {
        id: t.id,
        weight: t.weight,
        claimed: r.sv.themeClaimed.get(t.id),
        scored: r.sv.themeScored.get(t.id),
        quantitative: q,
        qualitative: s,
        score,
      };
    });
    r.points = 100 * r.themes.reduce((sum, t) => sum + t.weight * t.score, 0); // SV_i
  }

  // "Price score" and "Total and rank".
  const pMin = Math.min(...rows.map((r) => r.price));
  for (const r of rows) {
    r.priceScore = priceScore(r.price, pMin, method.price);
    const qualityPoints = (W.quality * r.quality) / 100;
    const svPoints = (W.socialValue * r.points) / 100;
    if (pqp) {
      const points = qualityPoints + svPoints;
      r.scores = { price: r.price, quality: qualityPoints, socialValue: svPoints };
      r.total = points === 0 ? null : r.price / points;
      if (points === 0) r.sv.warnings.push({ code: 'zero-quality-points' });
    } else {
      r.scores = { price: W.price * r.priceScore, quality: qualityPoints, socialValue: svPoints };
      r.total = r.scores.price + qualityPoints + svPoints;
    }
  }

  // Stable sort best first; pqp: lower is better and null totals come last.
  const scored = rows.filter((r) => r.total !== null);
  const unscored = rows.filter((r) => r.total === null);
  scored.sort((a, b) => (pqp ? a.total - b.total : b.total - a.total));

  // Tie groups chain: within tieMargin of the previous bid's total.
  const groups = [];
  for (const r of scored) {
    const prev = groups.length ? groups[groups.length - 1] : null;
    const last = prev ? prev[prev.length - 1] : null;
    if (last && Math.abs(last.total - r.total) <= method.tieMargin) prev.push(r);
    else groups.push([r]);
  }
  const breakKey = {
    none: () => 0,
    quality: (r) => -r.quality,
    socialValue: (r) => -r.points,
    price: (r) => r.price,
  }[method.tieBreak];
  const ordered = [];
  for (const g of groups) {
    g.sort((a, b) => breakKey(a) - breakKey(b)); // stable; 'none' keeps the order
    g.forEach((r, k) => {
      // Competition ranking: equal on the tie-break key shares the first's rank.
      r.rank = k > 0 && breakKey(g[k - 1]) === breakKey(r) ? g[k - 1].rank : ordered.length + 1;
      ordered.push(r);
    });
  }
  for (const r of unscored) r.rank = scored.length + 1;
  ordered.push(...unscored);
  const ties = groups.filter((g) => g.length > 1).map((g) => g.map((r) => r.bid.id));

  return {
    svcalc: 1,
    engine: 'svcalc 0.1.0',
    currency: tender.currency ?? 'GBP',
    bids: ordered.map((r) => ({
      id: r.bid.id,
      rank: r.rank,
      total: r.total,
      ...(r.bid.supplier !== undefined ? { supplier: r.bid.supplier } : {}),
      scores: r.scores,
      socialValue: {
        gross: r.sv.gross,
        net: r.sv.net,
        present: r.sv.present,
        claimed: r.sv.claimed,
        scored: r.sv.scored,
        percentOfPrice: r.sv.percentOfPrice,
        points: r.points,
        themes: r.themes,
      },
      lines: r.sv.lines,
      warnings: r.sv.warnings,
    })),
    ties,
    robustness: robustness(ordered, W, pqp),
    warnings: fw.unused.map(() => ({ code: 'unused-theme' })),
  };
}

// "Robustness of the winner": total_i(w) = (100 − w) base_i + w SV_i/100, so the
// winner's lead over bid j is linear in w, from d0 = 100 (base_win − base_j) at
// w = 0 to d100 = SV_win − SV_j at w = 100. Lines level at an end meet exactly
// there, not at a rounded 100·d0/d0.
function robustness(ordered, W, pqp) {
  const priceQuality = W.price + W.quality;
  if (ordered.length < 2 || pqp || priceQuality === 0) return null;
  const base = (r) => (W.price * r.priceScore + (W.quality * r.quality) / 100) / priceQuality;
  const [winner, ...others] = ordered;
  let low = 0;
  let high = 100;
  const overtakenBy = [];
  for (const r of others) {
    const d0 = 100 * (base(winner) - base(r));
    const d100 = winner.points - r.points;
    let meet = (100 * d0) / (d0 - d100);
    if (d0 === d100) meet = null;
    else if (d0 === 0) meet = 0;
    else if (d100 === 0) meet = 100;
    // The winner stays level while its lead is ≥ 0: a rising lead bounds w from
    // below, a falling one from above, a constant negative one everywhere.
    if (d100 > d0) low = Math.max(low, meet);
    else if (d100 < d0) high = Math.min(high, meet);
    else if (d0 < 0) low = Infinity;
    // svcalc decision: listed when it strictly leads at w = 0 or w = 100; `at` is
    // a weight, so null when the lines are parallel or meet outside [0, 100].
    const at = meet !== null && meet >= 0 && meet <= 100 ? meet : null;
    if (d0 < 0 || d100 < 0) overtakenBy.push({ bid: r.bid.id, at });
  }
  const level = low <= high;
  return { winner: winner.bid.id, low: level ? low : null, high: level ? high : null, overtakenBy };
}
