/**
 * What a user or host hands the widget: a tender, a framework-only document
 * (`{svcalc: 1, framework, method?}`) or a single bid exported by supplier mode.
 * Pure functions: no DOM, no calculator.
 */

/**
 * Parses JSON text. Returns `{ value }`, or `{ error: true }` when the text is
 * not JSON: the caller then asks the calculator, whose parse error names the
 * line and column as the spec requires.
 */
export function parseJson(text) {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { error: true };
  }
}

/** 'tender' (tenders and framework-only documents), 'bid', or 'unknown'. */
export function documentKind(value) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'unknown';
  if ('framework' in value || 'svcalc' in value) return 'tender';
  if (typeof value.id === 'string' && ('commitments' in value || 'responses' in value || 'price' in value)) return 'bid';
  return 'unknown';
}

/**
 * A tender from a tender or framework-only document. A framework-only document
 * has no bids; scoring needs the key, so an empty list stands in.
 */
export function tenderFrom(value) {
  return Array.isArray(value.bids) || 'bids' in value ? value : { ...value, bids: [] };
}

/**
 * The tender with a bid added. A bid with the id of one already there replaces
 * it (decision: a supplier re-sending a corrected bid is the common case, and
 * ids must stay unique). `replaced` says which happened.
 */
export function withBid(tender, bid) {
  const bids = Array.isArray(tender.bids) ? tender.bids : [];
  const at = bids.findIndex((b) => b?.id === bid.id);
  const next = at < 0 ? [...bids, bid] : bids.map((b, i) => (i === at ? bid : b));
  return { tender: { ...tender, bids: next }, replaced: at >= 0 };
}

/** The tender with one bid's evaluator quality score set. */
export function withQuality(tender, bidId, quality) {
  return { ...tender, bids: tender.bids.map((b) => (b.id === bidId ? { ...b, quality } : b)) };
}

const listNames = new Set(['bids', 'commitments', 'responses', 'themes', 'measures']);
const unescapePointer = (token) => token.replace(/~1/g, '/').replace(/~0/g, '~');

/**
 * An RFC 6901 pointer as words a reader can follow, such as
 * "bid 4 (acme) › commitment 1 (J1) › quantity". Array items get their
 * position from 1 and, where they have one, their id or measure.
 */
export function describePath(pointer, document, t) {
  if (!pointer) return t('path.document');
  const parts = [];
  let node = document;
  let parentKey = '';
  for (const token of pointer.split('/').slice(1).map(unescapePointer)) {
    const child = node !== null && typeof node === 'object' ? node[token] : undefined;
    if (Array.isArray(node) && /^\d+$/.test(token)) {
      const name = child?.supplier?.name ?? child?.title ?? child?.id ?? child?.measure;
      const what = listNames.has(parentKey) ? t(`path.${parentKey}`) : parentKey;
      const label = t('path.item', { what, n: Number(token) + 1 });
      parts.push(typeof name === 'string' ? `${label} (${name})` : label);
    } else if (!Array.isArray(child)) {
      parts.push(token);
    }
    parentKey = token;
    node = child;
  }
  return parts.join(' › ') || t('path.document');
}

/** The framework id drafts are keyed by; a framework without one is keyed by its title, then its text. */
export function frameworkKey(framework) {
  if (typeof framework?.id === 'string' && framework.id) return framework.id;
  if (typeof framework?.title === 'string' && framework.title) return `title:${framework.title}`;
  return `hash:${fnv1a(JSON.stringify(framework ?? null))}`;
}

function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16);
}
