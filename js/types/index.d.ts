// TypeScript declarations for svcalc: every document of the scoring
// specification (format 1) and the package's API.

// ─── Tender document (input) ─────────────────────────────────────────────────

/** A tender to score: the framework, the buyer's method and the bids. */
export interface Tender {
  svcalc: 1;
  /** ISO 4217 code, three upper-case letters. Default "GBP". */
  currency?: string;
  /** > 0. Used as the price of a bid that gives none. */
  contractValue?: number;
  framework: Framework;
  method?: Method;
  /** 0 to 10,000 bids, ids unique. */
  bids: Bid[];
  /** Host data: by convention under keys starting `x-`; ignored by svcalc. */
  [hostKey: `x-${string}`]: unknown;
}

export interface Framework {
  id?: string;
  title?: string;
  version?: string;
  /** 1 to 100 themes, ids unique. */
  themes: Theme[];
  /** 1 to 5,000 measures, ids unique. */
  measures: Measure[];
  /** Evidence level → factor κ in [0, 1]. Default verified 1, evidenced 0.9, planned 0.7, aspirational 0.4. */
  evidence?: Record<string, number>;
  /** Must name a level; default "planned" with the default table, otherwise required. */
  defaultEvidence?: string;
  /** Area → factor G > 0. Default local, regional, national, international all 1 (place-neutral). */
  geography?: Record<string, number>;
  /** Must name an area; default "local". */
  defaultGeography?: string;
  [hostKey: `x-${string}`]: unknown;
}

export interface Theme {
  id: string;
  title?: string;
  /** > 0, default 1; normalised over the themes that have measures. */
  weight?: number;
  [hostKey: `x-${string}`]: unknown;
}

export type Measure = QuantitativeMeasure | QualitativeMeasure;

interface MeasureBase {
  id: string;
  /** The id of a theme. */
  theme: string;
  title?: string;
  [hostKey: `x-${string}`]: unknown;
}

export interface QuantitativeMeasure extends MeasureBase {
  kind: 'quantitative';
  unit?: string;
  /** ≥ 0: currency per unit per year. */
  proxy: number;
  /** Fractions in [0, 1], default 0. */
  deadweight?: number;
  displacement?: number;
  attribution?: number;
  leakage?: number;
  dropOff?: number;
  /** Integer ≥ 1 (svcalc: ≤ 1,000); unlimited when absent. */
  maxYears?: number;
}

export interface QualitativeMeasure extends MeasureBase {
  kind: 'qualitative';
  /** > 0, default 1. */
  weight?: number;
}

export interface Method {
  model?: 'weighted' | 'pqp';
  /** Each ≥ 0. weighted: the three sum to 100; pqp: price absent or 0, the others sum to 100. */
  weights?: { price?: number; quality?: number; socialValue?: number };
  price?: PriceMethod;
  socialValue?: {
    basis?: 'absolute' | 'proportional' | 'target';
    /** α in [0, 1], default 0.5. */
    quantitativeShare?: number;
    /** Fraction of price > 0; the scored value never exceeds cap × price. */
    cap?: number;
    /** Fraction of price > 0, default 0.1. */
    target?: number;
  };
  /** "green-book" (default) or a constant rate in [0, 1). */
  discount?: 'green-book' | number;
  /** Points ≥ 0, default 0. */
  tieMargin?: number;
  tieBreak?: 'none' | 'price' | 'quality' | 'socialValue';
}

export type PriceMethod =
  | { scoring?: 'relative' | 'linear' }
  | { scoring: 'log'; /** > 1 */ base: number }
  | { scoring: 'range'; min: number; /** > min */ max: number };

export interface Bid {
  id: string;
  /** Carried to the result untouched. */
  supplier?: Supplier;
  /** > 0; the tender's contractValue when absent. */
  price?: number;
  /** The evaluator's non-social-value quality score, 0 … 100, default 0. */
  quality?: number;
  /** 0 to 10,000 commitments to quantitative measures. */
  commitments?: Commitment[];
  /** At most one response per qualitative measure. */
  responses?: Response[];
  [hostKey: `x-${string}`]: unknown;
}

export interface Supplier {
  name?: string;
  size?: 'micro' | 'small' | 'medium' | 'large' | string;
  vcse?: boolean;
  region?: string;
  [key: string]: unknown;
}

export interface Commitment {
  /** The id of a quantitative measure. */
  measure: string;
  /** ≥ 0, per year. */
  quantity: number;
  /** Integer ≥ 1 (svcalc: ≤ 1,000), default 1. */
  years?: number;
  /** An area of the framework's geography; default its defaultGeography. */
  geography?: string;
  /** A level of the framework's evidence; default its defaultEvidence. */
  evidence?: string;
  note?: string;
}

export interface Response {
  /** The id of a qualitative measure. */
  measure: string;
  /** 0 … 100, usually on the 0/20/40/60/80/100 scale. */
  score: number;
  rationale?: string;
}

