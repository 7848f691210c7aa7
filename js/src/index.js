/**
 * svcalc: social value scoring for public procurement, in WebAssembly.
 *
 *   import { createCalculator } from 'svcalc';
 *   const calc = await createCalculator();
 *   const result = calc.evaluate(tender);
 */
export { createCalculator, Calculator } from './calculator.js';
export { SvcalcError } from './svcalc-error.js';
export { importFrameworkCsv, exportFrameworkCsv } from './framework-csv.js';
export { fromOcds, toOcds } from './ocds.js';
