// Comparing a reference result with the engine's: numbers to 1e-9 relative,
// everything else exactly, and the JSON Pointer of the first difference.

// Warnings are compared as multisets of codes; messages and the engine string are prose.
export function normalise(doc) {
  const codes = (ws) => (ws ?? []).map((w) => w.code).sort();
  const { engine, ...rest } = doc;
  return {
    ...rest,
    bids: (doc.bids ?? []).map((b) => ({ ...b, warnings: codes(b.warnings) })),
    warnings: codes(doc.warnings),
  };
}

function numbersAgree(a, b) {
  const diff = Math.abs(a - b);
  return diff <= 1e-12 || diff <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

// The JSON Pointer of the first difference, with both values, or null.
export function firstMismatch(actual, expected, path = '') {
  const kind = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  const mismatch = { path, reference: actual, engine: expected };
  if (kind(actual) !== kind(expected)) return mismatch;
  if (kind(actual) === 'number') return numbersAgree(actual, expected) ? null : mismatch;
  if (kind(actual) === 'array') {
    if (actual.length !== expected.length) {
      return { path: `${path}/length`, reference: actual.length, engine: expected.length };
    }
    for (let i = 0; i < actual.length; i++) {
      const m = firstMismatch(actual[i], expected[i], `${path}/${i}`);
      if (m) return m;
    }
    return null;
  }
  if (kind(actual) === 'object') {
    const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
    for (const k of keys) {
      const sub = `${path}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (!(k in actual) || !(k in expected)) {
        return { path: sub, reference: actual[k], engine: expected[k] };
      }
      const m = firstMismatch(actual[k], expected[k], sub);
      if (m) return m;
    }
    return null;
  }
  return actual === expected ? null : mismatch;
}
