// TypeScript declarations for `svcalc/widget`: the <social-value-calculator>
// custom element. Importing the module defines the element. docs/widget.md
// describes every attribute, property, event, part and custom property.
import type { Bid, BidResult, Calculator, FrameworkCsvError, InputError, Result, Tender } from './index.js';

/** The what-if settings of evaluate mode: the tender's method and factors, every default filled in. */
export interface WidgetSettings {
  model: 'weighted' | 'pqp';
  weights: { price: number; quality: number; socialValue: number };
  basis: 'absolute' | 'proportional' | 'target';
  /** α, the quantitative share, in [0, 1]. */
  alpha: number;
  /** Fraction of price, or null for no cap. */
  cap: number | null;
  target: number;
  discount: 'green-book' | number;
  geography: Record<string, number>;
  defaultGeography: string;
  evidence: Record<string, number>;
  defaultEvidence: string;
}

/** A bid exported by supplier mode: a spec Bid, tagged with its framework. */
export type ExportedBid = Bid & { 'x-svcalc-framework': { id?: string; version?: string } };

export interface SvcalcReadyDetail {
  version: string;
  mode: 'evaluate' | 'bid';
}

export type SvcalcResultDetail =
  | { mode: 'evaluate'; result: Result; tender: Tender }
  | { mode: 'bid'; result: Result; tender: Tender; estimate: BidResult; bid: ExportedBid };

export type SvcalcChangeDetail =
  | { mode: 'evaluate' | 'bid'; kind: 'document'; tender: Tender }
  | { mode: 'evaluate'; kind: 'settings' | 'quality' | 'bid'; settings: WidgetSettings; tender: Tender }
  | { mode: 'bid'; kind: 'draft'; bid: ExportedBid; benchmark: number };

export interface SvcalcErrorDetail {
  /**
   * The spec's errors, plus `engine`, `src` and `module` codes for a calculator, a URL or a part
   * of the widget's code (a language's text, the CSV importer) that failed to load, and `csv` for a
   * spreadsheet the importer refused (with its row and column instead of a path).
   */
  errors: (
    | InputError
    | { code: 'engine' | 'src' | 'module'; path: ''; message: string; field?: string }
    | (FrameworkCsvError & { code: 'csv'; field: string })
  )[];
  source: 'src' | 'property' | 'file' | 'drop' | 'paste' | 'csv' | 'what-if' | 'bid' | 'engine' | 'locale';
}

export class SocialValueCalculator extends HTMLElement {
  /** "evaluate" (default) or "bid"; reflects the `mode` attribute. */
  mode: 'evaluate' | 'bid';
  /** A same-origin URL of a tender or framework document; reflects `src`. */
  src: string;
  /** ISO 4217 code that overrides the tender's currency for display; reflects `currency`. */
  currency: string;
  /** The loaded tender, as given (before what-if changes). Set it to load one. */
  tender: Tender | null;
  /** The calculator in use. Set one before the element connects to share an instance. */
  calculator: Calculator | null;
  /** The latest result: the ranking (evaluate) or the estimate's (bid). */
  readonly result: Result | null;
  /** Supplier mode's draft as a bid; set it to load a bid into the form. */
  bid: ExportedBid | null;
  /** Evaluate mode's what-if settings; setting some recalculates at once. */
  settings: WidgetSettings | null;
  /** One bidder's assessment summary as plain text (evaluate mode). */
  summaryText(bidId: string): string | null;
}

declare global {
  interface HTMLElementTagNameMap {
    'social-value-calculator': SocialValueCalculator;
  }
  interface HTMLElementEventMap {
    'svcalc-ready': CustomEvent<SvcalcReadyDetail>;
    'svcalc-result': CustomEvent<SvcalcResultDetail>;
    'svcalc-change': CustomEvent<SvcalcChangeDetail>;
    'svcalc-error': CustomEvent<SvcalcErrorDetail>;
  }
}
