/**
 * Supplier drafts in localStorage, one per framework, under the key
 * `svcalc:draft:<framework id>`. A storage that is missing, full or blocked
 * (private browsing, a sandboxed iframe) loses the autosave, never the page.
 */

export const draftPrefix = 'svcalc:draft:';

export function draftKey(frameworkKey) {
  return draftPrefix + frameworkKey;
}

/** Saves `{ bid, benchmark }`; returns the time saved, or null when storage failed. */
export function saveDraft(storage, frameworkKey, draft, now = new Date()) {
  try {
    storage.setItem(draftKey(frameworkKey), JSON.stringify({ svcalc: 1, savedAt: now.toISOString(), ...draft }));
    return now;
  } catch {
    return null;
  }
}

/** The saved `{ bid, benchmark, savedAt }`, or null when there is none or it is unreadable; malformed lines are dropped. */
export function loadDraft(storage, frameworkKey) {
  try {
    const draft = JSON.parse(storage.getItem(draftKey(frameworkKey)) ?? 'null');
    if (draft?.svcalc !== 1 || draft.bid === null || typeof draft.bid !== 'object') return null;
    const { supplier, ...bid } = draft.bid;
    return {
      bid: {
        ...bid,
        ...(isObject(supplier) ? { supplier } : {}),
        commitments: lines(draft.bid.commitments),
        responses: lines(draft.bid.responses),
      },
      benchmark: typeof draft.benchmark === 'number' ? draft.benchmark : null,
      savedAt: savedAt(draft.savedAt),
    };
  } catch {
    return null;
  }
}

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The well-formed lines of a saved list: objects naming a measure. Storage is
 * shared with every script on the origin, so a draft may have been edited or
 * damaged; what cannot be a line is dropped rather than stopping the form.
 */
function lines(list) {
  return Array.isArray(list) ? list.filter((line) => isObject(line) && typeof line.measure === 'string') : [];
}

/** When it was saved, or null for a time that is missing or unreadable (Intl would throw on formatting it). */
function savedAt(text) {
  const at = typeof text === 'string' ? new Date(text) : null;
  return at && Number.isFinite(at.getTime()) ? at : null;
}

export function clearDraft(storage, frameworkKey) {
  try {
    storage.removeItem(draftKey(frameworkKey));
  } catch {
    // Nothing was saved, so there is nothing to clear.
  }
}

/** The storage to use: localStorage where the page may use it, else none. */
export function browserStorage() {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // a sandboxed frame throws on the mere access
  }
}