// ─── Result document (output) ────────────────────────────────────────────────

export interface Result {
  svcalc: 1;
  /** "svcalc 0.1.0". */
  engine: string;
  currency: string;
  /** In rank order. */
  bids: BidResult[];
  /** Groups of bid ids within tieMargin of each other, in rank order. */
  ties: string[][];
  /** null with fewer than two bids, for pqp, or when price and quality weights are both 0. */
  robustness: Robustness | null;
  /** Tender-wide warnings, such as `unused-theme`. */
  warnings: Warning[];
}

export interface BidResult {
  id: string;
  rank: number;
  /** Points (weighted), or price per quality point (pqp; null when the bid has no points). */
  total: number | null;
  supplier?: Supplier;
  /** weighted: points per criterion. pqp: `price` is the price itself, the others points. */
  scores: { price: number; quality: number; socialValue: number };
  socialValue: {
    gross: number;
    net: number;
    present: number;
    claimed: number;
    scored: number;
    percentOfPrice: number;
    /** SV_i, 0 … 100. */
    points: number;
    themes: ThemeResult[];
  };
  /** One per commitment, in the bid's order. */
  lines: LineResult[];
  warnings: Warning[];
}

export interface ThemeResult {
  id: string;
  /** ŵ_θ, normalised. */
  weight: number;
  claimed: number;
  scored: number;
  /** null when the theme has no quantitative measure. */
  quantitative: number | null;
  /** null when the theme has no qualitative measure. */
  qualitative: number | null;
  score: number;
}

export interface LineResult {
  measure: string;
  quantity: number;
  years: number;
  yearsCounted: number;
  geography: string;
  evidence: string;
  /** A: the annual value after deflators and geography. */
  annual: number;
  gross: number;
  net: number;
  present: number;
  claimed: number;
}

export interface Warning {
  code:
    | 'capped'
    | 'years-limited'
    | 'no-social-value'
    | 'locality-premium'
    | 'zero-quality-points'
    | 'unused-theme'
    | (string & {});
  message: string;
  /** JSON Pointer into the input where the cause lies. */
  path?: string;
  /** The currency amount the warning is about, where there is one. */
  amount?: number;
}

export interface Robustness {
  winner: string;
  /** The social value weights (0 … 100) over which the winner stays first; null when none. */
  low: number | null;
  high: number | null;
  /** Bids that would lead somewhere in [0, 100], in rank order. */
  overtakenBy: { bid: string; /** null when the totals never meet. */ at: number | null }[];
}

// ─── Error document (output for bad input) ───────────────────────────────────

export type ErrorCode =
  | 'parse-error'
  | 'type'
  | 'missing'
  | 'out-of-range'
  | 'unknown-reference'
  | 'duplicate-id'
  | 'weights-sum'
  | 'limit'
  | 'unsupported-version';

export interface InputError {
  code: ErrorCode;
  /** RFC 6901 JSON Pointer into the input; "" for the whole document. */
  path: string;
  /** One sentence naming the rule and the value found. */
  message: string;
}

export interface ErrorDocument {
  svcalc: 1;
  /** Up to 100 errors. */
  errors: InputError[];
}

// ─── API ─────────────────────────────────────────────────────────────────────

/** What `evaluate` and `validate` accept: a tender object, its JSON text or that text as UTF-8 bytes. */
export type TenderInput = Tender | string | Uint8Array;

export interface CalculatorOptions {
  /** Where the .wasm is, or its bytes. Default: `dist/svcalc.wasm` beside the package. */
  wasm?: string | URL | ArrayBuffer | ArrayBufferView | WebAssembly.Module | Response | Promise<Response>;
}

/** Loads the WebAssembly core and returns a ready calculator. */
export function createCalculator(options?: CalculatorOptions): Promise<Calculator>;

export class Calculator {
  private constructor();
  /** The engine's version, such as "0.1.0". */
  readonly version: string;
  /** Bytes of the instance's heap in use (a diagnostic). */
  readonly heapUsed: number;
  /** Evaluates a tender. @throws {SvcalcError} for a bad tender. */
  evaluate(tender: TenderInput): Result;
  /** Every error in a tender; empty when it is fine. */
  validate(tender: TenderInput): InputError[];
  /** The result or error document's exact text, as the native CLI prints it. */
  evaluateJson(tender: TenderInput): { ok: boolean; json: string };
  /** The error document's exact text (`{"svcalc":1,"errors":[]}` when fine). */
  validateJson(tender: TenderInput): { ok: boolean; json: string };
  /** Releases the instance; later calls throw. */
  dispose(): void;
}

export class SvcalcError extends Error {
  readonly name: 'SvcalcError';
  readonly errors: InputError[];
}

// ─── Framework CSV (import a measure list from a spreadsheet) ────────────────

