// TypeScript declarations for `svcalc/social-value-calculator.mjs`, the
// single-file entry module a portal loads with an integrity hash: the whole
// package API, and the element, which importing it defines.
export * from './index.js';
export { SocialValueCalculator } from './widget.js';
