/**
 * Open Contracting Data Standard (OCDS) interoperability: a tender's weights
 * from a release's award criteria, and the evaluation back as OCDS-style bid
 * details. Pure functions: no calculator, no DOM.
 *
 * The award criteria come from OCDS's "Award criteria breakdown" extension
 * (open-contracting-extensions/ocds_awardCriteriaBreakdown_extension,
 * release-schema.json), which UK Find a Tender and the OCDS for eForms profile
 * both use:
 *
 *   tender.lots[] / tender.lotGroups[]
 *     .awardCriteria { weightingDescription?, orderJustification?, criteria: [
 *       { type: "price" | "cost" | "quality" (open awardCriterionType codelist),
 *         name, description,
 *         numbers: [ { number, weight?: criterionWeight code, fixed?: "total" | "unit",
 *                      threshold?: "minimumScore" | "maximumBids" } ] } ] }
 *
 * criterionWeight codes: percentageExact, percentageRangeMiddle, decimalExact,
 * decimalRangeMiddle, pointsExact, pointsRangeMiddle, order (eForms BT-5421).
 */

/** What svcalc needs the weights to sum to (scoring.md, "Method"), with the engine's tolerance. */
const weightsTotal = 100;
const weightsTolerance = 1e-9;

/** criterionWeight code → how its number becomes a weight. */
const weightCodes = {
  percentageExact: { unit: 'percent', toPercent: (n) => n },
  percentageRangeMiddle: { unit: 'percent', toPercent: (n) => n, rangeMiddle: true },
  // A decimal weight is a fraction; its percentage is read back at 15
  // significant digits so that 0.57 gives 57, not 56.99999999999999.
  decimalExact: { unit: 'percent', toPercent: (n) => Number((n * 100).toPrecision(15)) },
  decimalRangeMiddle: { unit: 'percent', toPercent: (n) => Number((n * 100).toPrecision(15)), rangeMiddle: true },
  pointsExact: { unit: 'points' },
  pointsRangeMiddle: { unit: 'points', rangeMiddle: true },
};

/**
 * Names under which UK buyers publish a social value criterion (PPN 06/20,
 * PPN 002 and the Procurement Act 2023 all say "social value"), in English and
 * Welsh, the languages of the widget.
 */
const socialValueName = /\bsocial[\s-]*value\b|\bgwerth\s+cymdeithasol\b/i;
/**
 * The eForms strategic-procurement code (BT-06) for a social objective. eForms
 * sets it per lot, and OCDS for eForms maps it to `sustainability[].goal`
 * "social"; a criterion may also carry it as its `type`, since
 * awardCriterionType is an open codelist.
 */
const socialObjectiveCode = 'soc-obj';

/**
 * Maps the award criteria of an OCDS release onto a tender's `method`.
 *
 * Price and cost criteria become the price weight, quality criteria the
 * quality weight, and criteria recognised as social value (by name, or by the
 * eForms code `soc-obj` as their type) the social value weight. Anything that
 * cannot be mapped without a guess (an order of importance, a complicated
 * weighting, weights that do not sum to 100, two monetary criteria, an unknown
 * type) is listed in `unmapped`, and then `method` is null.
 *
 * @param {object} release an OCDS release with the award criteria breakdown extension
 * @param {string} [lotId] the lot (or lot group) to read; needed when several have award criteria
 * @returns {{ method: { model: 'weighted', weights: { price: number, quality: number, socialValue: number } } | null,
 *   criteria: { path: string, type: string, name: string | null, criterion: 'price' | 'quality' | 'socialValue', weight: number }[],
 *   unmapped: { path: string, name?: string | null, reason: string }[],
 *   warnings: { path: string, message: string }[] }}
 *   `path`s are JSON Pointers into the release; `weight`s are percentages.
 */
