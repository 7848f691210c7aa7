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

/** The saved `{ bid, benchmark, savedAt }`, or null when there is none or it is unreadable. */
export function loadDraft(storage, frameworkKey) {
  try {
    const draft = JSON.parse(storage.getItem(draftKey(frameworkKey)) ?? 'null');
    if (draft?.svcalc !== 1 || draft.bid === null || typeof draft.bid !== 'object') return null;
    return {
      bid: {
        ...draft.bid,
        commitments: Array.isArray(draft.bid.commitments) ? draft.bid.commitments : [],
        responses: Array.isArray(draft.bid.responses) ? draft.bid.responses : [],
      },
      benchmark: typeof draft.benchmark === 'number' ? draft.benchmark : null,
      savedAt: new Date(draft.savedAt),
    };
  } catch {
    return null;
  }
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
