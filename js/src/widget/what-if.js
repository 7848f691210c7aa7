/**
 * The what-if panel's model: a tender's method and factors spelled out in full
 * (every default made explicit, so the panel can show it), and the tender that
 * a changed set of settings scores. Pure functions: the calculator does every
 * number, these only rewrite documents.
 */

const defaultEvidence = { verified: 1, evidenced: 0.9, planned: 0.7, aspirational: 0.4 };
const defaultGeography = { local: 1, regional: 1, national: 1, international: 1 };
const defaultWeights = { price: 50, quality: 40, socialValue: 10 };

/**
 * The settings a tender is scored with, defaults filled in as scoring.md gives
 * them. `cap` is null when there is none.
 */
export function settingsOf(tender) {
  const method = tender.method ?? {};
  const sv = method.socialValue ?? {};
  const fw = tender.framework ?? {};
  // A weights object that is present but misses a key means 0 for that key.
  const weights = method.weights
    ? { price: method.weights.price ?? 0, quality: method.weights.quality ?? 0, socialValue: method.weights.socialValue ?? 0 }
    : { ...defaultWeights };
  return {
    model: method.model ?? 'weighted',
    weights,
    basis: sv.basis ?? 'proportional',
    alpha: sv.quantitativeShare ?? 0.5,
    cap: sv.cap ?? null,
    target: sv.target ?? 0.1,
    discount: method.discount ?? 'green-book',
    geography: { ...(fw.geography ?? defaultGeography) },
    defaultGeography: fw.defaultGeography ?? 'local',
    evidence: { ...(fw.evidence ?? defaultEvidence) },
    defaultEvidence: fw.defaultEvidence ?? 'planned',
  };
}

/**
 * The tender scored with `settings`. Everything the settings do not cover
 * (price scoring, ties, host `x-` keys, the bids) is kept as given.
 */
export function applySettings(tender, settings) {
  const method = tender.method ?? {};
  const socialValue = {
    ...(method.socialValue ?? {}),
    basis: settings.basis,
    quantitativeShare: settings.alpha,
    target: settings.target,
  };
  if (settings.cap === null) delete socialValue.cap;
  else socialValue.cap = settings.cap;
  return {
    ...tender,
    method: {
      ...method,
      model: settings.model,
      weights: { ...settings.weights },
      socialValue,
      discount: settings.discount,
    },
    framework: {
      ...tender.framework,
      geography: { ...settings.geography },
      defaultGeography: settings.defaultGeography,
      evidence: { ...settings.evidence },
      defaultEvidence: settings.defaultEvidence,
    },
  };
}

/** The settings with one value changed, by a path such as ['weights', 'price']. */
export function withSetting(settings, path, value) {
  const [key, ...rest] = path;
  if (rest.length === 0) return { ...settings, [key]: value };
  return { ...settings, [key]: withSetting(settings[key], rest, value) };
}

/** Every geography factor at 1: no area counts for more than another. */
export function placeNeutral(geography) {
  return Object.fromEntries(Object.keys(geography).map((area) => [area, 1]));
}

export function isPlaceNeutral(geography) {
  return Object.values(geography).every((factor) => factor === 1);
}

/**
 * The comparison the panel shows beside the current method: social value as
 * one absolute sum of money, with no qualitative part (basis `absolute`,
 * α = 1), and geography as currently set. Everything else stays, so the
 * difference shown is the difference these two choices make.
 */
export function absoluteOnly(settings) {
  return { ...settings, basis: 'absolute', alpha: 1 };
}
