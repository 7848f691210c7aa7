// A widget translator for a language tag and a currency, its strings loaded
// as the element loads them.
import { createTranslator, loadStrings, localeFor } from '../../../js/src/widget/i18n.js';

export async function loadTranslator(lang, currency) {
  return createTranslator(lang, currency, await loadStrings(localeFor(lang)));
}
