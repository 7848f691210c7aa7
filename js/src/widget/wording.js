/**
 * Sentences about results, in the UI language: bidder names, warnings, the
 * robustness line and the method described in words. Shared by the views, the
 * assessment summaries and the live announcements, so each says it the same way.
 */

/** A bid's name for sentences: the supplier's name, else its id. */
export function bidName(bid) {
  const name = bid?.supplier?.name;
  return typeof name === 'string' && name.trim() ? name : String(bid?.id ?? '');
}

export function measureOf(tender, id) {
  return tender.framework.measures.find((m) => m.id === id);
}

/**
 * Whether a measure's figures are unconfirmed: `x-illustrative: true` on it,
 * on its theme or on the whole framework (docs/frameworks.md), each of which
 * covers the figures beneath it.
 */
export function isIllustrative(tender, measure) {
  const { framework } = tender;
  const theme = framework.themes.find((th) => th.id === measure?.theme);
  return [framework, theme, measure].some((item) => item?.['x-illustrative'] === true);
}

/** Whether anything in the framework is flagged illustrative, so the header must say so. */
export function hasIllustrative(tender) {
  const { framework } = tender;
  return [framework, ...framework.themes, ...framework.measures].some((item) => item?.['x-illustrative'] === true);
}

/** A measure's proxy as money, marked in words (not by colour alone) when it is illustrative. */
export function proxyText(tender, measure, tr) {
  const money = tr.money(measure.proxy);
  return isIllustrative(tender, measure) ? tr.t('illustrative.proxy', { proxy: money }) : money;
}

export function measureTitle(tender, id) {
  return measureOf(tender, id)?.title ?? id;
}

export function themeTitle(tender, id) {
  return tender.framework.themes.find((theme) => theme.id === id)?.title ?? id;
}

function pointerGet(document, pointer) {
  return pointer
    .split('/')
    .slice(1)
    .reduce((node, token) => node?.[token.replace(/~1/g, '/').replace(/~0/g, '~')], document);
}

/** A warning from the engine in the UI language; codes it does not know keep the engine's sentence. */
export function warningText(warning, tender, tr) {
  const { t } = tr;
  const amount = typeof warning.amount === 'number' ? tr.money(Math.abs(warning.amount)) : '';
  switch (warning.code) {
    case 'capped':
      return t('warning.capped', { amount });
    case 'years-limited': {
      const commitment = pointerGet(tender, warning.path.replace(/\/years$/, ''));
      const measure = measureOf(tender, commitment?.measure);
      if (!measure) break;
      return t('warning.yearsLimited', { measure: measure.title ?? measure.id, max: measure.maxYears, years: commitment.years ?? 1 });
    }
    case 'no-social-value':
      return t('warning.noSocialValue');
    case 'locality-premium':
      return t(warning.amount < 0 ? 'warning.localityLower' : 'warning.localityRaise', { amount });
    case 'zero-quality-points':
      return t('warning.zeroQualityPoints');
    case 'unused-theme': {
      const theme = pointerGet(tender, warning.path);
      if (!theme) break;
      return t('warning.unusedTheme', { theme: theme.title ?? theme.id });
    }
  }
  return warning.message;
}

/** A total or a price score as the method gives it: money under pqp (price per quality point), points otherwise. */
export function pointsText(value, pqp, tr) {
  return pqp ? tr.money(value) : tr.number(value);
}

/** A weight in points out of 100, as a percentage. */
export function weightText(weight, tr) {
  return tr.percent(weight / 100);
}

/**
 * The robustness line: "B1 stays first for social value weights 0%–43%; B2
 * takes over above 43%". Null when the result has none (pqp, or under two bids).
 */
export function robustnessText(result, tr) {
  const r = result.robustness;
  if (!r) return null;
  const { t } = tr;
  const name = (id) => bidName(result.bids.find((b) => b.id === id));
  const winner = name(r.winner);
  if (r.low === null || r.high === null) return t('robust.never', { winner });
  const parts = [t('robust.stays', { winner, low: weightText(r.low, tr), high: weightText(r.high, tr) })];
  const sides = new Set();
  for (const other of r.overtakenBy) {
    if (other.at === null) continue;
    // The nearest bid on each side takes over; the others only lead the winner further out.
    const side = other.at >= r.high ? 'above' : 'below';
    const key = sides.has(side) ? `robust.also.${side}` : `robust.${side}`;
    sides.add(side);
    parts.push(t(key, { bid: name(other.bid), at: weightText(other.at, tr) }));
  }
  return parts.join('; ') + '.';
}

const specNames = {
  evidence: ['verified', 'evidenced', 'planned', 'aspirational'],
  geography: ['local', 'regional', 'national', 'international'],
};

/**
 * An evidence level's or an area's name to show: the UI language's word for
 * the spec's default names, a framework's own key as written (it is the
 * buyer's word, in the buyer's language).
 */
export function levelName(tr, kind, key) {
  if (!specNames[kind].includes(key)) return key;
  return kind === 'evidence' ? tr.t(`evidence.${key}`) : tr.t(`geography.${key}`);
}

/** The social value method in words, one sentence per choice. */
export function methodSentences(settings, tr) {
  const { t } = tr;
  const sentences = [
    t(`method.basis.${settings.basis}`, { target: tr.percent(settings.target) }),
    t('method.alpha', { quantitative: tr.percent(settings.alpha), qualitative: tr.percent(1 - settings.alpha) }),
    settings.cap === null ? t('method.noCap') : t('method.cap', { cap: tr.percent(settings.cap) }),
    settings.discount === 'green-book' ? t('method.greenBook') : t('method.discount', { rate: tr.percent(settings.discount) }),
    t('method.evidence', {
      levels: Object.entries(settings.evidence)
        .map(([level, factor]) => `${levelName(tr, 'evidence', level)} ${tr.percent(factor)}`)
        .join(', '),
    }),
  ];
  const factors = Object.entries(settings.geography);
  if (factors.every(([, g]) => g === factors[0][1])) sentences.push(t('method.placeNeutral'));
  else sentences.push(t('method.geography', { areas: factors.map(([area, g]) => `${levelName(tr, 'geography', area)} × ${tr.number(g)}`).join(', ') }));
  return sentences;
}
