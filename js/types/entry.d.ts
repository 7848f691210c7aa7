// TypeScript declarations for `svcalc/social-value-calculator.mjs`, the
// entry module a portal loads with an integrity hash (bundled from
// src/entry.js): the element, which importing it defines, and the calculator
// it runs on. The rest of the package's API (fromOcds, importFrameworkCsv, …)
// is in the main module, 'svcalc'.
export { createCalculator, Calculator, SvcalcError } from './index.js';
export type * from './index.js';
export { SocialValueCalculator } from './widget.js';