export function fromOcds(release, lotId) {
  if (release === null || typeof release !== 'object' || Array.isArray(release)) {
    throw new TypeError('svcalc: fromOcds(release) takes one OCDS release object');
  }
  if (Array.isArray(release.releases)) {
    throw new TypeError('svcalc: fromOcds(release) takes one release, not a release package: pass one of its releases');
  }
  if (lotId !== undefined && typeof lotId !== 'string') {
    throw new TypeError('svcalc: fromOcds(release, lotId) takes the lot id as a string (OCDS ids are strings)');
  }
  const outcome = { method: null, criteria: [], unmapped: [], warnings: [] };
  const found = findAwardCriteria(release, lotId, outcome);
  if (!found) return outcome;

  const { awardCriteria, path, lot } = found;
  if (typeof awardCriteria.weightingDescription === 'string' && awardCriteria.weightingDescription.trim()) {
    outcome.unmapped.push({
      path: `${path}/weightingDescription`,
      reason: `the weighting is a formula or description ("${awardCriteria.weightingDescription}"), not a weight per criterion`,
    });
  }
  const list = awardCriteria.criteria;
  if (!Array.isArray(list) || list.length === 0) {
    outcome.unmapped.push({ path: `${path}/criteria`, reason: 'there are no award criteria to map' });
    return outcome;
  }

  const read = list.map((criterion, i) => readCriterion(criterion, `${path}/criteria/${i}`, outcome));
  const mapped = read.filter(Boolean);
  checkOneMonetaryCriterion(mapped, `${path}/criteria`, outcome);
  const percents = toPercentages(mapped, mapped.length === list.length, `${path}/criteria`, outcome);
  warnUnrecognisedSocialValue(list, lot, path, outcome);
  if (!percents || outcome.unmapped.length > 0) return outcome;

  outcome.criteria = mapped.map((c, i) => ({ path: c.path, type: c.type, name: c.name, criterion: c.criterion, weight: percents[i] }));
  const weights = { price: 0, quality: 0, socialValue: 0 };
  for (const { criterion, weight } of outcome.criteria) weights[criterion] += weight;
  for (const name of ['quality', 'socialValue']) warnCombined(outcome, name);
  outcome.method = { model: 'weighted', weights };
  return outcome;
}

/** The award criteria object to read, or null with the reason in `unmapped`. */
function findAwardCriteria(release, lotId, outcome) {
  const tender = release.tender ?? {};
  const holders = ['lots', 'lotGroups'].flatMap((key) =>
    (Array.isArray(tender[key]) ? tender[key] : []).map((lot, i) => ({ lot, path: `/tender/${key}/${i}/awardCriteria` })),
  );
  if (lotId !== undefined) {
    const match = holders.find(({ lot }) => lot?.id === lotId);
    if (!match) {
      outcome.unmapped.push({ path: '/tender/lots', reason: `no lot or lot group has the id "${lotId}"` });
      return null;
    }
    if (!isObject(match.lot.awardCriteria)) {
      outcome.unmapped.push({ path: match.path, reason: `lot "${lotId}" has no award criteria` });
      return null;
    }
    return { awardCriteria: match.lot.awardCriteria, path: match.path, lot: match.lot };
  }
  const withCriteria = holders.filter(({ lot }) => isObject(lot?.awardCriteria));
  if (withCriteria.length === 1) {
    const [{ lot, path }] = withCriteria;
    return { awardCriteria: lot.awardCriteria, path, lot };
  }
  if (withCriteria.length > 1) {
    const ids = withCriteria.map(({ lot }) => `"${lot.id}"`).join(', ');
    outcome.unmapped.push({ path: '/tender/lots', reason: `several lots have award criteria (${ids}): say which with lotId` });
    return null;
  }
  // Core OCDS only has tender.awardCriteria as a code ("ratedCriteria"…), which carries no weights.
  const code = typeof tender.awardCriteria === 'string' ? ` (tender.awardCriteria is only the code "${tender.awardCriteria}")` : '';
  outcome.unmapped.push({ path: '/tender', reason: `no lot has an award criteria breakdown (tender.lots[].awardCriteria.criteria)${code}` });
  return null;
}

/**
 * One criterion: which svcalc criterion it feeds and its weight number, or
 * null with the reason in `unmapped`.
 */