/** Our CSV column names; a FrameworkCsvMapping maps them to a spreadsheet's own headings. */
export type FrameworkCsvColumn =
  | 'id' | 'theme' | 'themeTitle' | 'themeWeight' | 'kind' | 'title' | 'unit' | 'proxy'
  | 'deadweight' | 'displacement' | 'attribution' | 'leakage' | 'dropOff' | 'maxYears' | 'weight';

/** Column name → the heading the spreadsheet uses for it, e.g. `{ id: 'Ref', proxy: 'Proxy value (£)' }`. */
export type FrameworkCsvMapping = Partial<Record<FrameworkCsvColumn, string>>;

export interface FrameworkCsvOptions {
  mapping?: FrameworkCsvMapping;
  /** A framework whose fields the CSV cannot carry (id, title, evidence, geography, `x-` keys…) are kept, matched by id. */
  base?: Framework;
}

export interface FrameworkCsvError {
  /** 1-based, as a spreadsheet numbers rows: the heading row is 1. */
  row: number;
  /** The heading as written in the file; null when the problem is not in one named column. */
  column: string | null;
  /** 1-based, as a spreadsheet numbers columns (A = 1); null when the problem is not in one cell (an empty file, a required column missing). */
  columnNumber: number | null;
  message: string;
}

export interface FrameworkCsvImport {
  /** null when there is any error. */
  framework: Framework | null;
  errors: FrameworkCsvError[];
  /** Headings in the file that map to no column, so were not read. */
  ignoredColumns: string[];
}

/** Reads a framework's themes and measures from CSV (RFC 4180). See docs/frameworks.md. */
export function importFrameworkCsv(text: string, options?: FrameworkCsvMapping | FrameworkCsvOptions): FrameworkCsvImport;

/** Writes a framework's themes and measures as CSV that importFrameworkCsv reads back to the same fields. */
export function exportFrameworkCsv(framework: Framework): string;

// ─── OCDS (Open Contracting Data Standard) ───────────────────────────────────

/** One of svcalc's three criteria. */
export type SvcalcCriterion = 'price' | 'quality' | 'socialValue';

/** A criterion of the release that fromOcds mapped. */
export interface OcdsMappedCriterion {
  /** JSON Pointer into the release. */
  path: string;
  /** Its OCDS type: "price", "cost", "quality" (or "soc-obj"). */
  type: string;
  name: string | null;
  criterion: SvcalcCriterion;
  /** Its weight as a percentage. */
  weight: number;
}

export interface OcdsMapping {
  /** The tender's method, or null when anything that carries weight could not be mapped. */
  method: { model: 'weighted'; weights: { price: number; quality: number; socialValue: number } } | null;
  /** Every criterion mapped (empty when `method` is null). */
  criteria: OcdsMappedCriterion[];
  /** What could not be mapped without a guess, and why. */
  unmapped: { path: string; name?: string | null; reason: string }[];
  /** What was mapped but needs the host's attention (cost as price, thresholds, fixed prices, combined criteria). */
  warnings: { path: string; message: string }[];
}

/**
 * Maps the award criteria of an OCDS release (the award criteria breakdown
 * extension: tender.lots[].awardCriteria.criteria) onto a tender's method.weights.
 * Social value criteria are recognised by name, or by the eForms code `soc-obj`.
 */
export function fromOcds(release: object, lotId?: string): OcdsMapping;

/** A bid's score on one award criterion, in OCDS style. */
export interface OcdsCriterionScore {
  type: string;
  name: string;
  /** Points. */
  score: number;
  /** The criterion's weight, when the tender or mapping gives it. */
  maximum?: number;
  /** The release's criteria that this svcalc criterion combines. */
  combines?: (string | null)[];
}

/** An OCDS bid (the bid extension's `bids.details[]`) with its scores. */
export interface OcdsBidDetail {
  id: string;
  status: 'valid';
  hasRank: true;
  rank: number;
  tenderers?: { name: string }[];
  relatedLots?: string[];
  value?: { amount: number; currency: string };
  /** svcalc's own field: OCDS has none for scores. */
  awardCriteriaScores: OcdsCriterionScore[];
  /** weighted: the total points. */
  totalScore?: number | null;
  /** pqp: price per quality point, lower is better. */
  pricePerQualityPoint?: number | null;
}

export interface ToOcdsOptions {
  /** The tender scored: each bid's price, the model and the weights. Without it, the result is read as `weighted`. */
  tender?: Tender;
  /** What fromOcds returned: names the scores after the release's criteria. */
  mapping?: OcdsMapping;
  /** The lot the bids are for. */
  lotId?: string;
}

/** Writes an evaluation as OCDS bid details with each bid's award criteria scores. */
export function toOcds(result: Result, options?: ToOcdsOptions): { bids: { details: OcdsBidDetail[] } };
