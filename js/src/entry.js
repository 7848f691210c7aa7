/**
 * The entry module portals load (bundled as dist/social-value-calculator.mjs):
 * the element, which importing this defines, and the calculator it runs on,
 * nothing else, as every portal page pays for each byte of it. Hosts that
 * convert OCDS or script CSV imports take fromOcds, importFrameworkCsv and the
 * rest from the package's main module (src/index.js).
 */
export { createCalculator, Calculator } from './calculator.js';
export { SvcalcError } from './svcalc-error.js';
export { SocialValueCalculator } from './widget/social-value-calculator.js';