function readCriterion(criterion, path, outcome) {
  if (!isObject(criterion)) {
    outcome.unmapped.push({ path, reason: 'the criterion is not an object' });
    return null;
  }
  const name = typeof criterion.name === 'string' ? criterion.name : null;
  const unmapped = (reason, at = path) => {
    outcome.unmapped.push({ path: at, name, reason });
    return null;
  };
  const socialValue = isSocialValue(criterion);
  if (!socialValue && typeof criterion.description === 'string' && socialValueName.test(criterion.description)) {
    // A quality criterion may mention social value in passing, or be it: that
    // would be a guess either way.
    return unmapped('it mentions social value only in its description; name it "Social value" or type it soc-obj');
  }
  let target;
  if (socialValue && (criterion.type === 'price' || criterion.type === 'cost')) {
    return unmapped(`a ${criterion.type} criterion is named as social value; svcalc cannot tell which it is`, `${path}/type`);
  } else if (socialValue) {
    target = 'socialValue';
  } else if (criterion.type === 'price' || criterion.type === 'cost') {
    target = 'price';
  } else if (criterion.type === 'quality') {
    target = 'quality';
  } else {
    return unmapped(`type ${JSON.stringify(criterion.type ?? null)} is not price, cost or quality`, `${path}/type`);
  }

  const numbers = Array.isArray(criterion.numbers) ? criterion.numbers : [];
  for (const [i, number] of numbers.entries()) warnAboutNumber(number, `${path}/numbers/${i}`, name, outcome);
  const weights = numbers.map((number, i) => ({ number, at: `${path}/numbers/${i}` })).filter(({ number }) => number?.weight != null);
  if (weights.length === 0) return unmapped('it has no weight (no entry of numbers has a weight code)');
  if (weights.length > 1) return unmapped('it has several weights; svcalc cannot choose one', weights[1].at);
  const [{ number, at }] = weights;
  if (number.weight === 'order') {
    return unmapped('it gives an order of importance, not a weight; svcalc needs weights', `${at}/weight`);
  }
  const code = weightCodes[number.weight];
  if (!code) return unmapped(`weight code ${JSON.stringify(number.weight)} is not in the criterionWeight codelist`, `${at}/weight`);
  if (typeof number.number !== 'number' || !Number.isFinite(number.number) || number.number < 0) {
    return unmapped(`the weight must be a number ≥ 0, got ${JSON.stringify(number.number ?? null)}`, `${at}/number`);
  }
  if (code.rangeMiddle) {
    // The buyer published a range, not a weight: taking its middle would be a guess.
    return unmapped(`the weight is the middle of a published range (${number.weight}), not a weight; set it yourself`, `${at}/weight`);
  }
  if (criterion.type === 'cost') {
    outcome.warnings.push({ path: `${path}/type`, message: `${label(name)} is a cost criterion: give each bid's evaluated cost (e.g. whole-life cost) as its price.` });
  }
  return { path, type: criterion.type ?? 'quality', name, criterion: target, unit: code.unit, value: number.number, code };
}

/** Social value by its type (eForms soc-obj) or its name; never by its description alone. */
function isSocialValue(criterion) {
  if (criterion.type === socialObjectiveCode) return true;
  return typeof criterion.name === 'string' && socialValueName.test(criterion.name);
}

/** Numbers that are not weights: svcalc has no place for them, so the host must act on them. */
function warnAboutNumber(number, path, name, outcome) {
  if (!isObject(number)) return;
  if (number.fixed === 'total' || number.fixed === 'unit') {
    outcome.warnings.push({ path, message: `${label(name)}: the price is fixed (${number.fixed} ${number.number}); every bid's price is that figure.` });
  }
  if (number.threshold === 'minimumScore') {
    outcome.warnings.push({ path, message: `${label(name)}: bids need at least ${number.number} on it; svcalc does not exclude bids below a threshold, so apply it before scoring.` });
  } else if (number.threshold === 'maximumBids') {
    outcome.warnings.push({ path, message: `${label(name)}: only the best ${number.number} bids go forward on it; svcalc ranks every bid, so apply the limit to its ranking.` });
  }
}

/** svcalc scores one price per bid, so two monetary criteria cannot both be kept. */
function checkOneMonetaryCriterion(mapped, path, outcome) {
  const monetary = mapped.filter((c) => c.criterion === 'price');
  if (monetary.length > 1) {
    outcome.unmapped.push({
      path,
      reason: `${monetary.length} price or cost criteria (${monetary.map((c) => label(c.name)).join(', ')}); svcalc scores one price per bid`,
    });
  }
}

/**
 * Each mapped criterion's weight as a percentage, or null (reason in
 * `unmapped`). Points convert exactly when every criterion is in points.
 * `complete` is false when some criteria could not be read at all.
 */
function toPercentages(mapped, complete, path, outcome) {
  if (mapped.length === 0) return null;
  const units = new Set(mapped.map((c) => c.unit));
  if (units.size > 1) {
    outcome.unmapped.push({ path, reason: 'some weights are points and others percentages or fractions; they cannot be put on one scale' });
    return null;
  }
  let percents;
  if (units.has('points')) {
    const total = mapped.reduce((sum, c) => sum + c.value, 0);
    if (total <= 0) {
      outcome.unmapped.push({ path, reason: 'the points of the criteria add up to 0' });
      return null;
    }
    percents = mapped.map((c) => (weightsTotal * c.value) / total);
    outcome.warnings.push({ path, message: `The weights are points out of ${total}, converted to percentages.` });
  } else {
    percents = mapped.map((c) => c.code.toPercent(c.value));
  }
  const sum = percents.reduce((a, b) => a + b, 0);
  // With a criterion already reported as unreadable, a short sum says nothing new.
  if (complete && Math.abs(sum - weightsTotal) > weightsTolerance) {
    outcome.unmapped.push({ path, reason: `the weights of the criteria it could read sum to ${sum}, not 100` });
    return null;
  }
  return percents;
}

/**
 * No criterion recognised as social value: the weight is 0, which is what the
 * release says unless a social value criterion has another name. The lot's
 * own social objective (eForms soc-obj) makes that worth saying loudly.
 */
function warnUnrecognisedSocialValue(list, lot, path, outcome) {
  if (list.some((criterion) => isObject(criterion) && isSocialValue(criterion))) return;
  const goals = (Array.isArray(lot?.sustainability) ? lot.sustainability : []).filter(
    (s) => isObject(s) && typeof s.goal === 'string' && (s.goal === socialObjectiveCode || s.goal === 'social' || s.goal.startsWith('social.')),
  );
  const viaCriteria = goals.some((s) => !Array.isArray(s.strategies) || s.strategies.includes('awardCriteria'));
  if (viaCriteria) {
    // The release says social value is weighed somewhere in the criteria, but not
    // where: a weight of 0 would contradict it, and any other would be a guess.
    outcome.unmapped.push({
      path: `${path}/criteria`,
      reason:
        'the lot pursues a social objective (eForms soc-obj) through its award criteria, but no criterion is named as social value. Name the criterion "Social value", or set the weights yourself',
    });
    return;
  }
  outcome.warnings.push({
    path: `${path}/criteria`,
    message: 'No criterion is named as social value (or typed soc-obj): the social value weight is 0.',
  });
}

function warnCombined(outcome, criterion) {
  const parts = outcome.criteria.filter((c) => c.criterion === criterion);
  if (parts.length < 2) return;
  const list = parts.map((c) => `${label(c.name)} ${c.weight}%`).join(', ');
  const meaning =
    criterion === 'quality'
      ? "each bid's quality (0 to 100) must be the weighted combination of their scores"
      : 'svcalc scores social value once, from the framework, under their combined weight';
  outcome.warnings.push({ path: parts[0].path, message: `${parts.length} criteria make up ${criterion} (${list}): ${meaning}.` });
}

const label = (name) => (name ? `"${name}"` : 'an unnamed criterion');
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Names and OCDS types of svcalc's three criteria, where no release names them. */
const ownCriteria = [
  { criterion: 'price', type: 'price', name: 'Price' },
  { criterion: 'quality', type: 'quality', name: 'Quality' },
  { criterion: 'socialValue', type: 'quality', name: 'Social value' },
];

/**
 * Writes an evaluation as OCDS bid details (the bid extension's
 * `bids.details`): each bid's rank, tenderer, value, and its score on each
 * award criterion. The scores are in `awardCriteriaScores`, svcalc's own field
 * (OCDS has none for them), one entry per criterion with its OCDS `type` and
 * `name`, the `score` in points and, where the weights are known, the
 * `maximum`.
 *
 * @param {object} result a result document (`calculator.evaluate(tender)`)
 * @param {{ tender?: object, mapping?: ReturnType<typeof fromOcds>, lotId?: string }} [options]
 *   `tender`: the tender scored, for each bid's price and the weights;
 *   `mapping`: what fromOcds returned, to name the scores after the release's criteria;
 *   `lotId`: the lot the bids are for.
 * @returns {{ bids: { details: object[] } }} a fragment of an OCDS release, to merge into one
 */
export function toOcds(result, options = {}) {
  if (!isObject(result) || !Array.isArray(result.bids)) {
    throw new TypeError('svcalc: toOcds(result) takes a result document, as calculator.evaluate returns it');
  }
  const { tender, mapping, lotId } = options;
  const model = tender?.method?.model ?? 'weighted';
  const weights = tenderWeights(tender) ?? mapping?.method?.weights ?? null;
  const criteria = scoredCriteria(model, mapping);
  const bids = new Map((Array.isArray(tender?.bids) ? tender.bids : []).map((bid) => [bid.id, bid]));

  const details = result.bids.map((bid) => {
    const detail = { id: bid.id, status: 'valid', hasRank: true, rank: bid.rank };
    if (typeof bid.supplier?.name === 'string') detail.tenderers = [{ name: bid.supplier.name }];
    if (lotId !== undefined) detail.relatedLots = [lotId];
    // pqp results carry the price itself; otherwise only the tender knows it.
    const price = model === 'pqp' ? bid.scores.price : (bids.get(bid.id)?.price ?? tender?.contractValue);
    if (typeof price === 'number') detail.value = { amount: price, currency: result.currency };
    detail.awardCriteriaScores = criteria.map(({ criterion, type, name, combines }) => {
      const score = { type, name, score: bid.scores[criterion] };
      if (weights) score.maximum = weights[criterion] ?? 0;
      if (combines) score.combines = combines;
      return score;
    });
    if (model === 'pqp') detail.pricePerQualityPoint = bid.total;
    else detail.totalScore = bid.total;
    return detail;
  });
  return { bids: { details } };
}

/** The weights a tender was scored with: its own, or the spec's defaults. */
function tenderWeights(tender) {
  if (!isObject(tender)) return null;
  const given = tender.method?.weights;
  if (!isObject(given)) return { price: 50, quality: 40, socialValue: 10 };
  return { price: given.price ?? 0, quality: given.quality ?? 0, socialValue: given.socialValue ?? 0 };
}

/**
 * The criteria a bid is scored on, named after the release's where a mapping
 * is given. A svcalc criterion made of several of the release's keeps their
 * names in `combines`: its score cannot be split back among them.
 */
function scoredCriteria(model, mapping) {
  // Under pqp, price divides the points rather than scoring points of its own.
  const own = model === 'pqp' ? ownCriteria.filter((c) => c.criterion !== 'price') : ownCriteria;
  return own.map((c) => {
    const parts = (mapping?.criteria ?? []).filter((m) => m.criterion === c.criterion);
    if (parts.length === 1) return { ...c, type: parts[0].type, name: parts[0].name ?? c.name };
    if (parts.length > 1) return { ...c, combines: parts.map((m) => m.name) };
    return c;
  });
}
